import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, TEST_PASSWORD, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * Security headers and cookie names in both modes: plain HTTP (no TRUST_PROXY) and behind a TLS
 * proxy (TRUST_PROXY, with and without HSTS_INCLUDE_SUBDOMAINS). Exact values, on a dynamic page, a
 * cached page (miss and front-door hit), JSON and a 404.
 */

const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=(), fullscreen=(self), autoplay=(self)'

const MODES = [
  { name: 'plain HTTP', overrides: { trustProxy: false }, origin: 'http://localhost', hsts: null, cookiePrefix: '' },
  {
    name: 'behind TLS',
    overrides: { trustProxy: true },
    origin: 'https://reelsmith.example',
    hsts: 'max-age=15552000',
    cookiePrefix: '__Host-',
  },
  {
    name: 'behind TLS, subdomains included',
    overrides: { trustProxy: true, hstsIncludeSubdomains: true },
    origin: 'https://reelsmith.example',
    hsts: 'max-age=15552000; includeSubDomains',
    cookiePrefix: '__Host-',
  },
] as const

describe.each(MODES)('$name', ({ overrides, origin, hsts, cookiePrefix }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(overrides)
  })
  afterAll(() => t.close())

  const frameAndFeatures = (res: Response) => ({
    hsts: res.headers.get('Strict-Transport-Security'),
    frameOptions: res.headers.get('X-Frame-Options'),
    frameAncestors: /(?:^|; )frame-ancestors ([^;]+)/.exec(res.headers.get('Content-Security-Policy') ?? '')?.[1],
    permissions: res.headers.get('Permissions-Policy'),
  })
  const expected = { hsts, frameOptions: 'DENY', frameAncestors: "'none'", permissions: PERMISSIONS_POLICY }

  test('the same exact headers on a form page, a cached page (miss, then front-door hit), JSON and a 404', async () => {
    const get = (path: string, headers: Record<string, string> = {}) => t.app.fetch(new Request(`${origin}${path}`, { headers }))
    const responses = {
      login: await get('/login', { Accept: 'text/html' }),
      homeMiss: await get('/', { Accept: 'text/html' }),
      homeHit: await get('/', { Accept: 'text/html' }),
      healthz: await get('/healthz'),
      notFound: await get('/no-such-page', { Accept: 'text/html' }),
    }
    expect(responses.homeHit.headers.get('X-Cache')).toBe('HIT')
    for (const [name, res] of Object.entries(responses)) expect([name, frameAndFeatures(res)]).toEqual([name, expected])
  })

  test(`cookies are named ${cookiePrefix || 'without a prefix'}…, and a session works under that name only`, async () => {
    const visitor = createBrowser(t.app, { origin })
    const form = await visitor.page('/signup')
    expect(form.headers.getSetCookie().map((line) => line.split('=')[0])).toEqual([`${cookiePrefix}rs_csrf`])
    const signedUp = await visitor.form('/signup', { email: uniqueEmail('cookies'), password: TEST_PASSWORD })
    expect(signedUp.status).toBe(303)
    expect(signedUp.headers.getSetCookie().map((line) => line.split('=')[0])).toEqual([`${cookiePrefix}rs_session`])
    const token = visitor.cookie(`${cookiePrefix}rs_session`)!
    expect((await visitor.page('/account')).status).toBe(200)

    // The token under the other mode's name signs nobody in.
    const otherName = cookiePrefix ? 'rs_session' : '__Host-rs_session'
    const planted = createBrowser(t.app, { origin })
    planted.setCookie(otherName, token)
    expect((await planted.page('/account')).status).toBe(303)

    const leaving = createBrowser(t.app, { origin })
    await leaving.signUp()
    const loggedOut = await leaving.form('/logout', {})
    const cleared = Bun.Cookie.parse(loggedOut.headers.getSetCookie().find((line) => line.startsWith(`${cookiePrefix}rs_session=`))!)
    expect(cleared.maxAge).toBe(0)
  })

  test('a signed-in request (session cookie under this mode’s name) is never answered from the shared page cache', async () => {
    const home = () => new Request(`${origin}/`, { headers: { Accept: 'text/html' } })
    await t.app.fetch(home())
    expect((await t.app.fetch(home())).headers.get('X-Cache')).toBe('HIT')
    const person = createBrowser(t.app, { origin })
    await person.signUp()
    const request = home()
    request.headers.set('Cookie', `theme=dark; ${cookiePrefix}rs_session=${person.cookie(`${cookiePrefix}rs_session`)}`)
    const signedIn = await t.app.fetch(request)
    expect([signedIn.status, signedIn.headers.get('Cache-Control'), signedIn.headers.get('X-Cache')]).toEqual([
      200,
      'private, no-cache',
      'MISS',
    ])
    expect(await signedIn.text()).toContain('href="/account"')
    expect(await (await t.app.fetch(home())).text()).not.toContain('href="/account"')
  })
})
