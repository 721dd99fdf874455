import { Hono, type Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../http/env.ts'
import type { Monitoring } from '../metrics/index.ts'
import { Island } from '../render/island.tsx'
import type { PageContext } from './context.ts'
import { contextFor, sendPage, type PageDeps } from './deps.ts'
import { ErrorPage } from './error-page.tsx'
import { Layout } from './layout.tsx'

export const ADMIN_METRICS_PATH = '/admin/metrics'

/** The operator's dashboard: live charts of the last hour, drawn by the MetricsDashboard island. */
export function AdminMetricsPage({ ctx, instanceId, version }: { ctx: PageContext; instanceId: string; version: string }) {
  return (
    <Layout ctx={ctx}>
      <h1>Metrics</h1>
      <p class="muted">
        Instance <code>{instanceId.slice(0, 8)}</code> · version {version} · the last hour, one point per second. Prometheus:{' '}
        <code>/metrics</code>.
      </p>
      <Island name="MetricsDashboard" props={{ streamUrl: `${ADMIN_METRICS_PATH}/stream` }} hydrate="load" />
    </Layout>
  )
}

/**
 * /admin/metrics and its event stream, for signed-in admins (the operator grants the role with
 * `reelsmith create-admin` or `grant-admin`). Everyone else gets the ordinary 404: the page's
 * existence is not advertised.
 */
export const adminMetricsRoutes = (deps: PageDeps & { monitoring: Monitoring; version: string; instanceId: string }) => {
  const isAdmin = async (c: Context<AppEnv>) => {
    const session = c.get('session')
    return session !== null && (await deps.accounts.isAdmin(session.user.id))
  }
  const notFound = (c: Context<AppEnv>) => {
    const ctx = contextFor(c, deps)
    return sendPage(
      c,
      deps,
      ctx,
      <ErrorPage ctx={ctx} status={404} title={ctx.t.errors.notFound} />,
      { title: ctx.t.errors.notFound, lang: ctx.lang },
      404,
    )
  }
  return new Hono<AppEnv>()
    .get(ADMIN_METRICS_PATH, async (c) => {
      if (!(await isAdmin(c))) return notFound(c)
      const ctx = contextFor(c, deps)
      return sendPage(c, deps, ctx, <AdminMetricsPage ctx={ctx} instanceId={deps.instanceId} version={deps.version} />, {
        title: 'Metrics · Reelsmith',
        lang: ctx.lang,
      })
    })
    .get(`${ADMIN_METRICS_PATH}/stream`, async (c) => {
      if (!(await isAdmin(c))) return c.notFound()
      c.header('Cache-Control', 'no-store')
      return streamSSE(c, async (stream) => {
        const samples: unknown[] = []
        let wake: (() => void) | undefined
        const unsubscribe = deps.monitoring.series.subscribe((sample) => {
          // A slow reader keeps at most a minute of backlog; older seconds are already in its chart.
          if (samples.push(sample) > 60) samples.shift()
          wake?.()
        })
        stream.onAbort(() => wake?.())
        try {
          await stream.writeSSE({ event: 'snapshot', data: JSON.stringify(deps.monitoring.series.snapshot()) })
          while (!stream.aborted) {
            const sample = samples.shift()
            if (sample) {
              await stream.writeSSE({ event: 'sample', data: JSON.stringify(sample) })
              continue
            }
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, 15_000)
              wake = () => {
                clearTimeout(timer)
                resolve()
              }
            })
            wake = undefined
            if (!samples.length && !stream.aborted) await stream.write(': keep-alive\n\n')
          }
        } finally {
          unsubscribe()
        }
      })
    })
}
