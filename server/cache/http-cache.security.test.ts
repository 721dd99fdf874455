/**
 * httpCache must never serve one user's data to another, and one request must never poison what
 * others get. Each case is an attack or a leak seen in real shared caches.
 */
import { describe, expect, test } from 'bun:test'
import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { silentLogger } from '../log.ts'
import { httpCache, type HttpCacheOptions } from './http-cache.ts'
import { CacheStore } from './store.ts'

/** Stand-in for auth (which comes later): the session cookie or bearer token *is* the user id. */
const signedInUser = (c: Context): string | undefined =>
  getCookie(c, 'rs_session') ?? c.req.header('authorization')?.replace(/^Bearer /, '') ?? undefined

const greeting = (c: Context) => c.text(`hello ${signedInUser(c) ?? 'guest'}`)

const setup = (options: Partial<HttpCacheOptions>, handler: (c: Context) => Response | Promise<Response> = greeting) => {
  const store = new CacheStore({ memoryBytes: 4 << 20, logger: silentLogger })
  const app = new Hono()
  let calls = 0
  app.use('*', httpCache({ store, name: 'pages', maxAge: 60, scope: 'public', ...options }))
  app.get('*', (c) => (calls++, handler(c)))
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await app.request(path, { headers })
    return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache'), headers: response.headers }
  }
  return { get, calls: () => calls }
}

const asAlice = { cookie: 'rs_session=alice' }
const asBob = { cookie: 'rs_session=bob' }

describe("per-user routes (scope 'user')", () => {
  const perUser = { scope: 'user' as const, userKey: signedInUser }

  test("user A's response is never served to user B or to an anonymous request", async () => {
    const { get } = setup(perUser)
    expect((await get('/me', asAlice)).body).toBe('hello alice')
    const aliceAgain = await get('/me', asAlice)
    expect([aliceAgain.body, aliceAgain.cache]).toEqual(['hello alice', 'HIT'])
    expect((await get('/me', asBob)).body).toBe('hello bob')
    expect((await get('/me', { authorization: 'Bearer bob' })).body).toBe('hello bob')
    expect((await get('/me')).body).toBe('hello guest')
  })

  test('responses are private and vary on Cookie and Authorization, for browsers and CDNs', async () => {
    const { get } = setup(perUser)
    const { headers } = await get('/me', asAlice)
    expect(headers.get('cache-control')).toBe('private, max-age=60')
    expect(headers.get('vary')).toBe('cookie, authorization')
  })

  test('credentials the route cannot attribute to a user are never cached', async () => {
    // e.g. an expired session: the cookie is there, userKey finds nobody.
    const { get, calls } = setup({ scope: 'user', userKey: () => undefined })
    await get('/me', asAlice)
    const second = await get('/me', asAlice)
    expect(calls()).toBe(2)
    expect(second.cache).toBe('MISS')
    expect(second.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe("shared routes (scope 'public')", () => {
  test('a request with a session cookie or Authorization is neither served from nor stored in the shared entry', async () => {
    const { get, calls } = setup({})
    expect((await get('/home')).body).toBe('hello guest')
    const alice = await get('/home', asAlice)
    expect(alice.body).toBe('hello alice')
    expect(alice.cache).toBe('MISS')
    expect(alice.headers.get('cache-control')).toBe('private, no-store')
    expect((await get('/home', { authorization: 'Bearer bob' })).body).toBe('hello bob')
    const guest = await get('/home')
    expect([guest.body, guest.cache]).toEqual(['hello guest', 'HIT'])
    expect(calls()).toBe(3)
  })

  test('the first request being a signed-in one does not put its page in the shared entry', async () => {
    const { get } = setup({})
    await get('/home', asAlice)
    expect((await get('/home')).body).toBe('hello guest')
  })

  test('other cookies do not count as credentials', async () => {
    const { get } = setup({})
    await get('/home')
    expect((await get('/home', { cookie: 'theme=dark' })).cache).toBe('HIT')
  })
})

describe('responses that are never stored', () => {
  test.each([
    ['Set-Cookie', (c: Context) => (c.header('set-cookie', 'csrf=123'), c.text('form'))],
    ['Cache-Control: private', (c: Context) => (c.header('cache-control', 'private'), c.text('mine'))],
    ['Cache-Control: no-store', (c: Context) => (c.header('cache-control', 'no-store'), c.text('secret'))],
    ['Vary: *', (c: Context) => (c.header('vary', '*'), c.text('varies'))],
    ['Vary on a header outside the key', (c: Context) => (c.header('vary', 'User-Agent'), c.text(`for ${c.req.header('user-agent')}`))],
    ['a 404', (c: Context) => c.text('no such page', 404)],
    ['a redirect', (c: Context) => c.redirect('/elsewhere')],
  ])('%s', async (_name, handler) => {
    const { get, calls } = setup({}, handler)
    const first = await get('/page')
    const second = await get('/page')
    expect(calls()).toBe(2)
    expect(second.cache).toBe('MISS')
    // and we do not invent a shareable Cache-Control for them
    expect(first.headers.get('cache-control') ?? '').not.toContain('public')
  })

  test('a per-user entry is never stored from a Set-Cookie response either', async () => {
    const { get, calls } = setup({ scope: 'user', userKey: signedInUser }, (c) => (c.header('set-cookie', 'rotated=1'), greeting(c)))
    await get('/me', asAlice)
    await get('/me', asAlice)
    expect(calls()).toBe(2)
  })
})

describe('cache poisoning through headers that are not in the key', () => {
  /** A handler that trusts proxy headers, as many do, and echoes them into the body. */
  const echoHost = (c: Context) =>
    c.html(`<link rel="canonical" href="https://${c.req.header('x-forwarded-host') ?? 'reelsmith.example'}/page">`)

  test.each(['x-forwarded-host', 'X-Forwarded-Host'])('a forged %s cannot change what others get', async (header) => {
    const { get } = setup({}, echoHost)
    const attacker = await get('/page', { [header]: 'evil.example' })
    expect(attacker.body).toContain('evil.example')
    const victim = await get('/page')
    expect(victim.body).toBe('<link rel="canonical" href="https://reelsmith.example/page">')
  })

  test('X-Original-URL, X-Rewrite-URL and method overrides bypass the cache', async () => {
    const { get, calls } = setup({}, (c) => c.text(c.req.header('x-original-url') ?? c.req.header('x-http-method-override') ?? 'normal'))
    await get('/page', { 'x-original-url': '/admin' })
    await get('/page', { 'x-rewrite-url': '/admin' })
    await get('/page', { 'x-http-method-override': 'DELETE' })
    expect((await get('/page')).body).toBe('normal')
    expect((await get('/page')).cache).toBe('HIT')
    expect(calls()).toBe(4)
  })

  test('a different Host gets its own entry', async () => {
    const { get } = setup({}, (c) => c.text(new URL(c.req.url).host))
    expect((await get('http://a.example/page')).body).toBe('a.example')
    expect((await get('http://b.example/page')).body).toBe('b.example')
  })
})

describe('web cache deception', () => {
  const account = (c: Context) => c.text(`account of ${signedInUser(c) ?? 'guest'}`)

  test.each(['/account/x.css', '/account/avatar.png', '/account;.js', '/account%2fx.js', '/account%2Fstyle.css'])(
    '%s is never cached',
    async (path) => {
      const { get, calls } = setup({}, account)
      await get(path)
      const second = await get(path)
      expect(second.cache).toBe('MISS')
      expect(calls()).toBe(2)
    },
  )

  test('extensions a route declares are cached', async () => {
    const { get } = setup({ fileExtensions: ['xml'] }, (c) => c.text('<rss/>'))
    await get('/feed.xml')
    expect((await get('/feed.xml')).cache).toBe('HIT')
  })
})

describe('304 responses', () => {
  test('keep ETag, Vary and Cache-Control, and carry no body', async () => {
    const { get } = setup({ vary: ['Accept-Language'], staleWhileRevalidate: 30 })
    const first = await get('/page', { 'accept-language': 'de' })
    const etag = first.headers.get('etag')!
    const notModified = await get('/page', { 'accept-language': 'de', 'if-none-match': etag })
    expect(notModified.status).toBe(304)
    expect(notModified.body).toBe('')
    expect(notModified.headers.get('etag')).toBe(etag)
    expect(notModified.headers.get('vary')).toBe('accept-language')
    expect(notModified.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=30')
  })
})
