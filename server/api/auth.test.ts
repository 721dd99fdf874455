import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, TEST_PASSWORD, uniqueEmail, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { MAX_BODY_BYTES } from '../http/body.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const browser = () => createBrowser(t.app)

/** Every API error is problem+json with the status repeated in the body, never cached. */
const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  expect(res.headers.get('Cache-Control')).toBe('no-store')
  const body = (await res.json()) as { status: number; title: string; detail?: string; errors?: { path: string; message: string }[] }
  expect(body.status).toBe(status)
  expect(body.title.length).toBeGreaterThan(0)
  return body
}

const fieldsOf = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((error) => error.path)

const sessionCookieLine = (res: Response) => res.headers.getSetCookie().find((line) => line.startsWith('rs_session='))

describe('POST /api/auth/signup', () => {
  test('creates the account, starts a session and returns the CSRF token', async () => {
    const ada = browser()
    const email = uniqueEmail('Ada').replace('ada', 'ADA')
    const res = await ada.json('POST', '/api/auth/signup', { email: `  ${email}  `.trim(), password: TEST_PASSWORD, language: 'fr' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { user: { id: string; email: string; language: string }; csrfToken: string }
    expect(body.user).toEqual({ id: expect.any(String), email: email.toLowerCase(), language: 'fr' })
    expect(body.csrfToken).toMatch(/^[\w-]{32,}$/)
    expect(JSON.stringify(body)).not.toContain(TEST_PASSWORD)

    ada.csrfToken = body.csrfToken
    const me = await ada.json('GET', '/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.headers.get('Cache-Control')).toBe('private, no-store')
    expect(await me.json()).toEqual({ user: body.user, csrfToken: body.csrfToken })
  })

  test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and not Secure without a TLS proxy', async () => {
    const res = await browser().json('POST', '/api/auth/signup', { email: uniqueEmail(), password: TEST_PASSWORD })
    const cookie = Bun.Cookie.parse(sessionCookieLine(res)!)
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('lax')
    expect(cookie.path).toBe('/')
    expect(cookie.secure).toBe(false)
    expect(cookie.value).toMatch(/^[\w-]{40,}$/)
    expect(cookie.maxAge).toBe(30 * 24 * 3600)
  })

  test('an email that already has an account (in any case) is a 409 naming the field', async () => {
    const email = uniqueEmail('grace')
    await browser().signUp(email)
    const body = await expectProblem(
      await browser().json('POST', '/api/auth/signup', { email: email.toUpperCase(), password: TEST_PASSWORD }),
      409,
    )
    expect(fieldsOf(body)).toEqual(['email'])
  })

  test('wrong types and missing or invalid fields are 422 with errors[] naming each field', async () => {
    const cases: [unknown, string[]][] = [
      [{ password: TEST_PASSWORD }, ['email']],
      [{ email: 'not-an-email', password: TEST_PASSWORD }, ['email']],
      [{ email: 42, password: TEST_PASSWORD }, ['email']],
      [{ email: uniqueEmail(), password: 'short' }, ['password']],
      [{ email: uniqueEmail(), password: 1234567890123 }, ['password']],
      [{ email: uniqueEmail(), password: TEST_PASSWORD, language: 'klingon' }, ['language']],
      [{ email: uniqueEmail(), password: 'x'.repeat(201) }, ['password']],
    ]
    for (const [input, fields] of cases) {
      const body = await expectProblem(await browser().json('POST', '/api/auth/signup', input), 422)
      expect(fieldsOf(body)).toEqual(fields)
      expect(body.errors!.every((error) => typeof error === 'object' && (error as { message: string }).message.length > 0)).toBe(true)
    }
    expect(fieldsOf(await expectProblem(await browser().json('POST', '/api/auth/signup', []), 422))).toEqual([''])
  })

  test('malformed JSON is 400, another content type 415, a body over the limit 413: and nothing is created', async () => {
    const email = uniqueEmail('careful')
    await expectProblem(await browser().json('POST', '/api/auth/signup', `{"email":"${email}","password":`), 400)
    await expectProblem(
      await browser().request('/api/auth/signup', {
        method: 'POST',
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
        headers: { 'Content-Type': 'text/plain' },
      }),
      415,
    )
    await expectProblem(
      await browser().json('POST', '/api/auth/signup', { email, password: TEST_PASSWORD, padding: 'x'.repeat(MAX_BODY_BYTES) }),
      413,
    )
    // None of them half-created the account: the address is still free.
    expect((await browser().json('POST', '/api/auth/signup', { email, password: TEST_PASSWORD })).status).toBe(201)
  })
})

describe('POST /api/auth/login', () => {
  let email: string
  beforeAll(async () => {
    email = uniqueEmail('linus')
    await browser().signUp(email)
  })

  test('the right password starts a new session (a new cookie every time)', async () => {
    const first = browser()
    const second = browser()
    await first.logIn(email)
    await second.logIn(email.toUpperCase())
    expect(first.cookie('rs_session')).toBeDefined()
    expect(first.cookie('rs_session')).not.toBe(second.cookie('rs_session'))
    expect(first.user.email).toBe(email)
    expect((await first.json('GET', '/api/auth/me')).status).toBe(200)
  })

  test('a wrong password and an unknown email get the same 401, and no cookie', async () => {
    const wrong = await browser().json('POST', '/api/auth/login', { email, password: 'not the password' })
    const unknown = await browser().json('POST', '/api/auth/login', { email: uniqueEmail('nobody'), password: TEST_PASSWORD })
    expect(sessionCookieLine(wrong)).toBeUndefined()
    const [a, b] = [await expectProblem(wrong, 401), await expectProblem(unknown, 401)]
    expect(a.detail).toBe(b.detail!)
  })

  test('bad inputs: 422 naming the field, 400 for broken JSON, 415 for text, and a tokenless form is refused', async () => {
    expect(fieldsOf(await expectProblem(await browser().json('POST', '/api/auth/login', { email }), 422))).toEqual(['password'])
    expect(fieldsOf(await expectProblem(await browser().json('POST', '/api/auth/login', { email: 'x', password: 'y' }), 422))).toEqual([
      'email',
    ])
    await expectProblem(await browser().json('POST', '/api/auth/login', '{'), 400)
    const asText = { method: 'POST', body: JSON.stringify({ email, password: TEST_PASSWORD }), headers: { 'Content-Type': 'text/plain' } }
    await expectProblem(await browser().request('/api/auth/login', asText), 415)
    // A form (what a cross-site page can post without a preflight) carries no double-submit token here.
    await expectProblem(
      await browser().request('/api/auth/login', { method: 'POST', body: new URLSearchParams({ email, password: TEST_PASSWORD }) }),
      403,
    )
  })

  test('after 10 attempts from one address the 11th is 429 with Retry-After, even with the right password', async () => {
    const attacker = browser()
    for (let i = 0; i < 10; i++) {
      expect((await attacker.json('POST', '/api/auth/login', { email: uniqueEmail('guess'), password: `guess number ${i}` })).status).toBe(
        401,
      )
    }
    const blocked = await attacker.json('POST', '/api/auth/login', { email, password: TEST_PASSWORD })
    const retryAfter = Number(blocked.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect((await expectProblem(blocked, 429)).detail).toContain(`${retryAfter} s`)
    expect(sessionCookieLine(blocked)).toBeUndefined()
    // Another address is not affected.
    expect((await browser().json('POST', '/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200)
  })

  test('one email guessed from many addresses is limited too, until the window has passed', async () => {
    const target = uniqueEmail('target')
    await browser().signUp(target)
    for (let i = 0; i < 10; i++) await browser().json('POST', '/api/auth/login', { email: target, password: `guess number ${i}` })
    const blocked = await browser().json('POST', '/api/auth/login', { email: target, password: TEST_PASSWORD })
    await expectProblem(blocked, 429)
    t.advance(15 * 60_000)
    expect((await browser().json('POST', '/api/auth/login', { email: target, password: TEST_PASSWORD })).status).toBe(200)
  })
})

describe('POST /api/auth/logout', () => {
  test('ends the session on the server: the old cookie no longer works anywhere', async () => {
    const ada = browser()
    await ada.signUp()
    const stolen = ada.cookie('rs_session')!
    expect((await ada.json('GET', '/api/auth/me')).status).toBe(200) // warms the session cache
    const res = await ada.json('POST', '/api/auth/logout')
    expect(res.status).toBe(204)
    const cleared = Bun.Cookie.parse(sessionCookieLine(res)!)
    expect(cleared.maxAge).toBe(0)
    expect(ada.cookie('rs_session')).toBeUndefined()

    const replay = browser()
    replay.setCookie('rs_session', stolen)
    await expectProblem(await replay.json('GET', '/api/auth/me'), 401)
    await expectProblem(await replay.json('GET', '/api/videos'), 401)
  })

  test('needs the CSRF token while signed in; anonymous logout is a harmless 204', async () => {
    const ada = browser()
    await ada.signUp()
    await expectProblem(await ada.json('POST', '/api/auth/logout', undefined, { headers: { 'X-CSRF-Token': 'forged' } }), 403)
    expect((await ada.json('GET', '/api/auth/me')).status).toBe(200)
    expect((await browser().json('POST', '/api/auth/logout')).status).toBe(204)
  })
})

describe('GET /api/auth/me', () => {
  test('is 401 without a session, and with a made-up cookie', async () => {
    const body = await expectProblem(await browser().json('GET', '/api/auth/me'), 401)
    expect(body.detail).toBe('Sign in first.')
    const forger = browser()
    forger.setCookie('rs_session', 'A'.repeat(43))
    await expectProblem(await forger.json('GET', '/api/auth/me'), 401)
  })
})

describe('CSRF on the JSON API', () => {
  let ada: Browser
  beforeAll(async () => {
    ada = browser()
    await ada.signUp()
  })
  const patchLanguage = (init: Parameters<Browser['json']>[3] = {}) => ada.json('PATCH', '/api/account', { language: 'de' }, init)

  test('a signed-in call without the token, or with another token, is 403 and changes nothing', async () => {
    await expectProblem(
      await ada.request('/api/account', {
        method: 'PATCH',
        body: JSON.stringify({ language: 'de' }),
        headers: { 'Content-Type': 'application/json' },
      }),
      403,
    )
    await expectProblem(await patchLanguage({ headers: { 'X-CSRF-Token': 'x'.repeat(43) } }), 403)
    const other = browser()
    await other.signUp()
    await expectProblem(await patchLanguage({ headers: { 'X-CSRF-Token': other.csrfToken! } }), 403)
    expect(((await (await ada.json('GET', '/api/auth/me')).json()) as { user: { language: string } }).user.language).toBe('en')
  })

  test('a cross-site request is 403 even with the right token: by Sec-Fetch-Site, by Origin, by Origin null', async () => {
    await expectProblem(await patchLanguage({ headers: { 'Sec-Fetch-Site': 'cross-site' } }), 403)
    await expectProblem(await patchLanguage({ headers: { 'Sec-Fetch-Site': 'same-site' } }), 403)
    await expectProblem(await patchLanguage({ browserHeaders: false, headers: { Origin: 'http://evil.example' } }), 403)
    await expectProblem(await patchLanguage({ browserHeaders: false, headers: { Origin: 'null' } }), 403)
    await expectProblem(await patchLanguage({ browserHeaders: false, headers: { Origin: 'http://localhost.evil.example' } }), 403)
  })

  test('a same-origin call with the token passes (and so does a client that sends no browser headers)', async () => {
    expect((await patchLanguage()).status).toBe(200)
    expect((await ada.json('PATCH', '/api/account', { language: 'en' }, { browserHeaders: false })).status).toBe(200)
  })
})

describe('/api/account', () => {
  test('PATCH changes the language, and the next request already sees it (user cache invalidated)', async () => {
    const ada = browser()
    await ada.signUp()
    expect(((await (await ada.json('GET', '/api/auth/me')).json()) as { user: { language: string } }).user.language).toBe('en')
    const res = await ada.json('PATCH', '/api/account', { language: 'pt' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { user: { language: string } }).user.language).toBe('pt')
    expect(((await (await ada.json('GET', '/api/auth/me')).json()) as { user: { language: string } }).user.language).toBe('pt')
  })

  test('PATCH with a bad language is 422 naming it; anonymous is 401', async () => {
    const ada = browser()
    await ada.signUp()
    expect(fieldsOf(await expectProblem(await ada.json('PATCH', '/api/account', { language: 'xx' }), 422))).toEqual(['language'])
    expect(fieldsOf(await expectProblem(await ada.json('PATCH', '/api/account', {}), 422))).toEqual(['language'])
    await expectProblem(await ada.json('PATCH', '/api/account', 'nope'), 400)
    await expectProblem(await browser().json('PATCH', '/api/account', { language: 'de' }), 401)
  })

  test('POST /password: the old password must be right; other sessions end, this one stays', async () => {
    const email = uniqueEmail('rotating')
    const laptop = browser()
    const phone = browser()
    await laptop.signUp(email)
    await phone.logIn(email)
    const newPassword = 'a brand new long password'

    expect(
      fieldsOf(
        await expectProblem(await laptop.json('POST', '/api/account/password', { currentPassword: 'wrong password', newPassword }), 403),
      ),
    ).toEqual(['currentPassword'])
    expect(
      fieldsOf(
        await expectProblem(
          await laptop.json('POST', '/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }),
          422,
        ),
      ),
    ).toEqual(['newPassword'])
    expect((await phone.json('GET', '/api/auth/me')).status).toBe(200)

    expect((await laptop.json('POST', '/api/account/password', { currentPassword: TEST_PASSWORD, newPassword })).status).toBe(204)
    expect((await laptop.json('GET', '/api/auth/me')).status).toBe(200)
    await expectProblem(await phone.json('GET', '/api/auth/me'), 401)
    await expectProblem(await browser().json('POST', '/api/auth/login', { email, password: TEST_PASSWORD }), 401)
    expect((await browser().json('POST', '/api/auth/login', { email, password: newPassword })).status).toBe(200)
  })

  test('POST /password anonymously is 401', async () => {
    await expectProblem(
      await browser().json('POST', '/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'whatever long enough' }),
      401,
    )
  })
})

describe('behind a TLS proxy (trustProxy)', () => {
  let proxied: TestApp
  beforeAll(async () => {
    // The login limit behind a proxy is tested in http/client-ip.test.ts.
    proxied = await createTestApp({ trustProxy: true })
  })
  afterAll(() => proxied.close())

  test('session cookies are __Host- and Secure (and still HttpOnly, SameSite=Lax, Path=/, no Domain)', async () => {
    const res = await createBrowser(proxied.app, { origin: 'https://reelsmith.example' }).json('POST', '/api/auth/signup', {
      email: uniqueEmail(),
      password: TEST_PASSWORD,
    })
    expect(res.status).toBe(201)
    expect(sessionCookieLine(res)).toBeUndefined()
    const cookie = Bun.Cookie.parse(res.headers.getSetCookie().find((line) => line.startsWith('__Host-rs_session='))!)
    expect([cookie.secure, cookie.httpOnly, cookie.sameSite, cookie.path, Boolean(cookie.domain)]).toEqual([true, true, 'lax', '/', false])
  })
})
