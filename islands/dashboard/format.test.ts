import { describe, expect, test } from 'bun:test'
import { formatBytes, formatCount, formatMs, formatPercent, formatRate, formatVital, NO_VALUE } from './format.ts'

describe('dashboard number formats', () => {
  test('latency: two or three significant digits, seconds from 1,000 ms', () => {
    expect([0.4213, 4.216, 42.16, 123.4, 999.4, 1234, 61_000].map(formatMs)).toEqual([
      '0.42 ms',
      '4.2 ms',
      '42.2 ms',
      '123 ms',
      '999 ms',
      '1.23 s',
      '61.0 s',
    ])
  })

  test('rates keep one decimal while small, then group thousands', () => {
    expect([0, 0.25, 12.34, 99.96, 100, 1234.4].map(formatRate)).toEqual(['0.0/s', '0.3/s', '12.3/s', '100/s', '100/s', '1,234/s'])
  })

  test('memory in MB, then GB', () => {
    expect(formatBytes(91_540_000)).toBe('87.3 MB')
    expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.25 GB')
  })

  test('shares as percentages, with a decimal only where 99% and 100% would blur', () => {
    expect([0, 0.934, 0.995, 0.9999, 1].map(formatPercent)).toEqual(['0%', '93%', '99.5%', '100.0%', '100%'])
  })

  test('counts are whole and grouped', () => {
    expect(formatCount(1234567.6)).toBe('1,234,568')
  })

  test('vitals in their own unit: CLS unitless, the rest as times', () => {
    expect(formatVital('CLS', 0.04567)).toBe('0.046')
    expect(formatVital('LCP', 2480)).toBe('2.48 s')
    expect(formatVital('INP', 72)).toBe('72.0 ms')
  })

  test('no value is a dash, never "NaN" or "null"', () => {
    for (const format of [formatMs, formatRate, formatBytes, formatPercent, formatCount]) {
      expect([format(null), format(undefined), format(Number.NaN), format(Number.POSITIVE_INFINITY)]).toEqual([
        NO_VALUE,
        NO_VALUE,
        NO_VALUE,
        NO_VALUE,
      ])
    }
    expect(formatVital('TTFB', undefined)).toBe(NO_VALUE)
  })
})
