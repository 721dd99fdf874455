import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, readPage, TEST_PASSWORD, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** GET /account and its two forms: language and password. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const signedIn = async (email = uniqueEmail('account')) => {
  const person = createBrowser(t.app)
  await person.signUp(email)
  return person
}

describe('GET /account', () => {
  test('shows who is signed in and their usage, privately', async () => {
    const person = await signedIn()
    const res = await person.page('/account')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(res)
    expect(page.html).toContain(person.user.email)
    expect(page.field('_csrf', 'form[action="/account/language"]')).toBe(person.csrfToken!)
    expect(page.document.querySelectorAll('.stats dd')).toHaveLength(3)
  })

  test('anonymous people are sent to sign in, and come back', async () => {
    const res = await createBrowser(t.app).page('/account')
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/login?next=%2Faccount'])
  })
})

describe('POST /account/language', () => {
  test('saves, redirects (303) with a notice, and the next page is in the new language', async () => {
    const person = await signedIn()
    const res = await person.form('/account/language', { language: 'de' })
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/account?saved=1'])
    const page = await readPage(await person.page('/account?saved=1'))
    expect(page.document.documentElement.getAttribute('lang')).toBe('de')
    expect(page.document.querySelector('select[name="language"] option[selected]')?.getAttribute('value')).toBe('de')
    expect(page.document.querySelector('.notice-ok')).not.toBeNull()
  })

  test('an unknown language is 422 and changes nothing; a missing token is 403', async () => {
    const person = await signedIn()
    const res = await person.form('/account/language', { language: 'tlh' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.text('#language-error')).not.toBe('')
    expect(page.document.querySelector('#language')?.getAttribute('aria-describedby')).toContain('language-error')
    expect((await person.form('/account/language', { language: 'fr', _csrf: 'nope' })).status).toBe(403)
    expect((await readPage(await person.page('/account'))).document.documentElement.getAttribute('lang')).toBe('en')
  })
})

describe('POST /account/password', () => {
  test('a wrong current password is 403 with the error beside the field', async () => {
    const person = await signedIn()
    const res = await person.form('/account/password', { currentPassword: 'wrong password', newPassword: 'a new long password' })
    expect(res.status).toBe(403)
    const page = await readPage(res)
    expect(page.text('#currentPassword-error')).toBe('The current password is not right.')
    expect(page.html).not.toContain('a new long password')
  })

  test('a too-short new password is 422', async () => {
    const person = await signedIn()
    const res = await person.form('/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' })
    expect(res.status).toBe(422)
    expect((await readPage(res)).text('#newPassword-error')).toBe('Use at least 10 characters.')
  })

  test('changing it keeps this session, ends the others, and only the new password logs in', async () => {
    const email = uniqueEmail('changer')
    const here = await signedIn(email)
    const elsewhere = createBrowser(t.app)
    await elsewhere.logIn(email)
    const res = await here.form('/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'my new long password' })
    expect(res.status).toBe(200)
    expect((await readPage(res)).text('.notice-ok')).toContain('Password changed')
    expect((await here.page('/account')).status).toBe(200)
    expect((await elsewhere.page('/account')).status).toBe(303)
    expect((await createBrowser(t.app).json('POST', '/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(401)
    expect((await createBrowser(t.app).json('POST', '/api/auth/login', { email, password: 'my new long password' })).status).toBe(200)
  })

  test('guessing the current password is rate-limited (429)', async () => {
    const person = await signedIn()
    for (let i = 0; i < 10; i++)
      await person.form('/account/password', { currentPassword: `guess ${i}`, newPassword: 'a new long password' })
    const res = await person.form('/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' })
    expect(res.status).toBe(429)
    expect((await readPage(res)).text('.notice-error')).toContain('Too many attempts')
  })
})
