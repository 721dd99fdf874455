/**
 * How the dashboard writes its numbers: short, with their unit, at a precision a person reads at
 * a glance (two or three significant digits), and "—" where there is no value.
 */
import type { RumMetric } from '../../shared/rum-schema.ts'

export const NO_VALUE = '—'

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value)

/** 0.42 ms, 4.2 ms, 123 ms, 1.23 s, 61.0 s */
export const formatMs = (ms: number | null | undefined): string => {
  if (missing(ms)) return NO_VALUE
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 100) return `${Math.round(ms)} ms`
  if (ms >= 1) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

/** Requests (or calls) per second: 0.5/s, 12.3/s, 1,234/s */
export const formatRate = (perSecond: number | null | undefined): string => {
  if (missing(perSecond)) return NO_VALUE
  // From 99.95 one decimal would print "100.0": whole numbers from there on.
  return perSecond >= 99.95 ? `${formatCount(perSecond)}/s` : `${perSecond.toFixed(1)}/s`
}

/** A whole count, grouped: 1,234 */
export const formatCount = (count: number | null | undefined): string =>
  missing(count) ? NO_VALUE : Math.round(count).toLocaleString('en-US')

/** Memory: 87.3 MB, 1.25 GB (binary units, as the alert line is configured in MB). */
export const formatBytes = (bytes: number | null | undefined): string => {
  if (missing(bytes)) return NO_VALUE
  const mb = bytes / (1024 * 1024)
  return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb.toFixed(1)} MB`
}

/** A share (0..1) as a percentage: 93%, 99.5%, 100% */
export const formatPercent = (share: number | null | undefined): string => {
  if (missing(share)) return NO_VALUE
  const percent = share * 100
  return `${percent >= 99 && percent < 100 ? percent.toFixed(1) : Math.round(percent)}%`
}

/** A web vital in its own unit: CLS is a unitless score, the others are times. */
export const formatVital = (name: RumMetric, value: number | null | undefined): string => {
  if (missing(value)) return NO_VALUE
  return name === 'CLS' ? value.toFixed(3) : formatMs(value)
}
