/**
 * Google's verdict on a web vital: good, needs improvement, poor. The thresholds come from the
 * web-vitals library itself (the same numbers the server's RUM buckets are built around), so the
 * dashboard colours a p75 exactly as web-vitals would rate a single page view.
 *
 * @see https://web.dev/articles/vitals#core-web-vitals
 */
import { CLSThresholds, FCPThresholds, INPThresholds, LCPThresholds, TTFBThresholds } from 'web-vitals'
import type { RumMetric } from '../../shared/rum-schema.ts'

export type Rating = 'good' | 'needs-improvement' | 'poor'

/** good ≤ first, poor > second (CLS unitless, the others ms). A Record: a new vital must be added here. */
export const VITAL_THRESHOLDS: Record<RumMetric, readonly number[]> = {
  LCP: LCPThresholds,
  INP: INPThresholds,
  CLS: CLSThresholds,
  FCP: FCPThresholds,
  TTFB: TTFBThresholds,
}

/** The vitals in the order the table shows them: the three Core Web Vitals first. */
export const VITAL_NAMES = Object.keys(VITAL_THRESHOLDS) as RumMetric[]

/** As web-vitals rates a metric: above the second threshold is poor, above the first needs improvement. */
export const rateVital = (name: RumMetric, value: number): Rating => {
  const [good, poor] = VITAL_THRESHOLDS[name]
  return value > poor! ? 'poor' : value > good! ? 'needs-improvement' : 'good'
}
