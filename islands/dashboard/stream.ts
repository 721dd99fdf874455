/**
 * Follows the dashboard's event stream (`/admin/metrics/stream`): a `snapshot` on every
 * (re)connection, then a `sample` each second. EventSource reconnects by itself after an error,
 * and the server answers every new connection with a fresh snapshot, so a dropped connection
 * heals without losing a second of the chart. Only a refusal (the session ended: 404) closes it
 * for good; then the page must be reloaded.
 */
import type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed'

export type StreamHandlers = {
  onSnapshot: (snapshot: SeriesSnapshot) => void
  onSample: (sample: SeriesSample) => void
  onState: (state: StreamState) => void
}

/** The part of EventSource used here, so tests can hand in a fake. */
export interface EventSourceLike {
  addEventListener(type: 'snapshot' | 'sample', listener: (event: MessageEvent<string>) => void): void
  close(): void
  readonly readyState: number
  onerror: ((event: Event) => void) | null
}

/** EventSource.CLOSED: the browser gave up and will not retry. */
const CLOSED = 2

/**
 * @returns a function that closes the stream
 * @example
 * useEffect(() => followMetrics(streamUrl, { onSnapshot, onSample, onState }), [streamUrl])
 */
export const followMetrics = (
  url: string,
  handlers: StreamHandlers,
  open: (url: string) => EventSourceLike = (at) => new EventSource(at),
) => {
  const source = open(url)
  handlers.onState('connecting')
  source.addEventListener('snapshot', (event) => {
    handlers.onSnapshot(JSON.parse(event.data) as SeriesSnapshot)
    handlers.onState('live')
  })
  source.addEventListener('sample', (event) => handlers.onSample(JSON.parse(event.data) as SeriesSample))
  source.onerror = () => handlers.onState(source.readyState === CLOSED ? 'closed' : 'reconnecting')
  return () => source.close()
}
