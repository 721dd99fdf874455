import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, readPage, TEST_PASSWORD, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * The sign-up, log-in and log-out forms, posted as a browser posts them. Before sign-in the forms are
 * protected by a double-submit cookie (`rs_csrf` must equal the `_csrf` field); after it by the
 * session's token.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const browser = () => createBrowser(t.app)

/** A browser that has loaded `path` (so it holds the form token cookie) and the form's fields. */
const openForm = async (path: string) => {
  const visitor = browser()
  const res = await visitor.page(path)
  expect(res.status).toBe(200)
  return { visitor, page: await readPage(res), res }
}

const sessionCookieLine = (res: Response) => res.headers.getSetCookie().find((line) => line.startsWith('rs_session='))

describe('GET /login and /signup', () => {
  test('sets the pre-session form token cookie and renders the same token in the form', async () => {
    const { visitor, page, res } = await openForm('/login')
    const line = res.headers.getSetCookie().find((header) => header.startsWith('rs_csrf='))!
    const cookie = Bun.Cookie.parse(line)
    expect([cookie.httpOnly, cookie.sameSite, cookie.path]).toEqual([true, 'lax', '/'])
    expect(cookie.value).toMatch(/^[\w-]{43}$/)
    expect(page.field('_csrf')).toBe(cookie.value)
    expect(visitor.cookie('rs_csrf')).toBe(cookie.value)
    expect(page.document.querySelector('form')?.getAttribute('action')).toBe('/login')
    expect(page.field('next')).toBe('/')

    // The next visit keeps the token it has: no new cookie.
    const again = await visitor.page('/signup')
    expect(again.headers.getSetCookie().some((header) => header.startsWith('rs_csrf='))).toBe(false)
    expect((await readPage(again)).field('_csrf')).toBe(cookie.value)
  })

  test('a page that hands out a form token is private: no shared cache may give it to someone else', async () => {
    const { res } = await openForm('/signup')
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
  })

  test('a draft from the home page rides through sign-up', async () => {
    const { page } = await openForm('/signup?prompt=A%20bakery%20ad&style=noir&durationSec=45&evil=1')
    expect(page.field('next')).toBe('/?prompt=A+bakery+ad&style=noir&durationSec=45')
  })
})

describe('POST /signup', () => {
  test('creates the account and redirects (303) to `next` with a session cookie', async () => {
    const { visitor } = await openForm('/signup')
    const res = await visitor.form('/signup', { email: uniqueEmail('form'), password: TEST_PASSWORD, language: 'es', next: '/gallery' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/gallery')
    const cookie = Bun.Cookie.parse(sessionCookieLine(res)!)
    expect([cookie.httpOnly, cookie.sameSite, cookie.path, cookie.secure]).toEqual([true, 'lax', '/', false])
    const home = await visitor.page('/')
    expect(home.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(home)
    expect(page.document.documentElement.getAttribute('lang')).toBe('es')
    expect(page.document.querySelector('nav a[href="/account"]')).not.toBeNull()
  })

  test('invalid fields: 422, the form again with the email kept (never the password) and each error shown', async () => {
    const { visitor } = await openForm('/signup')
    const res = await visitor.form('/signup', { email: 'not-an-email', password: 'short', next: '/videos' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.field('email')).toBe('not-an-email')
    expect(page.field('password')).toBe('')
    expect(page.html).not.toContain('value="short"')
    expect(page.text('#email-error')).not.toBe('')
    expect(page.text('#password-error')).toBe('Use at least 10 characters.')
    expect(page.field('next')).toBe('/videos')
    expect(sessionCookieLine(res)).toBeUndefined()
  })

  test('a taken email: 409 with a message, and no session', async () => {
    const email = uniqueEmail('taken')
    await browser().signUp(email)
    const { visitor } = await openForm('/signup')
    const res = await visitor.form('/signup', { email, password: TEST_PASSWORD })
    expect(res.status).toBe(409)
    expect((await readPage(res)).text('.notice-error')).toContain('already has an account')
    expect(sessionCookieLine(res)).toBeUndefined()
  })

  test('CSRF: no token, a token without its cookie, another visitor’s token, or a cross-site post are 403 and create nothing', async () => {
    const email = uniqueEmail('forged')
    const { visitor } = await openForm('/signup')
    const other = (await openForm('/signup')).visitor
    const attempts = [
      visitor.form('/signup', { email, password: TEST_PASSWORD, _csrf: '' }),
      browser().form('/signup', { email, password: TEST_PASSWORD, _csrf: visitor.cookie('rs_csrf')! }),
      visitor.form('/signup', { email, password: TEST_PASSWORD, _csrf: other.cookie('rs_csrf')! }),
      visitor.form('/signup', { email, password: TEST_PASSWORD }, { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
      visitor.form('/signup', { email, password: TEST_PASSWORD }, { browserHeaders: false, headers: { Origin: 'https://evil.example' } }),
    ]
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(sessionCookieLine(res)).toBeUndefined()
    }
    // The address is still free.
    expect((await visitor.form('/signup', { email, password: TEST_PASSWORD })).status).toBe(303)
  })
})

describe('POST /login', () => {
  let email: string
  beforeAll(async () => {
    email = uniqueEmail('returning')
    await browser().signUp(email)
  })

  test('the right password: 303 to a safe `next`, with a session', async () => {
    const { visitor } = await openForm('/login')
    const res = await visitor.form('/login', { email, password: TEST_PASSWORD, next: '/videos?page=2' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/videos?page=2')
    expect(sessionCookieLine(res)).toBeDefined()
    // Signed in, the login page sends people on.
    const again = await visitor.page('/login?next=/account')
    expect([again.status, again.headers.get('Location')]).toEqual([303, '/account'])
  })

  test('a bad password: 401, the form again with the email kept and a message, no session', async () => {
    const { visitor } = await openForm('/login')
    const res = await visitor.form('/login', { email, password: 'not my password' })
    expect(res.status).toBe(401)
    const page = await readPage(res)
    expect(page.text('.notice-error')).toBe('Email or password is not right.')
    expect(page.field('email')).toBe(email)
    expect(page.html).not.toContain('not my password')
    expect(sessionCookieLine(res)).toBeUndefined()
  })

  test('too many attempts: 429 page with Retry-After', async () => {
    const { visitor } = await openForm('/login')
    for (let i = 0; i < 10; i++)
      expect((await visitor.form('/login', { email: uniqueEmail('guess'), password: `guess ${i}` })).status).toBe(401)
    const res = await visitor.form('/login', { email, password: TEST_PASSWORD })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await readPage(res)).text('.notice-error')).toContain('Too many attempts')
    expect(sessionCookieLine(res)).toBeUndefined()
  })
})

describe('POST /logout', () => {
  test('ends the session on the server and redirects home; the old cookie no longer opens anything', async () => {
    const person = browser()
    await person.signUp()
    const stolen = person.cookie('rs_session')!
    expect((await person.page('/account')).status).toBe(200)

    const res = await person.form('/logout', {})
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/'])
    expect(Bun.Cookie.parse(sessionCookieLine(res)!).maxAge).toBe(0)

    const replay = browser()
    replay.setCookie('rs_session', stolen)
    const account = await replay.page('/account')
    expect([account.status, account.headers.get('Location')]).toEqual([303, '/login?next=%2Faccount'])
  })

  test('without the session’s token it is refused (403) and the session stays', async () => {
    const person = browser()
    await person.signUp()
    expect((await person.form('/logout', { _csrf: 'not-the-token' })).status).toBe(403)
    expect((await person.page('/account')).status).toBe(200)
  })
})

describe('behind a TLS proxy (trustProxy)', () => {
  let proxied: TestApp
  beforeAll(async () => {
    proxied = await createTestApp({ trustProxy: true })
  })
  afterAll(() => proxied.close())

  test('the form token cookie and the session cookie from the sign-up form are __Host- and Secure', async () => {
    const visitor = createBrowser(proxied.app, { origin: 'https://reelsmith.example' })
    const form = await visitor.page('/signup')
    const formToken = Bun.Cookie.parse(form.headers.getSetCookie().find((line) => line.startsWith('__Host-rs_csrf='))!)
    expect([formToken.secure, formToken.httpOnly, formToken.sameSite, formToken.path, Boolean(formToken.domain)]).toEqual([
      true,
      true,
      'lax',
      '/',
      false,
    ])
    const res = await visitor.form('/signup', { email: uniqueEmail('secure'), password: TEST_PASSWORD })
    expect(res.status).toBe(303)
    expect(sessionCookieLine(res)).toBeUndefined()
    const session = Bun.Cookie.parse(res.headers.getSetCookie().find((line) => line.startsWith('__Host-rs_session='))!)
    expect([session.secure, session.httpOnly, session.sameSite, session.path, Boolean(session.domain)]).toEqual([
      true,
      true,
      'lax',
      '/',
      false,
    ])
  })
})
