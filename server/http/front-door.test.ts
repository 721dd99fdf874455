import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

// app.request(), as every test client: it walks the same corridor as Bun.serve.
const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.request(new Request(`http://reelsmith.test${path}`, { headers: { 'Accept-Encoding': 'br', 'Accept-Language': 'en', ...headers } }))

const frontLines = () => t.logLines.filter((line) => line.msg === 'request' && line.cache === 'front')

describe('the front door', () => {
  test('a fresh cached page is answered before the app, with the stored headers, a request id and a log line', async () => {
    t.logLines.length = 0
    const first = await get('/')
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(frontLines()).toHaveLength(0)
    const second = await get('/')
    expect(second.status).toBe(200)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await second.text()).toBe(await first.text())
    expect(frontLines()).toEqual([expect.objectContaining({ method: 'GET', path: '/', status: 200 })])
  })

  test("a test client's fresh hit is the front door's too: app.request() walks the one corridor", async () => {
    const visitor = createBrowser(t.app)
    await visitor.request('/gallery?page=2')
    t.logLines.length = 0
    const hit = await visitor.request('/gallery?page=2')
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(t.logLines.filter((line) => line.msg === 'request')).toEqual([expect.objectContaining({ path: '/gallery', cache: 'front' })])
  })

  test('its request id follows the same rule as the app: a plain id from the proxy is kept, anything else replaced', async () => {
    await get('/')
    expect((await get('/', { 'X-Request-Id': 'edge-42=a' })).headers.get('x-request-id')).toBe('edge-42=a')
    expect((await get('/', { 'X-Request-Id': 'bad id;forged' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const given = await get('/', { 'X-Request-Id': 'edge-43' })
    expect(frontLines().at(-1)?.requestId).toBe(given.headers.get('x-request-id')!)
  })

  test('a hit is counted in the request metrics under its route template, as the app counts a miss', async () => {
    const count = () => t.monitoring.http.requests.labels('GET', '/gallery', '2xx').value
    const before = count()
    t.logLines.length = 0
    await get('/gallery?page=3')
    await get('/gallery?page=3')
    expect(frontLines()).toHaveLength(1)
    expect(count()).toBe(before + 2)
  })

  test("its access-log line has the same fields as the app's, plus where it was answered", async () => {
    t.logLines.length = 0
    await get('/gallery?page=1')
    await get('/gallery?page=1')
    const lines = t.logLines.filter((line) => line.msg === 'request')
    expect(lines).toHaveLength(2)
    const [app, front] = lines as [Record<string, unknown>, Record<string, unknown>]
    expect(front.cache).toBe('front')
    expect(
      Object.keys(front)
        .filter((key) => key !== 'cache')
        .sort(),
    ).toEqual(Object.keys(app).sort())
    expect(front).toMatchObject({ method: 'GET', path: '/gallery', status: 200, bytes: app.bytes })
  })

  test('revalidation is answered there too: 304 with the ETag', async () => {
    const etag = (await get('/')).headers.get('etag')!
    const revalidated = await get('/', { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(etag)
  })

  test('a request with a session cookie, or a different language, never gets that entry', async () => {
    t.logLines.length = 0
    const signedIn = await get('/', { Cookie: 'rs_session=whatever-token-value-123456' })
    expect(signedIn.headers.get('x-cache')).toBe('MISS')
    const german = await get('/', { 'Accept-Language': 'de', 'Accept-Encoding': 'identity' })
    expect(german.headers.get('x-cache')).toBe('MISS')
    expect(await german.text()).toContain('lang="de"')
    expect(frontLines()).toHaveLength(0)
  })

  test('an invalidation (a video published) sends the next request back through the app', async () => {
    await get('/gallery')
    expect((await get('/gallery')).headers.get('x-cache')).toBe('HIT')
    await t.store.invalidateTags(['gallery'])
    expect((await get('/gallery')).headers.get('x-cache')).toBe('MISS')
  })

  test('only GET and HEAD; other paths are not its business', async () => {
    await get('/')
    const head = await t.app.request(
      new Request('http://reelsmith.test/', { method: 'HEAD', headers: { 'Accept-Encoding': 'br', 'Accept-Language': 'en' } }),
    )
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await t.app.request(new Request('http://reelsmith.test/', { method: 'POST' }))
    expect(post.headers.get('x-cache')).toBeNull()
  })
})
