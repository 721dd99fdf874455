/**
 * The JSON the dashboard receives: `SeriesSnapshot` once (GET or the first SSE event), then one
 * `SeriesSample` per second. Types only, no code, so the dashboard island can share them.
 */
import type { VitalsP75 } from './rum-schema.ts'

/** One second, as sent over SSE. Latencies in ms, memory in bytes; null = no value that second. */
export interface SeriesSample {
  /** End of the second, epoch ms. */
  t: number
  rps: number
  p50: number | null
  p95: number | null
  p99: number | null
  /** Per route template with traffic this second: requests and p95 ms. */
  routes: Record<string, { n: number; p95: number }>
  /** Per cache namespace group with calls this second: share answered without an origin call. */
  hitRate: Record<string, number>
  /** AI calls the cache answered this second. */
  aiSaved: number
  /** AI calls that went to the provider this second. */
  aiCalls: number
  rss: number | null
  heap: number | null
  lagMs: number | null
  memory: 'ok' | 'high'
  /** p75 per page and vital; present only when reports arrived since the previous sample. */
  vitals?: Record<string, VitalsP75>
}

/** The buffer for the dashboard's first paint: every column oldest first. */
export interface SeriesSnapshot {
  intervalMs: number
  capacity: number
  /** The memory alert line (0 when there is none). */
  memoryLimitBytes: number
  t: (number | null)[]
  rps: (number | null)[]
  p50: (number | null)[]
  p95: (number | null)[]
  p99: (number | null)[]
  aiSaved: (number | null)[]
  aiCalls: (number | null)[]
  rss: (number | null)[]
  heap: (number | null)[]
  lagMs: (number | null)[]
  hitRate: Record<string, (number | null)[]>
  /** The `topRoutes` busiest routes over the window: requests and p95 per second. */
  routes: Record<string, { n: (number | null)[]; p95: (number | null)[] }>
  memory: 'ok' | 'high'
  vitals: Record<string, VitalsP75>
}
