import { Hono } from 'hono'
import type { Context } from 'hono'
import type { AiProvider } from './ai/provider.ts'
import { audioRoutes } from './api/audio.ts'
import { brandKitsApi, brandKitsRouteDocs, LOGO_UPLOAD_PATH, uploadsLogoStore } from './api/brand-kits.ts'
import { accountApi, authApi, authRouteDocs } from './api/auth.ts'
import { postersRoutes } from './api/posters.ts'
import { IMAGE_BODY_BYTES, IMAGE_UPLOAD_PATH, mediaRoutes, sceneImageApi, uploadsRouteDocs } from './api/uploads.ts'
import { videosApi, videosRouteDocs } from './api/videos.ts'
import type { LoadedAsset } from './assets/load.ts'
import { serveAssets } from './assets/serve.ts'
import { httpCache, type CacheStore } from './cache/index.ts'
import type { Repositories } from './db/index.ts'
import { limitBody } from './http/body.ts'
import { clientIpResolver, type SocketAddress } from './http/client-ip.ts'
import { cookieNames } from './http/cookie-names.ts'
import { csrfProtection } from './http/csrf.ts'
import { corridor } from './http/entry.ts'
import { createFrontDoor, templateMatcher, type FrontRoute } from './http/front-door.ts'
import { createRequestRecord } from './http/request-record.ts'
import { NO_PROXY, type ProxyTrust } from './http/proxy-trust.ts'
import { DEV_RELOAD_SCRIPT_PATH, devReloadRoutes } from './http/dev-reload.ts'
import type { AppEnv } from './http/env.ts'
import { errorHandler, HttpError, problem, wantsHtml } from './http/errors.ts'
import { sendRenderedPage } from './http/page-response.ts'
import { healthRoutes } from './http/health.ts'
import { createRateLimiter } from './http/rate-limit.ts'
import { createRateLimiters, type RateLimiters } from './http/rate-limits.ts'
import { securityHeaders, STATIC_SECURITY_HEADERS } from './http/security.ts'
import { SESSION_TTL_MS, sessionMiddleware } from './http/session.ts'
import type { ProgressBus } from './jobs/progress.ts'
import type { Logger } from './log.ts'
import { accountRoutes } from './pages/account.tsx'
import { assistantRoutes } from './pages/assistant.tsx'
import { authRoutes } from './pages/auth.tsx'
import { pageContext } from './pages/context.ts'
import type { PageDeps } from './pages/deps.ts'
import { ErrorPage } from './pages/error-page.tsx'
import { homeRoutes } from './pages/home.tsx'
import { adminMetricsRoutes } from './pages/admin-metrics.tsx'
import { metricsRouteDocs, metricsRoutes } from './api/metrics.ts'
import { openApiRoutes } from './openapi/routes.tsx'
import { timedRenderer, timedRequestDeps, type Monitoring } from './metrics/index.ts'
import { listRoutes } from './pages/lists.tsx'
import { videoRoutes } from './pages/video.tsx'
import type { Readiness } from './process/readiness.ts'
import type { BuildManifest } from './render/manifest.ts'
import type { AudioStore } from './tts/audio-store.ts'
import type { Narrator } from './tts/types.ts'
import { createRenderer } from './render/render.ts'
import { createAccounts } from './services/accounts.ts'
import { createAssistant } from './services/assistant.ts'
import type { PasswordHasher } from './services/password.ts'
import { createSessionLoader, userTag } from './services/sessions.ts'
import { createBrandKitService } from './services/brand-kits.ts'
import { createCachedAiCall } from './services/ai-cache.ts'
import { createSceneRegenerator } from './services/scene-regenerate.ts'
import { createStoryboardEditor } from './services/storyboard-edit.ts'
import { createUploadService } from './services/uploads.ts'
import { createVideoService } from './services/videos.ts'
import { CACHED_ROUTES } from './routes.ts'

export type AppDeps = {
  logger: Logger
  assets: Map<string, LoadedAsset>
  manifest: BuildManifest
  version: string
  /** Milliseconds since the epoch; injected so tests control time. */
  now: () => number
  startedAt: number
  repos: Repositories
  store: CacheStore
  ai: AiProvider
  bus: ProgressBus
  /** Woken when a job is queued here (the worker also polls for other replicas' jobs). */
  worker: { notify(): void }
  hasher: PasswordHasher
  /** TRUST_PROXY is set: a TLS proxy is in front (Secure `__Host-` cookies, HSTS). */
  trustProxy: boolean
  /** HSTS_INCLUDE_SUBDOMAINS: with trustProxy, HSTS covers subdomains too. @default false */
  hstsIncludeSubdomains?: boolean
  /** TRUST_PROXY compiled: which hops' X-Forwarded-For entries count. @default NO_PROXY */
  proxyTrust?: ProxyTrust
  /** The socket peer's address; tests inject one (app.request() has no socket). @default Bun's */
  socketAddress?: SocketAddress
  /** The client's address for rate limits; tests inject one. @default from proxyTrust and socketAddress */
  clientIp?: (c: Context) => string
  /** `bun run dev`: pages reload themselves when the server restarts. */
  devReload?: boolean
  /** Request, cache, AI and process metrics; absent with METRICS_ENABLED=false. */
  monitoring?: Monitoring
  /** METRICS_TOKEN */
  metricsToken?: string
  /** RUM_SAMPLE_RATE: the share of page views that report web vitals. @default 1 */
  rumSampleRate?: number
  /** Narration clips served at /audio/:hash.wav, and the speech provider's name for /healthz. */
  audio?: Pick<AudioStore, 'open'>
  ttsProvider?: string
  /** Narrates a single scene again when its owner asks (the worker has its own). */
  narrator?: Narrator
  /** The attempt budgets (http/rate-limits.ts), shared through Redis when there is one. @default in memory */
  rateLimiters?: RateLimiters
  /** What /readyz checks (server/process/readiness.ts); absent, the app counts as ready. */
  readiness?: () => Promise<Readiness>
  /** UPLOAD_QUOTA_MB in bytes: what one person's uploaded images may take. @default 200 MB */
  uploadQuotaBytes?: number
}

/** The one place where middleware and routes are assembled. */
export const createApp = (deps: AppDeps) => {
  const { logger, store } = deps
  // What requests call, timed as their phases (db, ai, tts, render); the worker keeps the bare ones.
  const { repos, ai, narrator } = timedRequestDeps(deps)
  // Vitals go to /api/rum, which exists only with monitoring on.
  const renderPage = createRenderer(deps.manifest, {
    devReloadScript: deps.devReload ? DEV_RELOAD_SCRIPT_PATH : undefined,
    rumSampleRate: deps.monitoring ? (deps.rumSampleRate ?? 1) : 0,
  })
  const render = timedRenderer(renderPage)
  const clientIp = deps.clientIp ?? clientIpResolver(deps.proxyTrust ?? NO_PROXY, deps.socketAddress)
  const secureCookies = deps.trustProxy
  const accounts = createAccounts({
    users: repos.users,
    sessions: repos.sessions,
    hasher: deps.hasher,
    sessionTtlMs: SESSION_TTL_MS,
    onUserChanged: (userId) => store.invalidateTags([userTag(userId)]),
  })
  const brandKits = createBrandKitService({ repos, store })
  const videos = createVideoService({
    repos,
    store,
    ownsBrandKit: brandKits.owns,
    onQueued: () => deps.worker.notify(),
    narrator,
    bus: deps.bus,
    now: deps.now,
    builtInWriter: ai.name === 'local',
  })
  const editor = createStoryboardEditor({ repos, videos, narrator, logger })
  const regenerator = createSceneRegenerator({ ai, cachedAi: createCachedAiCall(store), repos, editor })
  const uploads = createUploadService({ repos, store, quotaBytes: deps.uploadQuotaBytes ?? 200 * 1024 * 1024 })
  const logos = uploadsLogoStore(uploads, brandKits)
  const assistant = createAssistant({ ai, store, usage: repos.usage })
  const limiters = deps.rateLimiters ?? createRateLimiters({ logger, now: deps.now })
  const { login: loginLimiter, signup: signupLimiter } = limiters
  const pageDeps: PageDeps = {
    render,
    videos,
    brandKits,
    logos,
    accounts,
    assistant,
    usage: repos.usage,
    loginLimiter,
    signupLimiter,
    clientIp,
    secureCookies,
  }
  const authDeps = { accounts, loginLimiter, signupLimiter, clientIp, secureCookies }

  const { monitoring } = deps
  const app = new Hono<AppEnv>()
  // Request id, metrics, Server-Timing and the access line: the same module writes them for the front door.
  const record = createRequestRecord({ logger, monitor: monitoring?.monitor })
  app.use(record.middleware)
  app.use(serveAssets(deps.assets, { headers: STATIC_SECURITY_HEADERS }))
  if (deps.devReload) app.route('/__dev', devReloadRoutes())

  // Anonymous page views are served from the HTTP cache, one per cached route of the table in
  // routes.ts. It sits before the security headers, so a stored response carries them and a hit
  // skips that work. Signed-in requests pass straight through. One address may add 120 entries a
  // minute across them: with 6 minutes of life (ttl + stale), at most ~720 live entries per address.
  // A visitor adds one only on a miss, so people never notice.
  const storeBudget = createRateLimiter({ limit: 120, windowMs: 60_000, now: deps.now })
  const mayStore = (c: Context) => storeBudget.hit(clientIp(c)).allowed
  const frontRoutes: FrontRoute[] = CACHED_ROUTES.map(({ template, params, cache }) => {
    const middleware = httpCache({ ...cache, store, mayStore })
    app.use(template, middleware)
    return { template, matches: templateMatcher(template, params), peek: middleware.peek }
  })
  app.use(securityHeaders({ behindTls: deps.trustProxy, hstsIncludeSubdomains: deps.hstsIncludeSubdomains }))

  app.route('/', healthRoutes(deps))

  // HAProxy's default health check is `OPTIONS / HTTP/1.0`, and no other route takes OPTIONS.
  // The answer is server-wide: the methods some route of the app takes.
  let allowed: string | undefined
  app.options('*', (c) => {
    allowed ??= [
      'OPTIONS',
      'HEAD',
      ...new Set(app.routes.map((route) => route.method).filter((method) => method !== 'ALL' && method !== 'OPTIONS')),
    ].join(', ')
    return c.body(null, 204, { Allow: allowed, 'Cache-Control': 'no-store' })
  })

  // Before sessions: clips are the same for everyone and never carry a cookie.
  if (deps.audio) app.route('/audio', audioRoutes({ audio: deps.audio }))
  // Every /api route is described beside its schemas; server/openapi/openapi.test.ts fails on one that is not.
  const apiRouteDocs = [
    ...authRouteDocs,
    ...videosRouteDocs,
    ...uploadsRouteDocs,
    ...brandKitsRouteDocs,
    ...(monitoring ? metricsRouteDocs : []),
  ]
  const sessionCookie = cookieNames(secureCookies).session
  app.route('/api', openApiRoutes({ routes: apiRouteDocs, version: deps.version, sessionCookie, render }))

  if (monitoring) {
    // Before sessions and CSRF: neither route reads a session, and sendBeacon cannot send the CSRF
    // header, so a signed-in person's vitals would otherwise be refused (403).
    app.route(
      '/',
      metricsRoutes({ monitoring, metricsToken: deps.metricsToken, remoteAddress: clientIp, rumLimiter: limiters.rum, clientIp }),
    )
  }

  // An image upload is the one body allowed past the usual limit; it gets its own (10 MB + the form).
  const defaultBodyLimit = limitBody()
  const imageBodyLimit = limitBody(IMAGE_BODY_BYTES)
  app.use((c, next) =>
    (IMAGE_UPLOAD_PATH.test(c.req.path) || LOGO_UPLOAD_PATH.test(c.req.path) ? imageBodyLimit : defaultBodyLimit)(c, next),
  )
  const cookies = cookieNames(secureCookies)
  app.use(sessionMiddleware(createSessionLoader({ sessions: repos.sessions, store, now: deps.now }), cookies.session))
  app.use(csrfProtection({ preSessionCookie: cookies.preSessionCsrf }))

  if (monitoring) {
    app.route('/', adminMetricsRoutes({ ...pageDeps, monitoring, version: deps.version, instanceId: store.instanceId }))
  }
  app.route('/api/auth', authApi(authDeps))
  app.route('/api/account', accountApi(authDeps))
  app.route('/api/videos', videosApi({ videos, brandKits, editor, regenerator, assistant, bus: deps.bus }))
  app.route('/api/brand-kits', brandKitsApi({ brandKits, logos }))
  app.route('/api/videos', sceneImageApi({ videos, uploads }))
  app.route('/media', mediaRoutes({ uploads }))
  app.route('/posters', postersRoutes({ videos }))
  for (const routes of [homeRoutes, listRoutes, videoRoutes, authRoutes, accountRoutes, assistantRoutes]) app.route('/', routes(pageDeps))

  const errorPage = (c: Context<AppEnv>, error: HttpError) => {
    const ctx = pageContext(c, { secureCookies })
    const page = render(<ErrorPage ctx={ctx} status={error.status} title={error.title} detail={error.detail} />, {
      title: `${error.title} · Reelsmith`,
      lang: ctx.lang,
    })
    return sendRenderedPage(c, page, error.status, { personal: !!ctx.session })
  }
  app.notFound((c) => {
    const error = new HttpError(404, 'Not Found', `Nothing at ${c.req.path}.`)
    if (!wantsHtml(c)) return problem(c, error)
    const ctx = pageContext(c as Context<AppEnv>, { secureCookies })
    return errorPage(c as Context<AppEnv>, new HttpError(404, ctx.t.errors.notFound, ctx.t.errors.notFoundDetail))
  })
  app.onError(errorHandler(logger, (c, error) => errorPage(c as Context<AppEnv>, error)))

  // Fresh hits of the caches above, answered before Hono: see http/front-door.ts.
  const frontDoor = createFrontDoor(frontRoutes, record)
  // One corridor: Bun.serve (server/cli/serve.ts) and app.request() in tests both call app.fetch.
  app.fetch = corridor(frontDoor, app.fetch)
  return app
}

export type App = ReturnType<typeof createApp>
