/**
 * The route table (routes.ts) against the app that is really mounted: a page mounted but missing
 * from the table, or declared but not mounted, fails here, and every cached route's front-door
 * matcher answers the paths Hono routes to it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { VITALS_META_NAME } from '../islands/vitals/constants.ts'
import { templateMatcher } from './http/front-door.ts'
import { CACHED_ROUTES, PAGE_ROUTES } from './routes.ts'
import { createAccounts } from './services/accounts.ts'
import { createBrowser, createVideo } from './testing/http-client.ts'
import { createTestApp, testManifest, type TestApp } from './testing/test-app.ts'

let t: TestApp
let admin: ReturnType<typeof createBrowser>
let videoId: string
beforeAll(async () => {
  // A build with the vitals module, so a page says which route it reports under.
  t = await createTestApp({ manifest: { ...testManifest, vitals: { src: '/assets/vitals-TEST0009.js', imports: [] } } })
  admin = createBrowser(t.app)
  const user = await admin.signUp()
  const accounts = createAccounts({ users: t.repos.users, sessions: t.repos.sessions, hasher: t.deps.hasher, sessionTtlMs: 60_000 })
  expect((await accounts.grantAdmin(user.email)).ok).toBe(true)
  // Not waited for: a page that is still generating is a page all the same.
  videoId = (await createVideo(admin, { prompt: 'A public film about lighthouses' })).id
  expect((await admin.form(`/videos/${videoId}/visibility`, { visibility: 'public' })).status).toBe(303)
})
afterAll(() => t.close())

const mounted = (method: string) => [...new Set(t.app.routes.filter((route) => route.method === method).map((route) => route.path))]
/** A concrete path for a template: every parameter is the real video's id (other ids simply miss). */
const concrete = (template: string) => template.replace(/:\w+/g, videoId)
const VITALS_ROUTE = new RegExp(`<meta name="${VITALS_META_NAME}" content="([^"]*)"`)

describe('the route table', () => {
  test('the pages the app mounts are exactly the pages it declares', async () => {
    // Behaviour, not names: a GET route is a page when its answer reports web vitals (under its own
    // template), to an admin with a video at hand or to a visitor (sign-in pages send members on).
    const visitor = createBrowser(t.app)
    const pages = new Set<string>()
    for (const template of mounted('GET')) {
      if (template.includes('*')) continue
      for (const browser of [admin, visitor]) {
        const response = await browser.request(concrete(template), { headers: { Accept: 'text/html' } })
        if (!response.headers.get('content-type')?.startsWith('text/html')) {
          await response.body?.cancel()
          continue
        }
        const reported = VITALS_ROUTE.exec(await response.text())?.[1]
        if (reported === undefined) continue
        expect(reported).toBe(template)
        pages.add(template)
      }
    }
    expect([...pages].sort()).toEqual([...PAGE_ROUTES].sort())
  })

  test('each cached route is mounted under its template, and its fresh hit is answered by the front door', async () => {
    const middleware = mounted('ALL')
    for (const { template } of CACHED_ROUTES) {
      expect(middleware).toContain(template)
      const path = concrete(template)
      const get = () => t.app.request(path, { headers: { 'Accept-Encoding': 'br', 'Accept-Language': 'en', 'X-Test-Client': '10.8.0.1' } })
      await get()
      t.logLines.length = 0
      expect((await get()).headers.get('x-cache')).toBe('HIT')
      expect(t.logLines.filter((line) => line.msg === 'request')).toEqual([expect.objectContaining({ path, cache: 'front' })])
    }
  })

  test("a template's matcher takes the paths its route takes, and no other", () => {
    const video = CACHED_ROUTES.find((route) => route.template === '/videos/:id')!
    const matches = templateMatcher(video.template, video.params)
    expect(matches(`/videos/${videoId}`)).toBe(true)
    for (const path of ['/videos', '/videos/', `/videos/${videoId}/x`, '/videos/short', `/xvideos/${videoId}`])
      expect(matches(path)).toBe(false)
    const home = templateMatcher('/')
    expect([home('/'), home('/gallery'), home('')]).toEqual([true, false, false])
    expect(templateMatcher('/a.b/:x')('/aXb/1')).toBe(false)
  })
})
