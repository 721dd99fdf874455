/**
 * Metrics benchmark (not a test): `bun scripts/bench-metrics.ts`. About 15 s. Prints, side by side:
 *   1. recording one request's HTTP metrics (count, latency histogram, bytes, in-flight) vs doing
 *      nothing with the same inputs, in ops/s of CPU time (and prom-client's equivalent, when it
 *      happens to be installed: it is not a dependency, the row is there to re-check the choice);
 *   2. a whole request through Hono (`app.fetch`, no network) with one no-op middleware (every real
 *      app has some, so that is the base), with the request record and its monitor (the app's one
 *      middleware: id, access line, metrics, Server-Timing, slow
 *      log), with `httpMetrics` and `serverTiming` mounted apart, and with no middleware;
 *   3. the once-a-second and once-a-scrape work: one series sample, one `/metrics` render.
 */
import { Hono } from 'hono'
import { createLogger } from '../server/log.ts'
import { renderExposition } from '../server/metrics/exposition.ts'
import { createHttpMetrics, HTTP_DURATION_BUCKETS_MS } from '../server/metrics/http.ts'
import { createRequestRecord } from '../server/http/request-record.ts'
import { createRequestMonitor } from '../server/metrics/monitor.ts'
import { createRegistry } from '../server/metrics/registry.ts'
import { createSeries } from '../server/metrics/series.ts'
import { cpuMs, opsPerCpuSecond } from './bench/ops.ts'
import { httpMetrics, serverTiming } from './bench/split-monitor.ts'

const format = (n: number) => Math.round(n).toLocaleString('en-US')

/**
 * Requests/s of CPU time for each app, measured in turns (A B C D A B C D …) and keeping each one's
 * best turn: JIT warm-up, GC and a busy neighbour then hit every contender alike.
 */
const requestsPerCpuSecond = async (apps: (() => Promise<unknown>)[], turns = 6, ms = 400): Promise<number[]> => {
  for (const op of apps) for (let i = 0; i < 5_000; i++) await op()
  const best = apps.map(() => 0)
  for (let turn = 0; turn < turns; turn++) {
    for (const [index, op] of apps.entries()) {
      let done = 0
      const started = cpuMs()
      let elapsed = 0
      do {
        for (let j = 0; j < 200; j++, done++) await op()
        elapsed = cpuMs() - started
      } while (elapsed < ms)
      best[index] = Math.max(best[index]!, done / (elapsed / 1000))
    }
  }
  return best
}

// A realistic mix, precomputed so every row reads the same inputs and pays the same for them.
const ROUTES = Array.from({ length: 20 }, (_, i) => (i === 0 ? '/videos/:id' : `/route-${i}/:id`))
const METHODS = ['GET', 'GET', 'GET', 'POST', 'GET', 'HEAD', 'GET', 'DELETE']
const STATUSES = [200, 200, 200, 304, 200, 404, 201, 500, 200, 302]
const INPUTS = 4096
const input = Array.from({ length: INPUTS }, (_, i) => ({
  method: METHODS[i % METHODS.length]!,
  route: ROUTES[(i * 7) % ROUTES.length]!,
  status: STATUSES[(i * 3) % STATUSES.length]!,
  ms: ((i * 37) % 2000) / 10,
  bytes: i % 5 === 0 ? null : 500 + ((i * 131) % 20_000),
}))

const table = (title: string, rows: [string, number][], unit: string) => {
  console.log(`\n${title}`)
  const base = rows[0]![1]
  for (const [name, value] of rows) {
    const ratio = (value / base).toFixed(3)
    console.log(`  ${name.padEnd(44)} ${format(value).padStart(14)} ${unit}   ${ratio}x   ${(1e9 / value).toFixed(1).padStart(8)} ns/op`)
  }
}

// 1. Recording only.
let sink = 0
const nothing = opsPerCpuSecond((i) => {
  const event = input[i & (INPUTS - 1)]!
  sink += event.ms + event.status + (event.bytes ?? 0) + event.method.length + event.route.length
})
const http = createHttpMetrics(createRegistry())
const ours = opsPerCpuSecond((i) => {
  const event = input[i & (INPUTS - 1)]!
  http.inFlight.value++
  http.inFlight.value--
  http.record(event.method, event.route, event.status, event.ms, event.bytes)
})
const rows: [string, number][] = [
  ['nothing (same inputs)', nothing],
  ['ours: record() + in-flight', ours],
]

/** The part of prom-client's API used below (it is not a dependency, so no types are installed). */
interface PromClientLike {
  Registry: new () => unknown
  Counter: new (options: object) => { labels(...values: string[]): { inc(n?: number): void } }
  Gauge: new (options: object) => { inc(): void; dec(): void }
  Histogram: new (options: object) => { labels(...values: string[]): { observe(n: number): void } }
}
const client = (await import('prom-client' as string).catch(() => null)) as PromClientLike | null
if (client) {
  // Same metric set in prom-client's idiom: labels resolved per request (the usual middleware).
  const registers = [new client.Registry()]
  const labelNames = ['method', 'route', 'status']
  const requests = new client.Counter({ name: 'r_total', help: 'h', labelNames, registers })
  const duration = new client.Histogram({
    name: 'd_seconds',
    help: 'h',
    labelNames,
    buckets: HTTP_DURATION_BUCKETS_MS.map((ms) => ms / 1000),
    registers,
  })
  const bytes = new client.Counter({ name: 'b_total', help: 'h', labelNames, registers })
  const inFlight = new client.Gauge({ name: 'f', help: 'h', registers })
  const classes = ['1xx', '2xx', '3xx', '4xx', '5xx']
  rows.push([
    'prom-client 15 (labels per request)',
    opsPerCpuSecond((i) => {
      const event = input[i & (INPUTS - 1)]!
      inFlight.inc()
      inFlight.dec()
      const statusClass = classes[Math.floor(event.status / 100) - 1]!
      requests.labels(event.method, event.route, statusClass).inc()
      duration.labels(event.method, event.route, statusClass).observe(event.ms / 1000)
      if (event.bytes !== null) bytes.labels(event.method, event.route, statusClass).inc(event.bytes)
    }),
  ])
}
table('1. Recording one request\u2019s HTTP metrics (CPU time)', rows, 'ops/s')

// 2. A whole request through Hono, in process.
const MODES = ['no-op middleware', 'request record + monitor', 'httpMetrics + serverTiming', 'no middleware at all'] as const
const buildApp = (mode: (typeof MODES)[number]) => {
  const app = new Hono()
  const logger = createLogger({ level: 'silent' })
  if (mode === 'no-op middleware') app.use(async (_c, next) => next())
  if (mode === 'request record + monitor') {
    const monitor = createRequestMonitor({ http: createHttpMetrics(createRegistry()), logger, slowRequestMs: 500 })
    app.use(createRequestRecord({ logger, monitor }).middleware)
  }
  if (mode === 'httpMetrics + serverTiming') {
    app.use(httpMetrics(createHttpMetrics(createRegistry())))
    app.use(serverTiming({ logger, slowRequestMs: 500 }))
  }
  const body = 'x'.repeat(2048)
  app.get('/videos/:id', (c) => c.html(body, 200, { 'Content-Length': '2048' }))
  return app
}
const paths = Array.from({ length: 1000 }, (_, i) => `http://localhost/videos/${i}`)
const contenders = await Promise.all(
  MODES.map(async (mode) => {
    const app = buildApp(mode)
    // A benchmark of error pages would flatter nobody: check the answer once before timing.
    const check = await app.fetch(new Request(paths[0]!))
    const timed = check.headers.has('server-timing')
    if (check.status !== 200 || timed !== (mode === 'request record + monitor' || mode === 'httpMetrics + serverTiming')) {
      throw new Error(`${mode}: unexpected answer ${check.status}, Server-Timing ${timed}`)
    }
    let n = 0
    return async () => app.fetch(new Request(paths[n++ % 1000]!))
  }),
)
const rates = await requestsPerCpuSecond(contenders)
const requestRows = MODES.map((mode, i): [string, number] => [`app.fetch, ${mode}`, rates[i]!])
table('2. A whole request through Hono, no network (CPU time; ratio to one no-op middleware)', requestRows, 'req/s')

// 3. Background work.
const registry = createRegistry()
const busy = createHttpMetrics(registry)
for (const event of input) busy.record(event.method, event.route, event.status, event.ms, event.bytes)
const series = createSeries({ latency: busy.duration })
const scrapeMs = 1000 / opsPerCpuSecond(() => renderExposition(registry), 300, 200)
const sampleMs = 1000 / opsPerCpuSecond(() => series.sample(), 300, 2000)
const seriesCount = registry.collect().reduce((sum, metric) => sum + metric.series().length, 0)
console.log(`\n3. Background work (${seriesCount} series, ${ROUTES.length} routes)`)
console.log(`  one /metrics render   ${scrapeMs.toFixed(3)} ms (${renderExposition(registry).length.toLocaleString('en-US')} bytes)`)
console.log(`  one series sample     ${sampleMs.toFixed(4)} ms (once a second)`)
if (sink === 42) console.log('') // keeps the baseline's work observable
