/**
 * The body of `POST /api/rum`: the web vitals one page view measured, sent by `navigator.sendBeacon`
 * when the page is hidden. Strict, because anyone can post it: known metric names only, each at
 * most once, finite numbers in a range a real browser can produce, a route TEMPLATE (not a URL),
 * nothing else.
 *
 * @example
 * { "route": "/videos/:id", "metrics": [{ "name": "LCP", "value": 1834.2 }, { "name": "CLS", "value": 0.02 }] }
 */
import { z } from 'zod'

/** The vitals web-vitals reports; CLS is a unitless score, the others are milliseconds. */
export const RUM_METRICS = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'] as const
export type RumMetric = (typeof RUM_METRICS)[number]

/** Bodies larger than this are refused with 413 before parsing (a real report is ~150 bytes). */
export const RUM_MAX_BODY_BYTES = 4096

/**
 * Upper bounds of a plausible value: beyond them a report is a bug or a forgery, not a slow page.
 * Two minutes covers the slowest real loads; a CLS of 100 would be a page jumping the whole
 * viewport hundreds of times.
 */
export const RUM_VALUE_MAX: Record<RumMetric, number> = { LCP: 120_000, FCP: 120_000, TTFB: 120_000, INP: 60_000, CLS: 100 }

/**
 * `/`, `/videos/:id`, `/admin/metrics`: slash-separated literal segments, `:params` or `*`. Never a
 * query, a fragment, or an id-shaped free text beyond 128 characters.
 */
export const routeTemplateSchema = z
  .string()
  .max(128)
  .regex(/^(?:\/(?::[A-Za-z_][A-Za-z0-9_]*|[A-Za-z0-9._~-]+|\*)?)+$/, 'must be a route template such as /videos/:id')

const vital = <N extends RumMetric>(name: N) => z.strictObject({ name: z.literal(name), value: z.number().min(0).max(RUM_VALUE_MAX[name]) })

export const rumVitalSchema = z.discriminatedUnion('name', [vital('LCP'), vital('INP'), vital('CLS'), vital('FCP'), vital('TTFB')])

export const rumReportSchema = z.strictObject({
  route: routeTemplateSchema,
  metrics: z
    .array(rumVitalSchema)
    .min(1)
    .max(RUM_METRICS.length)
    .refine((metrics) => new Set(metrics.map((metric) => metric.name)).size === metrics.length, 'each metric at most once per report'),
})

export type RumVital = z.infer<typeof rumVitalSchema>
export type RumReport = z.infer<typeof rumReportSchema>

/** p75 per metric, for one page; a metric without reports is absent. */
export type VitalsP75 = Partial<Record<RumMetric, number>>
