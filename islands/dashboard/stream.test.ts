import { describe, expect, test } from 'bun:test'
import type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'
import { followMetrics, type EventSourceLike, type StreamState } from './stream.ts'

/** An EventSource the test drives: it delivers named events and errors, and says whether it will retry. */
class FakeEventSource implements EventSourceLike {
  readyState = 0
  closed = false
  onerror: ((event: Event) => void) | null = null
  #listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener])
  }
  deliver(name: string, data: unknown) {
    this.readyState = 1
    for (const listener of this.#listeners.get(name) ?? []) listener(new MessageEvent(name, { data: JSON.stringify(data) }))
  }
  fail(willRetry: boolean) {
    this.readyState = willRetry ? 0 : 2
    this.onerror?.(new Event('error'))
  }
  close() {
    this.closed = true
  }
}

const follow = () => {
  let source!: FakeEventSource
  const seen = { snapshots: [] as SeriesSnapshot[], samples: [] as SeriesSample[], states: [] as StreamState[] }
  const stop = followMetrics(
    '/admin/metrics/stream',
    { onSnapshot: (s) => seen.snapshots.push(s), onSample: (s) => seen.samples.push(s), onState: (s) => seen.states.push(s) },
    (url) => (source = new FakeEventSource(url)),
  )
  return { source, seen, stop }
}

const snapshot = { capacity: 3600, t: [1], rps: [2] } as unknown as SeriesSnapshot
const sample = { t: 2, rps: 5 } as unknown as SeriesSample

describe('following the metrics stream', () => {
  test('connects to the URL; live once the snapshot arrives, then each sample is handed over', () => {
    const { source, seen } = follow()
    expect(source.url).toBe('/admin/metrics/stream')
    expect(seen.states).toEqual(['connecting'])
    source.deliver('snapshot', snapshot)
    source.deliver('sample', sample)
    expect(seen).toEqual({ snapshots: [snapshot], samples: [sample], states: ['connecting', 'live'] })
  })

  test('an error the browser retries is "reconnecting", and the next snapshot makes it live again', () => {
    const { source, seen } = follow()
    source.deliver('snapshot', snapshot)
    source.fail(true)
    source.deliver('snapshot', { ...snapshot, rps: [9] })
    expect(seen.states).toEqual(['connecting', 'live', 'reconnecting', 'live'])
    expect(seen.snapshots).toHaveLength(2)
  })

  test('a refusal the browser will not retry (signed out: 404) is "closed"', () => {
    const { source, seen } = follow()
    source.fail(false)
    expect(seen.states.at(-1)).toBe('closed')
  })

  test('stopping closes the connection', () => {
    const { source, stop } = follow()
    stop()
    expect(source.closed).toBe(true)
  })
})
