/**
 * The dashboard's copy of the server's 1-second series: loaded from the stream's `snapshot`, then
 * one `sample` appended per second, never longer than the snapshot's `capacity` (an hour).
 *
 * Columns are plain arrays, oldest first, `null` where a second had no value: exactly what uPlot
 * draws (a gap). Time is in SECONDS, uPlot's unit for time scales. Appending mutates in place
 * (an hour of ~30 columns copied every second would be garbage for nothing); the island redraws
 * after each append.
 */
// Type-only: the server owns the shapes (server/metrics/series-shape.ts), no server code ships.
import type { SeriesSample, SeriesSnapshot } from '../../shared/series-shape.ts'

export type Column = (number | null)[]

export type RouteColumns = {
  /** Requests per second. */
  n: Column
  /** p95 latency (ms) of the route's requests that second. */
  p95: Column
  /** Requests in the window: what "top 10" ranks by, kept as samples come and go. */
  total: number
}

export type DashboardData = {
  capacity: number
  /** The memory alert line in bytes; 0 when there is none. */
  memoryLimitBytes: number
  memory: 'ok' | 'high'
  /** End of each second, epoch SECONDS. */
  time: number[]
  rps: Column
  p50: Column
  p95: Column
  p99: Column
  aiSaved: Column
  aiCalls: Column
  rss: Column
  heap: Column
  lagMs: Column
  /** Per cache namespace: the share of calls answered without the origin. */
  hitRate: Record<string, Column>
  routes: Record<string, RouteColumns>
  vitals: SeriesSnapshot['vitals']
}

/** The columns that every sample carries one value for. */
const MAIN = ['rps', 'p50', 'p95', 'p99', 'aiSaved', 'aiCalls', 'rss', 'heap', 'lagMs'] as const

const sum = (column: Column) => column.reduce<number>((total, value) => total + (value ?? 0), 0)
const nulls = (length: number): Column => new Array<number | null>(length).fill(null)

/** Nothing yet: what the dashboard draws until the first snapshot arrives (and what the server renders). */
export const emptyData = (): DashboardData => ({
  capacity: 0,
  memoryLimitBytes: 0,
  memory: 'ok',
  time: [],
  rps: [],
  p50: [],
  p95: [],
  p99: [],
  aiSaved: [],
  aiCalls: [],
  rss: [],
  heap: [],
  lagMs: [],
  hitRate: {},
  routes: {},
  vitals: {},
})

/** A fresh copy of the snapshot, ready to draw and to append to. */
export const fromSnapshot = (snapshot: SeriesSnapshot): DashboardData => {
  const routes: Record<string, RouteColumns> = {}
  for (const [route, columns] of Object.entries(snapshot.routes))
    routes[route] = { n: [...columns.n], p95: [...columns.p95], total: sum(columns.n) }
  return {
    capacity: snapshot.capacity,
    memoryLimitBytes: snapshot.memoryLimitBytes,
    memory: snapshot.memory,
    time: snapshot.t.map((ms) => (ms ?? 0) / 1000),
    rps: [...snapshot.rps],
    p50: [...snapshot.p50],
    p95: [...snapshot.p95],
    p99: [...snapshot.p99],
    aiSaved: [...snapshot.aiSaved],
    aiCalls: [...snapshot.aiCalls],
    rss: [...snapshot.rss],
    heap: [...snapshot.heap],
    lagMs: [...snapshot.lagMs],
    hitRate: Object.fromEntries(Object.entries(snapshot.hitRate).map(([name, column]) => [name, [...column]])),
    routes,
    vitals: { ...snapshot.vitals },
  }
}

/**
 * Appends one second. A route or namespace first seen now gets a column (empty before now); one
 * missing from the sample gets a gap. Then the oldest seconds beyond `capacity` are dropped, and
 * a route with no request left in the window is forgotten, so the columns stay bounded however
 * many routes pass through.
 */
export const appendSample = (data: DashboardData, sample: SeriesSample): void => {
  const length = data.time.length
  data.time.push(sample.t / 1000)
  for (const name of MAIN) data[name].push(sample[name])
  data.memory = sample.memory
  if (sample.vitals) data.vitals = sample.vitals

  for (const name of Object.keys(sample.hitRate)) data.hitRate[name] ??= nulls(length)
  for (const [name, column] of Object.entries(data.hitRate)) column.push(sample.hitRate[name] ?? null)

  for (const route of Object.keys(sample.routes)) data.routes[route] ??= { n: nulls(length), p95: nulls(length), total: 0 }
  for (const [route, columns] of Object.entries(data.routes)) {
    const figures = sample.routes[route]
    columns.n.push(figures?.n ?? null)
    columns.p95.push(figures?.p95 ?? null)
    columns.total += figures?.n ?? 0
  }

  const excess = data.time.length - data.capacity
  if (excess <= 0) return
  data.time.splice(0, excess)
  for (const name of MAIN) data[name].splice(0, excess)
  for (const column of Object.values(data.hitRate)) column.splice(0, excess)
  for (const [route, columns] of Object.entries(data.routes)) {
    columns.total -= sum(columns.n.splice(0, excess))
    columns.p95.splice(0, excess)
    if (columns.total <= 0) delete data.routes[route]
  }
}

/** The busiest routes in the window, busiest first. */
export const topRoutes = (data: DashboardData, count = 10): string[] =>
  Object.entries(data.routes)
    .filter(([, columns]) => columns.total > 0)
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([route]) => route)

/** The newest value that is not a gap, or null. */
export const latest = (column: Column): number | null => {
  for (let i = column.length - 1; i >= 0; i--) if (column[i] !== null) return column[i]!
  return null
}

/** The sum of the last `seconds` values (gaps count as 0); the whole column by default. */
export const total = (column: Column, seconds = column.length): number => sum(column.slice(-seconds))

/** The mean of the last `seconds` values that are not gaps, or null when all are. */
export const mean = (column: Column, seconds = column.length): number | null => {
  let count = 0
  let sumOfValues = 0
  for (const value of column.slice(-seconds)) {
    if (value === null) continue
    count++
    sumOfValues += value
  }
  return count ? sumOfValues / count : null
}

/** The largest value, or null when there is none. */
export const peak = (column: Column): number | null =>
  column.reduce<number | null>((max, value) => (value !== null && (max === null || value > max) ? value : max), null)

/** Has the column any value that is not a gap (and, with `nonZero`, not 0)? */
export const hasValues = (column: Column, nonZero = false): boolean => column.some((value) => value !== null && (!nonZero || value !== 0))
