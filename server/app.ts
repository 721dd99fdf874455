import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { h } from 'preact'
import { serveAssets } from './assets/serve.ts'
import type { LoadedAsset } from './assets/load.ts'
import { accessLog } from './http/access-log.ts'
import { DEV_RELOAD_SCRIPT_PATH, devReloadRoutes } from './http/dev-reload.ts'
import type { AppEnv } from './http/env.ts'
import { errorHandler, HttpError, problem, wantsHtml } from './http/errors.ts'
import { prepareHtml, sendHtml } from './http/html.ts'
import { securityHeaders } from './http/security.ts'
import type { Logger } from './log.ts'
import { ErrorPage } from './pages/error-page.tsx'
import { HOME_META, HomePage } from './pages/home.tsx'
import type { BuildManifest } from './render/manifest.ts'
import { createRenderer } from './render/render.ts'

export type AppDeps = {
  logger: Logger
  assets: Map<string, LoadedAsset>
  manifest: BuildManifest
  version: string
  /** Milliseconds since the epoch; injected so tests control time. */
  now: () => number
  startedAt: number
  /** `bun run dev`: pages reload themselves when the server restarts. */
  devReload?: boolean
}

/** Renders a page once, the first time it is asked for: its HTML depends only on the build. */
const once = <T,>(make: () => T) => {
  let value: T | undefined
  return () => (value ??= make())
}

/** The one place where middleware and routes are assembled. */
export const createApp = (deps: AppDeps) => {
  const { logger } = deps
  const render = createRenderer(deps.manifest, { devReloadScript: deps.devReload ? DEV_RELOAD_SCRIPT_PATH : undefined })
  const homePage = once(() => prepareHtml(render(h(HomePage, {}), HOME_META), 'max'))
  const notFoundPage = once(() =>
    prepareHtml(render(h(ErrorPage, { status: 404, title: 'Page not found' }), { title: 'Page not found · Reelsmith' }), 'max'),
  )

  const app = new Hono<AppEnv>()
  app.use(requestId())
  app.use(accessLog(logger))
  app.use(securityHeaders())
  app.use(serveAssets(deps.assets))
  if (deps.devReload) app.route('/__dev', devReloadRoutes())

  app.get('/healthz', (c) =>
    c.json(
      { status: 'ok', version: deps.version, build: deps.manifest.buildId, uptimeSec: Math.round((deps.now() - deps.startedAt) / 1000) },
      200,
      { 'Cache-Control': 'no-store' },
    ),
  )
  app.get('/', (c) => sendHtml(c, homePage()))

  app.notFound((c) =>
    wantsHtml(c) ? sendHtml(c, notFoundPage(), 404) : problem(c, new HttpError(404, 'Not Found', `Nothing at ${c.req.path}.`)),
  )
  app.onError(
    errorHandler(logger, (c, error) =>
      sendHtml(
        c,
        prepareHtml(render(h(ErrorPage, { status: error.status, title: error.title, detail: error.detail }), { title: `${error.title} · Reelsmith` })),
        error.status === 404 ? 404 : error.status === 403 ? 403 : 500,
      ),
    ),
  )
  return app
}

export type App = ReturnType<typeof createApp>
