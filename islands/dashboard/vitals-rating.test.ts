import { describe, expect, test } from 'bun:test'
import { RUM_THRESHOLDS } from '../../server/metrics/rum.ts'
import { RUM_METRICS } from '../../shared/rum-schema.ts'
import { rateVital, VITAL_NAMES, VITAL_THRESHOLDS } from './vitals-rating.ts'

describe('rating a web vital', () => {
  test('good up to the first threshold, needs improvement up to the second, poor above', () => {
    expect([2500, 2501, 4000, 4001].map((ms) => rateVital('LCP', ms))).toEqual(['good', 'needs-improvement', 'needs-improvement', 'poor'])
    expect([0.1, 0.2, 0.26].map((score) => rateVital('CLS', score))).toEqual(['good', 'needs-improvement', 'poor'])
    expect(rateVital('INP', 180)).toBe('good')
  })

  test('the dashboard judges by the same thresholds the server builds its buckets around, for every vital it accepts', () => {
    expect([...VITAL_NAMES].sort()).toEqual([...RUM_METRICS].sort())
    for (const name of RUM_METRICS) expect([...VITAL_THRESHOLDS[name]]).toEqual([...RUM_THRESHOLDS[name]])
  })
})
