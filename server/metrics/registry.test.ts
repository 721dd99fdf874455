import { describe, expect, test } from 'bun:test'
import { createLogger } from '../log.ts'
import { createRegistry, OVERFLOW_LABEL } from './registry.ts'

describe('labels() resolves a label set to a child you can keep', () => {
  test('the same values give the same child object; different values a different one', () => {
    const registry = createRegistry()
    const requests = registry.counter({ name: 'requests_total', help: 'h', labelNames: ['method', 'route'], maxSeries: 10 })
    const first = requests.labels('GET', '/videos/:id')
    expect(requests.labels('GET', '/videos/:id')).toBe(first)
    expect(requests.labels('POST', '/videos/:id')).not.toBe(first)
    first.inc()
    first.inc(2)
    expect(requests.labels('GET', '/videos/:id').value).toBe(3)
  })

  test('label values that are joined-equal stay distinct series (no string concatenation key)', () => {
    const registry = createRegistry()
    const metric = registry.counter({ name: 'c_total', help: 'h', labelNames: ['a', 'b'], maxSeries: 10 })
    metric.labels('x,y', 'z').inc()
    metric.labels('x', 'y,z').inc(5)
    expect(metric.series().map((series) => [series.labelValues, series.child.value])).toEqual([
      [['x,y', 'z'], 1],
      [['x', 'y,z'], 5],
    ])
  })

  test('a metric without labels has exactly one series from the start', () => {
    const registry = createRegistry()
    const inFlight = registry.gauge({ name: 'in_flight', help: 'h' })
    expect(inFlight.series()).toHaveLength(1)
    inFlight.labels().inc()
    inFlight.labels().inc()
    inFlight.labels().dec()
    expect(inFlight.labels().value).toBe(1)
  })

  test('the wrong number of label values is a TypeError naming the metric', () => {
    const registry = createRegistry()
    const metric = registry.counter({ name: 'c_total', help: 'h', labelNames: ['a'], maxSeries: 1 })
    // @ts-expect-error: the compiler already rejects it; the check is for JavaScript callers
    expect(() => metric.labels('x', 'y')).toThrow('c_total: expected 1 label values, got 2')
  })
})

describe('maxSeries bounds the series of a labelled metric', () => {
  test('past the bound, every new label set counts in ONE "other" series, and a warning is logged once', () => {
    const lines: string[] = []
    const registry = createRegistry({ logger: createLogger({ sink: (line) => lines.push(line) }) })
    const metric = registry.counter({ name: 'by_route_total', help: 'h', labelNames: ['route'], maxSeries: 3 })
    for (let id = 0; id < 1000; id++) metric.labels(`/videos/${id}`).inc()

    const series = metric.series()
    expect(series).toHaveLength(4)
    expect(series.slice(0, 3).map((s) => s.child.value)).toEqual([1, 1, 1])
    expect(series[3]!.labelValues).toEqual([OVERFLOW_LABEL])
    expect(series[3]!.child.value).toBe(997)
    expect(metric.overflowCount).toBe(997)
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', metric: 'by_route_total', maxSeries: 3 })
  })

  test('known label sets keep their own series after the overflow exists; the overflow stays last', () => {
    const registry = createRegistry()
    const metric = registry.counter({ name: 'c_total', help: 'h', labelNames: ['a', 'b'], maxSeries: 2 })
    metric.labels('1', 'x').inc()
    metric.labels('2', 'x').inc()
    metric.labels('3', 'x').inc()
    metric.labels('1', 'x').inc()
    expect(metric.series().map((s) => [s.labelValues.join('/'), s.child.value])).toEqual([
      ['1/x', 2],
      ['2/x', 1],
      ['other/other', 1],
    ])
  })

  test('a label set that is literally all `other` shares the overflow series: no duplicate series', () => {
    const registry = createRegistry()
    const metric = registry.counter({ name: 'c_total', help: 'h', labelNames: ['a'], maxSeries: 1 })
    metric.labels('x').inc()
    metric.labels('y').inc() // overflow
    metric.labels(OVERFLOW_LABEL).inc()
    expect(metric.series().map((s) => [s.labelValues[0], s.child.value])).toEqual([
      ['x', 1],
      ['other', 2],
    ])

    const early = registry.counter({ name: 'd_total', help: 'h', labelNames: ['a'], maxSeries: 1 })
    early.labels(OVERFLOW_LABEL).inc() // a real series named `other`, made before any overflow
    early.labels('z').inc() // overflow: lands in that same series
    expect(early.series().map((s) => [s.labelValues[0], s.child.value])).toEqual([['other', 2]])
  })

  test('a labelled metric without maxSeries is refused at definition', () => {
    const registry = createRegistry()
    expect(() => registry.counter({ name: 'c_total', help: 'h', labelNames: ['a'] })).toThrow('needs maxSeries')
    expect(() => registry.counter({ name: 'd_total', help: 'h', labelNames: ['a'], maxSeries: 0 })).toThrow('needs maxSeries')
  })
})

describe('definitions are checked once, at start-up', () => {
  test('invalid metric and label names, reserved labels and duplicates throw TypeErrors', () => {
    const registry = createRegistry()
    expect(() => registry.counter({ name: '1bad', help: 'h' })).toThrow('invalid metric name "1bad"')
    expect(() => registry.counter({ name: 'ok_total', help: 'h', labelNames: ['bad-label'], maxSeries: 1 })).toThrow('invalid label name')
    expect(() => registry.counter({ name: 'ok2_total', help: 'h', labelNames: ['__x'], maxSeries: 1 })).toThrow('invalid label name')
    expect(() => registry.histogram({ name: 'h', help: 'h', labelNames: ['le'], maxSeries: 1, buckets: [1] })).toThrow('"le" is reserved')
    expect(() => registry.counter({ name: 'ok3_total', help: 'h', labelNames: ['a', 'a'], maxSeries: 1 })).toThrow('duplicate label names')
    registry.counter({ name: 'once_total', help: 'h' })
    expect(() => registry.gauge({ name: 'once_total', help: 'h' })).toThrow('already registered')
  })

  test('a counter refuses to go down', () => {
    const counter = createRegistry().counter({ name: 'c_total', help: 'h' }).labels()
    expect(() => counter.inc(-1)).toThrow(RangeError)
    expect(() => counter.inc(NaN)).toThrow(RangeError)
    expect(counter.value).toBe(0)
  })
})

describe('collect()', () => {
  test('runs collect hooks first, so gauges read their source at scrape time', () => {
    const registry = createRegistry()
    let source = 1
    const gauge = registry.gauge({ name: 'g', help: 'h', collect: (g) => g.labels().set(source) })
    registry.collect()
    expect(gauge.labels().value).toBe(1)
    source = 7
    const metrics = registry.collect()
    expect(gauge.labels().value).toBe(7)
    expect(metrics.map((metric) => metric.name)).toEqual(['g'])
  })
})
