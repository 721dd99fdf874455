import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** GET /posters/:videoId/:position-:hash.svg: content-hashed; immutable when public, revalidated when private. */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
let video: VideoJson

beforeAll(async () => {
  t = await createTestApp()
  ;[ada, bob, anon] = [createBrowser(t.app), createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp()
  await bob.signUp()
  video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Posters for a <b>bakery</b> & "café"', aspect: '9:16' })).id)
})
afterAll(() => t.close())

const poster = (browser: Browser, url: string, headers: Record<string, string> = {}) => browser.request(url, { headers })

describe('a private video’s posters', () => {
  test('are served to the owner as SVG, kept by the browser only and revalidated on every use', async () => {
    for (const scene of video.scenes) {
      const res = await poster(ada, scene.posterUrl)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
      expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      const hash = /-([0-9a-f]{16})\.svg$/.exec(scene.posterUrl)![1]
      expect(res.headers.get('ETag')).toBe(`"${hash}"`)
      const svg = await res.text()
      expect(svg).toStartWith('<svg')
      expect(svg).not.toContain('<script')
      expect(svg).not.toContain('<b>')
    }
  })

  test('the poster is sandboxed should it be opened as a document', async () => {
    const csp = (await poster(ada, video.scenes[0]!.posterUrl)).headers.get('Content-Security-Policy')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain('sandbox')
  })

  test('revalidation with the ETag is a 304 with no body', async () => {
    const url = video.scenes[1]!.posterUrl
    const etag = (await poster(ada, url)).headers.get('ETag')!
    const res = await poster(ada, url, { 'If-None-Match': etag })
    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
    expect([res.headers.get('ETag'), res.headers.get('Cache-Control')]).toEqual([etag, 'private, no-cache'])
  })

  test('revalidation checks who asks: after sign-out the browser’s ETag gets a 404, not a 304', async () => {
    const carol = createBrowser(t.app)
    await carol.signUp()
    const own = await waitForVideo(carol, (await createVideo(carol, { prompt: 'A private garden' })).id)
    const url = own.scenes[0]!.posterUrl
    const etag = (await poster(carol, url)).headers.get('ETag')!
    expect((await carol.json('POST', '/api/auth/logout')).status).toBeLessThan(300)
    const res = await poster(carol, url, { 'If-None-Match': etag })
    expect(res.status).toBe(404)
  })

  test('are 404 for another person and for anonymous', async () => {
    for (const browser of [bob, anon]) {
      const res = await poster(browser, video.scenes[0]!.posterUrl)
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
  })
})

describe('a public video’s posters', () => {
  test('are served to everyone, cacheable by shared caches; unpublishing makes them 404 again', async () => {
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })
    const res = await poster(anon, video.scenes[0]!.posterUrl)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('ETag')).toBe(`"${/-([0-9a-f]{16})\.svg$/.exec(video.scenes[0]!.posterUrl)![1]}"`)
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'private' })
    expect((await poster(anon, video.scenes[0]!.posterUrl)).status).toBe(404)
  })
})

describe('a URL with a hash that is not the poster’s current one', () => {
  test('redirects (308) the owner to the current bytes’ URL (the renderer may have changed since)', async () => {
    const [, base] = /^(\/posters\/[^/]+\/)/.exec(video.scenes[0]!.posterUrl)!
    for (const stale of [`${base}0-0000000000000000.svg`, `${base}0-${video.scenes[1]!.posterUrl.split('-').pop()}`]) {
      const res = await poster(ada, stale)
      expect([res.status, res.headers.get('Location')]).toEqual([308, video.scenes[0]!.posterUrl])
    }
    expect((await poster(ada, video.scenes[0]!.posterUrl)).status).toBe(200)
  })

  test('is a 404 for anyone who may not see the video: the redirect reveals nothing', async () => {
    const [, base] = /^(\/posters\/[^/]+\/)/.exec(video.scenes[0]!.posterUrl)!
    for (const browser of [bob, anon]) expect((await poster(browser, `${base}0-0000000000000000.svg`)).status).toBe(404)
  })
})

describe('URLs that name no poster', () => {
  test('a position past the last scene, a malformed name, an unknown or impossible video are 404', async () => {
    const [, base] = /^(\/posters\/[^/]+\/)/.exec(video.scenes[0]!.posterUrl)!
    const urls = [
      `${base}${video.scenes.length}-${video.scenes[0]!.posterUrl.split('-').pop()}`,
      `${base}0-ABCDEF0000000000.svg`,
      `${base}0.svg`,
      `${base}0-0000000000000000.png`,
      `${base}0-0000000000000000.picture.png`,
      `${base}0-0000000000000000.other.svg`,
      `${base}..%2F..%2Fetc%2Fpasswd`,
      `/posters/AAAAAAAAAAAAAAAAAAAAAA/0-0000000000000000.svg`,
      `/posters/x/0-0000000000000000.svg`,
    ]
    for (const url of urls) expect([url, (await poster(ada, url)).status]).toEqual([url, 404])
  })
})
