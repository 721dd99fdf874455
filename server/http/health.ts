import { Hono } from 'hono'
import type { CacheStore } from '../cache/store.ts'
import type { Monitoring } from '../metrics/index.ts'
import type { Readiness } from '../process/readiness.ts'
import type { BuildManifest } from '../render/manifest.ts'

export type HealthDeps = {
  version: string
  manifest: BuildManifest
  now: () => number
  startedAt: number
  store: CacheStore
  ttsProvider?: string
  monitoring?: Monitoring
  /** Database, migrations, Redis, disk, shutdown (server/process/readiness.ts). Absent: ready. */
  readiness?: () => Promise<Readiness>
}

const NO_STORE = { 'Cache-Control': 'no-store' }
const ALWAYS_READY = async (): Promise<Readiness | undefined> => undefined

/**
 * `/livez`: the process answers (restart it if not). `/readyz`: it can serve (send it traffic if so);
 * 503 with the reason otherwise, and while it shuts down. `/healthz`: the same verdict with the
 * version, cache and memory state, for people.
 */
export const healthRoutes = (deps: HealthDeps) => {
  const readiness = deps.readiness ?? ALWAYS_READY
  return new Hono()
    .get('/livez', (c) => c.text('ok', 200, NO_STORE))
    .get('/readyz', async (c) => {
      const verdict = await readiness()
      if (!verdict) return c.json({ status: 'ready' }, 200, NO_STORE)
      return c.json(
        { status: verdict.ready ? 'ready' : 'not ready', ...(verdict.reason && { reason: verdict.reason }), checks: verdict.checks },
        verdict.ready ? 200 : 503,
        NO_STORE,
      )
    })
    .get('/healthz', async (c) => {
      const verdict = await readiness()
      const ready = verdict?.ready ?? true
      return c.json(
        {
          status: ready ? 'ok' : 'not ready',
          ...(verdict?.reason && { reason: verdict.reason }),
          version: deps.version,
          build: deps.manifest.buildId,
          uptimeSec: Math.round((deps.now() - deps.startedAt) / 1000),
          cache: deps.store.status(),
          ...(deps.ttsProvider && { tts: deps.ttsProvider }),
          ...(deps.monitoring && { memory: deps.monitoring.memoryState() }),
          ...(verdict && { checks: verdict.checks }),
        },
        ready ? 200 : 503,
        NO_STORE,
      )
    })
}
