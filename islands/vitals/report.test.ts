import { describe, expect, test } from 'bun:test'
import type { RumReport } from '../../shared/rum-schema.ts'
import { rumReportSchema } from '../../shared/rum-schema.ts'
import { startVitalsReporting, type MeasuredVital, type MeasureVital } from './report.ts'

/** A fake web-vitals function per metric, and a fake "page hidden" the test fires by hand. */
const setUp = (route = '/videos/:id') => {
  const reporters = new Map<string, (metric: MeasuredVital) => void>()
  const options: unknown[] = []
  const measure =
    (name: string): MeasureVital =>
    (onReport, measureOptions) => {
      reporters.set(name, onReport)
      options.push(measureOptions)
    }
  const sent: RumReport[] = []
  let hide = () => {}
  startVitalsReporting({
    route,
    measures: ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'].map(measure),
    send: (report) => sent.push(report),
    whenHidden: (flush) => (hide = flush),
  })
  const measured = (metric: MeasuredVital) => reporters.get(metric.name)!(metric)
  return { measured, hide: () => hide(), sent, options }
}

describe('vitals reporting', () => {
  test('nothing is sent while the page is visible; hiding it sends one report with every vital measured', () => {
    const page = setUp()
    page.measured({ name: 'TTFB', value: 80.5 })
    page.measured({ name: 'FCP', value: 420 })
    page.measured({ name: 'LCP', value: 910 })
    expect(page.sent).toEqual([])
    page.hide()
    expect(page.sent).toEqual([
      {
        route: '/videos/:id',
        metrics: [
          { name: 'TTFB', value: 80.5 },
          { name: 'FCP', value: 420 },
          { name: 'LCP', value: 910 },
        ],
      },
    ])
  })

  test('asks web-vitals for every change of every vital (only the latest leaves, when the page is hidden)', () => {
    expect(setUp().options).toEqual(Array(5).fill({ reportAllChanges: true }))
  })

  test('a vital reported again keeps its latest value, once: the server accepts each metric once per report', () => {
    const page = setUp('/')
    page.measured({ name: 'CLS', value: 0.01 })
    page.measured({ name: 'CLS', value: 0.05 })
    page.measured({ name: 'INP', value: 48 })
    page.hide()
    expect(page.sent).toEqual([
      {
        route: '/',
        metrics: [
          { name: 'CLS', value: 0.05 },
          { name: 'INP', value: 48 },
        ],
      },
    ])
    expect(rumReportSchema.safeParse(page.sent[0]).success).toBe(true)
  })

  test('hiding again sends only what is new, and nothing when nothing is (tab switched back and forth)', () => {
    const page = setUp()
    page.measured({ name: 'LCP', value: 1200 })
    page.hide()
    page.hide()
    expect(page.sent).toHaveLength(1)
    // After a back/forward-cache restore web-vitals measures the page again.
    page.measured({ name: 'LCP', value: 35 })
    page.hide()
    expect(page.sent.map((report) => report.metrics)).toEqual([[{ name: 'LCP', value: 1200 }], [{ name: 'LCP', value: 35 }]])
  })

  test('a value the server would refuse is dropped alone, so the rest of the report still counts', () => {
    const page = setUp('/gallery')
    page.measured({ name: 'LCP', value: Number.NaN })
    page.measured({ name: 'FCP', value: -1 })
    page.measured({ name: 'TTFB', value: Number.POSITIVE_INFINITY })
    page.measured({ name: 'CLS', value: 0 })
    page.hide()
    expect(page.sent).toEqual([{ route: '/gallery', metrics: [{ name: 'CLS', value: 0 }] }])
    expect(rumReportSchema.safeParse(page.sent[0]).success).toBe(true)
  })
})
