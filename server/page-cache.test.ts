/**
 * The page caches as the app mounts them (`/`, `/gallery`, `/videos/:id`, `/api/videos/public`),
 * through `serve()`: the front door first, then Hono. HEAD lengths, which query parameters are
 * keyed, and how much one client can make them store.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, waitForVideo } from './testing/http-client.ts'
import { createTestApp, type TestApp } from './testing/test-app.ts'

let t: TestApp
let videoId: string
beforeAll(async () => {
  t = await createTestApp()
  const ada = createBrowser(t.app)
  await ada.signUp()
  videoId = (await waitForVideo(ada, (await createVideo(ada, { prompt: 'A public film about lighthouses' })).id)).id
  expect((await ada.form(`/videos/${videoId}/visibility`, { visibility: 'public' })).status).toBe(303)
})
afterAll(() => t.close())

const send = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  t.app.fetch(
    new Request(`http://reelsmith.test${path}`, {
      method: init.method,
      headers: { 'Accept-Encoding': 'br', 'Accept-Language': 'en', 'X-Test-Client': '10.9.0.1', ...init.headers },
    }),
  )
const l1Entries = () => t.store.status().l1.entries
const cachedRoutes = () => ['/', '/gallery', `/videos/${videoId}`, '/api/videos/public']

describe('HEAD on every cached route', () => {
  test('says the length its GET sends, on a MISS and on a front-door HIT; a 304 claims none', async () => {
    await t.store.invalidateTags(['gallery', `video:${videoId}`])
    for (const path of cachedRoutes()) {
      const miss = await send(path, { method: 'HEAD' })
      const get = await send(path)
      const hit = await send(path, { method: 'HEAD' })
      const sent = String((await get.arrayBuffer()).byteLength)
      expect([path, miss.headers.get('x-cache'), miss.headers.get('content-length')]).toEqual([path, 'MISS', sent])
      expect([path, hit.headers.get('x-cache'), hit.headers.get('content-length'), await hit.text()]).toEqual([path, 'HIT', sent, ''])
      const notModified = await send(path, { method: 'HEAD', headers: { 'If-None-Match': get.headers.get('etag')! } })
      expect([path, notModified.status, notModified.headers.get('content-length')]).toEqual([path, 304, null])
    }
  })
})

describe('query parameters', () => {
  // 10,000 each, L1 and Redis, in cache/http-cache.test.ts; here the app's four routes, rendering for real.
  test('2,000 distinct junk parameters across the cached routes are answered and store nothing', async () => {
    for (const path of cachedRoutes()) await send(path)
    const before = l1Entries()
    const junk = ['utm_source', 'fbclid', 'gclid', 'x']
    const routes = cachedRoutes()
    for (let i = 0; i < 2_000; i++) {
      const response = await send(`${routes[i % routes.length]}?${junk[i % junk.length]}=${i}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBe('MISS')
      await response.arrayBuffer()
    }
    expect(l1Entries()).toBe(before)
    for (const path of routes) expect((await send(path)).headers.get('x-cache')).toBe('HIT')
  }, 30_000)

  test('the gallery keys its page as it reads it: order, spelling and out-of-range pages share entries', async () => {
    await send('/gallery?page=2')
    for (const path of ['/gallery?page=02', '/gallery?page=2']) expect((await send(path)).headers.get('x-cache')).toBe('HIT')
    await send('/gallery?page=10000')
    expect((await send('/gallery?page=999999')).headers.get('x-cache')).toBe('HIT')
  })

  test('the public list keys page and pageSize in any order; a value it refuses is a 4xx, never stored', async () => {
    await send('/api/videos/public?page=1&pageSize=5')
    expect((await send('/api/videos/public?pageSize=5&page=1')).headers.get('x-cache')).toBe('HIT')
    for (let i = 0; i < 2; i++) {
      const refused = await send('/api/videos/public?pageSize=500')
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(refused.headers.get('content-type')).toContain('application/problem+json')
      expect(refused.headers.get('x-cache')).toBe('MISS')
    }
  })

  test("the home page's draft is rendered for the visitor who carried it, and never stored", async () => {
    await send('/')
    const before = l1Entries()
    const draft = await send('/?prompt=A+film+about+owls&style=playful', { headers: { 'Accept-Encoding': 'identity' } })
    expect(draft.headers.get('x-cache')).toBe('MISS')
    expect(await draft.text()).toContain('A film about owls')
    expect(l1Entries()).toBe(before)
  })
})

describe('the store budget', () => {
  test('one address adds at most 120 entries a minute; other addresses are not held back', async () => {
    // Every gallery page up to 10,000 is a valid, distinct key: the budget bounds how many one client adds.
    // Whether a page was stored is seen by asking for it again from an address with budget left.
    const page = async (client: string, i: number) => {
      const response = await send(`/gallery?page=${2000 + i}`, { headers: { 'X-Test-Client': client } })
      await response.arrayBuffer()
      return response.headers.get('x-cache')
    }
    for (let i = 1; i <= 130; i++) expect(await page('10.9.1.1', i)).toBe('MISS')
    const again = []
    for (let i = 1; i <= 130; i++) again.push(await page('10.9.1.2', i))
    expect(again.filter((outcome) => outcome === 'HIT')).toHaveLength(120)
    expect(again.slice(120)).toEqual(Array(10).fill('MISS'))
    // A minute later the first address may store again.
    t.advance(60_000)
    expect(await page('10.9.1.1', 6000)).toBe('MISS')
    expect(await page('10.9.1.3', 6000)).toBe('HIT')
  })
})

describe('what the page cache keys on', () => {
  test('the negotiated language and the chosen encoding, not the raw headers: three English spellings share one entry', async () => {
    await t.store.invalidateTags(['gallery'])
    const gallery = (language: string, encoding = 'br') =>
      send('/gallery', { headers: { 'Accept-Language': language, 'Accept-Encoding': encoding } })
    const english = await gallery('en-US,en;q=0.9')
    expect(english.headers.get('x-cache')).toBe('MISS')
    const englishBody = await english.arrayBuffer()
    for (const spelling of ['en-GB,en;q=0.8', 'en', 'xx-unknown', '']) {
      const response = await gallery(spelling)
      expect([spelling, response.headers.get('x-cache')]).toEqual([spelling, 'HIT'])
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(englishBody))
    }
    // Another language is another page; so is another encoding, but not another spelling of brotli.
    expect((await gallery('fr-CA,fr;q=0.9,en;q=0.5')).headers.get('x-cache')).toBe('MISS')
    expect((await gallery('fr')).headers.get('x-cache')).toBe('HIT')
    expect((await gallery('en', 'gzip, deflate, br')).headers.get('x-cache')).toBe('HIT')
    const gzip = await gallery('en', 'gzip')
    expect([gzip.headers.get('x-cache'), gzip.headers.get('content-encoding')]).toEqual(['MISS', 'gzip'])
    expect((await gallery('en', 'gzip;q=1, br;q=0')).headers.get('x-cache')).toBe('HIT')
  })
})
