/**
 * Batches one page view's web vitals into the report `POST /api/rum` accepts, and hands it over
 * when the page is hidden: the last moment a page is sure to get (tab switch, navigation, close,
 * app switch on a phone; `unload` and `beforeunload` are not fired reliably there).
 *
 * Each vital keeps its latest value: web-vitals reports LCP, CLS and INP again as they change, and
 * after a back/forward-cache restore it reports a fresh set, which goes out at the next hiding.
 */
// Type-only imports: the server's schema is the one definition of a report; no server code ships.
import type { RumMetric, RumReport } from '../../shared/rum-schema.ts'

/** The part of a web-vitals `Metric` a report needs. */
export type MeasuredVital = { name: RumMetric; value: number }

/** One web-vitals function (`onLCP`, `onINP`, …): calls back with a metric whenever it has one. */
export type MeasureVital = (onReport: (metric: MeasuredVital) => void, options: { reportAllChanges: boolean }) => void

export type VitalsReportingOptions = {
  /** The page's route template, as the server wrote it in the page. */
  route: string
  /** The vitals to measure: `[onLCP, onINP, onCLS, onFCP, onTTFB]`. */
  measures: readonly MeasureVital[]
  /** Delivers a report; must not block the page (`navigator.sendBeacon`). */
  send: (report: RumReport) => void
  /**
   * Calls `flush` whenever the page becomes hidden.
   * @default a `visibilitychange` listener on the window (it runs after web-vitals' own, which
   *   finalise CLS, INP and LCP on the same event, in the capture phase)
   */
  whenHidden?: (flush: () => void) => void
}

/** A value the server would refuse (NaN, Infinity, negative) would sink the whole report: drop it alone. */
const isReportable = (value: number) => Number.isFinite(value) && value >= 0

const onVisibilityHidden = (flush: () => void) =>
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })

/**
 * Starts measuring; nothing is sent until the page is hidden, and then only what is new.
 * @returns `flush`, which sends what was measured since the last report (if anything)
 * @example
 * startVitalsReporting({ route: '/videos/:id', measures: [onLCP, onINP, onCLS, onFCP, onTTFB], send: beacon })
 */
export const startVitalsReporting = ({ route, measures, send, whenHidden = onVisibilityHidden }: VitalsReportingOptions) => {
  const latest = new Map<RumMetric, number>()
  const flush = () => {
    if (latest.size === 0) return
    send({ route, metrics: [...latest].map(([name, value]) => ({ name, value })) })
    latest.clear()
  }
  // Every change, not only web-vitals' "final" values: only the latest is kept and nothing leaves
  // before the page is hidden, so it is the same report, and it does not depend on web-vitals
  // finalising INP before our listener runs (an interaction filed while the page is being hidden
  // was otherwise lost: seen in Chromium when a tab closed within a second of a click).
  for (const measure of measures) {
    measure(
      ({ name, value }) => {
        if (isReportable(value)) latest.set(name, value)
      },
      { reportAllChanges: true },
    )
  }
  whenHidden(flush)
  return flush
}

/**
 * `navigator.sendBeacon` with a string body: `text/plain`, so no CORS preflight, and the browser
 * delivers it even as the page goes away. A full beacon queue returns false: a keepalive fetch
 * then tries once more.
 */
export const beacon =
  (url: string) =>
  (report: RumReport): void => {
    const body = JSON.stringify(report)
    if (!navigator.sendBeacon?.(url, body)) fetch(url, { method: 'POST', body, keepalive: true }).catch(() => {})
  }
