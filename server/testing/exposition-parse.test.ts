import { describe, expect, test } from 'bun:test'
import { parseExposition } from './exposition-parse.ts'

describe('parseExposition rejects what a Prometheus server would', () => {
  const bad: [string, string, RegExp][] = [
    ['no final line feed', 'a 1', /line feed/],
    ['a value that is not a number', 'a one\n', /not a number/],
    ['an unknown escape', 'a{l="\\t"} 1\n', /bad escape/],
    ['an unterminated label value', 'a{l="x} 1\n', /unterminated/],
    ['a repeated label', 'a{l="1",l="2"} 1\n', /repeated/],
    ['a duplicate series', 'a{l="1"} 1\na{l="1"} 2\n', /duplicate series/],
    ['a TYPE after samples', 'a 1\n# TYPE a counter\n', /after its samples/],
    ['interleaved families', 'a 1\nb 1\na{x="1"} 1\n', /not in one group/],
    ['an unknown type', '# TYPE a thing\n', /unknown TYPE/],
    [
      'buckets that are not cumulative',
      '# TYPE h histogram\nh_bucket{le="1"} 5\nh_bucket{le="+Inf"} 3\nh_sum 1\nh_count 3\n',
      /not cumulative/,
    ],
    ['a histogram without +Inf', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n', /\+Inf/],
    ['+Inf different from _count', '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 3\n', /differs from _count/],
  ]
  for (const [what, text, message] of bad) {
    test(what, () => expect(() => parseExposition(text)).toThrow(message))
  }

  test('the error names the line', () => {
    expect(() => parseExposition('a 1\nb x\n')).toThrow(/^line 2: /)
  })

  test('accepts comments, blank lines, timestamps and untyped samples', () => {
    const parsed = parseExposition('# a comment\n\nup 1 1700000000000\n')
    expect(parsed.samples('up')[0]).toEqual({ name: 'up', labels: {}, value: 1, timestamp: 1700000000000 })
    expect(parsed.families.get('up')!.type).toBe('untyped')
  })
})

describe('parseExposition reads what it accepts', () => {
  test('families, types, help, labels and the value helpers', () => {
    const parsed = parseExposition(
      [
        '# HELP req_total Requests\\n served.',
        '# TYPE req_total counter',
        'req_total{route="/a",status="2xx"} 3',
        'req_total{route="/b",status="2xx"} 4',
        '# TYPE lat histogram',
        'lat_bucket{le="0.1"} 1',
        'lat_bucket{le="+Inf"} 2',
        'lat_sum 0.35',
        'lat_count 2',
        '',
      ].join('\n'),
    )
    expect(parsed.families.get('req_total')).toMatchObject({ type: 'counter', help: 'Requests\n served.' })
    expect(parsed.value('req_total', { route: '/b', status: '2xx' })).toBe(4)
    expect(parsed.value('req_total', { route: '/b' })).toBeUndefined() // value() wants the exact label set
    expect(parsed.samples('req_total', { status: '2xx' }).map((sample) => sample.value)).toEqual([3, 4])
    expect(parsed.families.get('lat')!.samples.map((sample) => sample.name)).toEqual(['lat_bucket', 'lat_bucket', 'lat_sum', 'lat_count'])
    expect(parsed.value('lat_bucket', { le: '+Inf' })).toBe(2)
  })
})
