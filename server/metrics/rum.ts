/**
 * Browser vitals (RUM) aggregated into one histogram per metric, labelled by route template.
 * p75 is the figure people read (it is what Google's "good" thresholds are judged on), so each
 * metric's buckets include its good / poor thresholds as bounds: the share of good page views is
 * exact, and the p75 estimate is tightest where the verdict changes.
 *
 * @see https://web.dev/articles/vitals#core-web-vitals (thresholds)
 */
import { OVERFLOW_LABEL, type Histogram, type MetricRegistry } from './registry.ts'
import { RUM_METRICS, type RumMetric, type RumReport, type VitalsP75 } from '../../shared/rum-schema.ts'

/** good ≤ first, poor > second. CLS is unitless; the others are ms. */
export const RUM_THRESHOLDS: Record<RumMetric, readonly [good: number, poor: number]> = {
  LCP: [2500, 4000],
  INP: [200, 500],
  CLS: [0.1, 0.25],
  FCP: [1800, 3000],
  TTFB: [800, 1800],
}

export const RUM_BUCKETS: Record<RumMetric, readonly number[]> = {
  LCP: [250, 500, 1000, 1500, 2000, 2500, 3000, 4000, 6000, 10000, 20000],
  INP: [16, 32, 50, 100, 150, 200, 300, 400, 500, 1000, 2000],
  CLS: [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.5, 1, 2],
  FCP: [250, 500, 1000, 1500, 1800, 2500, 3000, 4000, 6000, 10000, 20000],
  TTFB: [50, 100, 200, 400, 600, 800, 1200, 1800, 3000, 6000, 10000],
}

const FAMILY: Record<RumMetric, { name: string; help: string; unitsPerExposed: number }> = {
  LCP: {
    name: 'reelsmith_rum_lcp_seconds',
    help: 'Largest Contentful Paint reported by browsers, by route template.',
    unitsPerExposed: 1000,
  },
  INP: {
    name: 'reelsmith_rum_inp_seconds',
    help: 'Interaction to Next Paint reported by browsers, by route template.',
    unitsPerExposed: 1000,
  },
  CLS: {
    name: 'reelsmith_rum_cls',
    help: 'Cumulative Layout Shift (unitless) reported by browsers, by route template.',
    unitsPerExposed: 1,
  },
  FCP: {
    name: 'reelsmith_rum_fcp_seconds',
    help: 'First Contentful Paint reported by browsers, by route template.',
    unitsPerExposed: 1000,
  },
  TTFB: { name: 'reelsmith_rum_ttfb_seconds', help: 'Time to First Byte reported by browsers, by route template.', unitsPerExposed: 1000 },
}

export interface RumMetricsOptions {
  /**
   * The page route templates that may appear as labels; any other reported route counts as
   * `other`. The route comes from the client, so without this list a forger could fill the
   * `maxRoutes` slots with junk. @default any valid template, up to maxRoutes
   */
  routes?: readonly string[]
  /** @default 50 */
  maxRoutes?: number
}

export type RumMetrics = ReturnType<typeof createRumMetrics>

/**
 * @example
 * const rum = createRumMetrics(registry, { routes: pageRouteTemplates })
 * // in POST /api/rum, after rumReportSchema.safeParse(body) succeeded:
 * rum.record(report)
 */
export const createRumMetrics = (registry: MetricRegistry, options: RumMetricsOptions = {}) => {
  const maxRoutes = options.maxRoutes ?? 50
  const allowed = options.routes ? new Set(options.routes) : undefined
  const histograms = {} as Record<RumMetric, Histogram<readonly ['route']>>
  for (const metric of RUM_METRICS) {
    histograms[metric] = registry.histogram({
      ...FAMILY[metric],
      labelNames: ['route'],
      maxSeries: maxRoutes,
      buckets: RUM_BUCKETS[metric],
    })
  }
  let version = 0

  return {
    histograms,
    /** Bumped by every `record`: the dashboard re-reads p75s only when it changed. */
    get version(): number {
      return version
    },
    /** Adds a validated report. Routes outside `options.routes` count as `other`. */
    record(report: RumReport): void {
      const route = allowed === undefined || allowed.has(report.route) ? report.route : OVERFLOW_LABEL
      for (const { name, value } of report.metrics) histograms[name].labels(route).observe(value)
      version++
    },
    /** The 75th percentile of `metric` on `route` (NaN before any report). */
    p75(route: string, metric: RumMetric): number {
      const series = histograms[metric].series().find((entry) => entry.labelValues[0] === route)
      return series ? series.child.quantile(0.75) : NaN
    },
    /** p75 of every metric for every route that has reports, rounded for display. */
    p75ByRoute(): Record<string, VitalsP75> {
      const table: Record<string, VitalsP75> = {}
      for (const metric of RUM_METRICS) {
        for (const { labelValues, child } of histograms[metric].series()) {
          if (child.count === 0) continue
          const route = labelValues[0]!
          const p75 = child.quantile(0.75)
          ;(table[route] ??= {})[metric] = metric === 'CLS' ? Math.round(p75 * 1000) / 1000 : Math.round(p75)
        }
      }
      return table
    },
  }
}
