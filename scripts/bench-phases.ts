/**
 * Request phases benchmark (not a test): `bun scripts/bench-phases.ts`. About 10 s. What recording
 * the phases of a request costs (server/metrics/phases.ts), in CPU time:
 *   1. one async step run inside the AsyncLocalStorage scope vs awaited bare (what the request record (server/http/request-record.ts)
 *      adds to every request Hono sees), and one timed call vs a bare one, with and without a scope;
 *   2. a real SQLite read through the repositories, bare and timed inside a request;
 *   3. a whole request through Hono (`app.fetch`, no network) with the request record and its monitor, answering from
 *      memory (no phase: a page-cache hit's shape) and calling one timed `db` function.
 */
import { Hono } from 'hono'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepositories, openDatabase } from '../server/db/index.ts'
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { createLogger, silentLogger } from '../server/log.ts'
import { createHttpMetrics } from '../server/metrics/http.ts'
import { createRequestRecord } from '../server/http/request-record.ts'
import { createRequestMonitor } from '../server/metrics/monitor.ts'
import { inPhase, timedRequestDeps, withRequestTiming } from '../server/metrics/phases.ts'
import { createRegistry } from '../server/metrics/registry.ts'
import { RequestTiming } from '../server/metrics/server-timing.ts'
import { cpuMs } from './bench/ops.ts'

/** ns of CPU time per call of an async `op`, best of five runs after a warm-up. */
const nsPerAsyncOp = async (op: () => Promise<unknown>, ms = 400): Promise<number> => {
  for (let i = 0; i < 20_000; i++) await op()
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    let done = 0
    const started = cpuMs()
    let elapsed = 0
    do {
      for (let j = 0; j < 1_000; j++, done++) await op()
      elapsed = cpuMs() - started
    } while (elapsed < ms)
    best = Math.min(best, (elapsed * 1e6) / done)
  }
  return best
}

const row = (name: string, ns: number, base?: number) =>
  console.log(`  ${name.padEnd(58)} ${ns.toFixed(0).padStart(7)} ns${base === undefined ? '' : `   +${(ns - base).toFixed(0)} ns`}`)

let sink = 0
const step = async () => {
  sink++
}
const timing = new RequestTiming()

console.log('\n1. The scope and one timed call (CPU time per operation)')
const bare = await nsPerAsyncOp(() => step())
row('await step()', bare)
row('await withRequestTiming(timing, step)', await nsPerAsyncOp(() => withRequestTiming(timing, step)), bare)
row('await inPhase("db", step), no request (the worker)', await nsPerAsyncOp(() => inPhase('db', step)), bare)
row(
  'await inPhase("db", step), inside a request',
  await nsPerAsyncOp(() => withRequestTiming(timing, () => inPhase('db', step))),
  await nsPerAsyncOp(() => withRequestTiming(timing, step)),
)

console.log('\n2. A SQLite read by primary key (users.findById), CPU time per read')
const dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-bench-phases-'))
const db = await openDatabase({ dataDir, logger: silentLogger })
const repos = createRepositories(db)
const timedRepos = timedRequestDeps({ repos, ai: createLocalProvider() }).repos
const user = await repos.users.create({ email: 'bench@example.com', passwordHash: 'x', language: 'en' })
if (!user) throw new Error('could not create the bench user')
const read = await nsPerAsyncOp(() => repos.users.findById(user.id))
row('repos.users.findById', read)
const scoped = await nsPerAsyncOp(() => withRequestTiming(timing, () => repos.users.findById(user.id)))
row('bare, inside a request', scoped, read)
row('timed, inside a request', await nsPerAsyncOp(() => withRequestTiming(timing, () => timedRepos.users.findById(user.id))), scoped)
await db.close()
await rm(dataDir, { recursive: true, force: true })

console.log('\n3. A whole request through Hono with the request record and monitor (CPU time per request)')
const app = new Hono()
const logger = createLogger({ level: 'silent' })
const monitor = createRequestMonitor({ http: createHttpMetrics(createRegistry()), logger, slowRequestMs: 500 })
app.use(createRequestRecord({ logger, monitor }).middleware)
const body = 'x'.repeat(2048)
app.get('/memory', (c) => c.html(body))
app.get('/db', async (c) => {
  await inPhase('db', step)
  return c.html(body)
})
for (const path of ['/memory', '/db']) {
  const check = await app.fetch(new Request(`http://localhost${path}`))
  if (check.status !== 200 || !check.headers.get('server-timing')?.includes(path === '/db' ? 'db;dur=' : 'total')) {
    throw new Error(`${path}: unexpected answer ${check.status}, Server-Timing ${check.headers.get('server-timing')}`)
  }
}
const memory = await nsPerAsyncOp(async () => app.fetch(new Request('http://localhost/memory')))
row('app.fetch, answered from memory (no phase)', memory)
row('app.fetch, one timed db call', await nsPerAsyncOp(async () => app.fetch(new Request('http://localhost/db'))), memory)
if (sink === 42) console.log('') // keeps the steps' work observable
