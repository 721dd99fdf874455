/**
 * Prometheus text exposition format 0.0.4, the format every Prometheus-compatible scraper reads:
 * https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 *
 * Per metric: `# HELP` (escaping `\` and newline), `# TYPE`, then one line per series. A histogram
 * writes cumulative `_bucket{le="…"}` lines ending with `le="+Inf"` (equal to `_count`), then
 * `_sum` and `_count`. Label values escape `\`, `"` and newline. Runs once per scrape, so it
 * favours clarity over speed; the hot path never comes here.
 */
import { Histogram, type AnyMetric, type MetricRegistry } from './registry.ts'

export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

export const escapeHelp = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
export const escapeLabelValue = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

/** Go's float formatting as Prometheus clients write it: `+Inf`, `-Inf`, `NaN`, shortest round-trip digits. */
export const formatValue = (value: number): string => {
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  if (Number.isNaN(value)) return 'NaN'
  return String(value)
}

const labelPairs = (names: readonly string[], values: readonly string[]): string[] =>
  names.map((name, i) => `${name}="${escapeLabelValue(values[i]!)}"`)

const braces = (pairs: readonly string[]) => (pairs.length === 0 ? '' : `{${pairs.join(',')}}`)

const writeHistogram = (metric: Histogram, lines: string[]) => {
  const scale = metric.unitsPerExposed
  const bounds = Array.from(metric.bounds, (bound) => formatValue(bound / scale))
  for (const { labelValues, child } of metric.series()) {
    const pairs = labelPairs(metric.labelNames, labelValues)
    let cumulative = 0
    for (let i = 0; i <= bounds.length; i++) {
      cumulative += child.counts[i]!
      const le = i < bounds.length ? bounds[i]! : '+Inf'
      lines.push(`${metric.name}_bucket${braces([...pairs, `le="${le}"`])} ${formatValue(cumulative)}`)
    }
    lines.push(`${metric.name}_sum${braces(pairs)} ${formatValue(child.sum / scale)}`)
    lines.push(`${metric.name}_count${braces(pairs)} ${formatValue(child.count)}`)
  }
}

/** One metric family as text lines (HELP, TYPE, samples). */
export const metricLines = (metric: AnyMetric): string[] => {
  const lines = [`# HELP ${metric.name} ${escapeHelp(metric.help)}`, `# TYPE ${metric.name} ${metric.type}`]
  if (metric instanceof Histogram) writeHistogram(metric, lines)
  else {
    for (const { labelValues, child } of metric.series()) {
      lines.push(`${metric.name}${braces(labelPairs(metric.labelNames, labelValues))} ${formatValue(child.value)}`)
    }
  }
  return lines
}

/** The whole registry, collected now, as the body of `GET /metrics`. */
export const renderExposition = (registry: MetricRegistry): string => {
  const lines: string[] = []
  for (const metric of registry.collect()) lines.push(...metricLines(metric))
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
