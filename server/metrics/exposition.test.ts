import { describe, expect, test } from 'bun:test'
import { escapeLabelValue, formatValue, renderExposition } from './exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'

describe('renderExposition: Prometheus text format 0.0.4', () => {
  test('HELP and TYPE, then one line per series, ending with a line feed', () => {
    const registry = createRegistry()
    registry
      .counter({ name: 'jobs_total', help: 'Jobs run.', labelNames: ['state'], maxSeries: 5 })
      .labels('done')
      .inc(3)
    registry.gauge({ name: 'in_flight', help: 'Requests being served.' }).labels().set(2)
    expect(renderExposition(registry)).toBe(
      [
        '# HELP jobs_total Jobs run.',
        '# TYPE jobs_total counter',
        'jobs_total{state="done"} 3',
        '# HELP in_flight Requests being served.',
        '# TYPE in_flight gauge',
        'in_flight 2',
        '',
      ].join('\n'),
    )
  })

  test('a histogram writes cumulative buckets up to +Inf, then _sum and _count', () => {
    const registry = createRegistry()
    const latency = registry.histogram({ name: 'latency', help: 'h', labelNames: ['route'], maxSeries: 5, buckets: [1, 5] })
    for (const value of [0.5, 2, 3, 9]) latency.labels('/a').observe(value)
    expect(renderExposition(registry)).toBe(
      [
        '# HELP latency h',
        '# TYPE latency histogram',
        'latency_bucket{route="/a",le="1"} 1',
        'latency_bucket{route="/a",le="5"} 3',
        'latency_bucket{route="/a",le="+Inf"} 4',
        'latency_sum{route="/a"} 14.5',
        'latency_count{route="/a"} 4',
        '',
      ].join('\n'),
    )
  })

  test('a histogram observed in ms and named _seconds is exposed in seconds', () => {
    const registry = createRegistry()
    const duration = registry.histogram({ name: 'd_seconds', help: 'h', buckets: [0.1, 2.5, 100], unitsPerExposed: 1000 })
    duration.labels().observe(2)
    duration.labels().observe(50)
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.samples('d_seconds_bucket').map((sample) => sample.labels.le)).toEqual(['0.0001', '0.0025', '0.1', '+Inf'])
    expect(parsed.value('d_seconds_bucket', { le: '0.0025' })).toBe(1)
    expect(parsed.value('d_seconds_sum')).toBeCloseTo(0.052, 12)
  })

  test('label values with \\, " and newlines are escaped, and read back unchanged', () => {
    const registry = createRegistry()
    const hostile = 'a\\b"c\nd}{,="'
    registry
      .counter({ name: 'c_total', help: 'Back\\slash and\nnewline', labelNames: ['v'], maxSeries: 2 })
      .labels(hostile)
      .inc()
    const text = renderExposition(registry)
    expect(text).toContain('c_total{v="a\\\\b\\"c\\nd}{,=\\""} 1')
    expect(text).toContain('# HELP c_total Back\\\\slash and\\nnewline')
    const parsed = parseExposition(text)
    expect(parsed.value('c_total', { v: hostile })).toBe(1)
    expect(parsed.families.get('c_total')!.help).toBe('Back\\slash and\nnewline')
  })

  test('special values are written as Prometheus spells them', () => {
    expect([Infinity, -Infinity, NaN, 0.1, 1e21, -3].map(formatValue)).toEqual(['+Inf', '-Inf', 'NaN', '0.1', '1e+21', '-3'])
    expect(escapeLabelValue('plain')).toBe('plain')
  })

  test('a registry with every kind round-trips through the parser with its values intact', () => {
    const registry = createRegistry()
    const requests = registry.counter({ name: 'r_total', help: 'h', labelNames: ['method', 'status'], maxSeries: 10 })
    const sizes = registry.histogram({ name: 's_bytes', help: 'h', labelNames: ['route'], maxSeries: 10, buckets: [100, 1000, 10000] })
    registry.gauge({ name: 'g', help: 'h', collect: (gauge) => gauge.labels().set(-1.5) })
    requests.labels('GET', '2xx').inc(10)
    requests.labels('POST', '4xx').inc()
    for (let i = 0; i < 50; i++) sizes.labels(i % 2 ? '/a' : '/b').observe(i * 300)

    const parsed = parseExposition(renderExposition(registry))
    expect([...parsed.families.values()].map((family) => [family.name, family.type])).toEqual([
      ['r_total', 'counter'],
      ['s_bytes', 'histogram'],
      ['g', 'gauge'],
    ])
    expect(parsed.value('r_total', { method: 'GET', status: '2xx' })).toBe(10)
    expect(parsed.value('r_total', { method: 'POST', status: '4xx' })).toBe(1)
    expect(parsed.value('g')).toBe(-1.5)
    for (const route of ['/a', '/b']) {
      const child = sizes.labels(route)
      expect(parsed.value('s_bytes_count', { route })).toBe(child.count)
      expect(parsed.value('s_bytes_sum', { route })).toBe(child.sum)
      expect(parsed.value('s_bytes_bucket', { route, le: '1000' })).toBe(child.counts[0]! + child.counts[1]!)
    }
  })

  test('an empty registry is an empty body', () => {
    expect(renderExposition(createRegistry())).toBe('')
  })
})
