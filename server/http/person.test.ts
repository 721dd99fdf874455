import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { ANONYMOUS_PERSON, PERSON_HEADER } from '../../sw/protocol.ts'
import { createBrowser, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { personMarker } from './person.ts'

/** The person header on pages: whose page it is, for the service worker; never one person's marker to another. */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser

beforeAll(async () => {
  t = await createTestApp()
  ;[ada, bob, anon] = [createBrowser(t.app), createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp()
  await bob.signUp()
})
afterAll(() => t.close())

const personOn = async (browser: Browser, path: string, headers: Record<string, string> = {}) => {
  const res = await browser.page(path, { headers })
  return { status: res.status, person: res.headers.get(PERSON_HEADER), cache: res.headers.get('X-Cache'), etag: res.headers.get('ETag') }
}

describe('personMarker', () => {
  test('anon without a session; an opaque, stable marker per session; nothing when the session was never resolved', () => {
    const marker = personMarker({ csrfToken: 'token-of-one-session' })
    expect(marker).toMatch(/^[\w-]{22}$/)
    expect(marker).not.toContain('token')
    expect(personMarker({ csrfToken: 'token-of-one-session' })).toBe(marker)
    expect(personMarker({ csrfToken: 'token-of-another-session' })).not.toBe(marker)
    expect(personMarker(null)).toBe(ANONYMOUS_PERSON)
    expect(personMarker(undefined)).toBeUndefined()
  })
})

describe('the person header on pages', () => {
  test('each signed-in person’s pages carry their own marker, the same on every page of the session', async () => {
    const adaHome = await personOn(ada, '/')
    const bobHome = await personOn(bob, '/')
    expect(adaHome.person).toMatch(/^[\w-]{22}$/)
    expect(bobHome.person).toMatch(/^[\w-]{22}$/)
    expect(adaHome.person).not.toBe(bobHome.person)
    expect((await personOn(ada, '/videos')).person).toBe(adaHome.person)
    expect((await personOn(ada, '/no-such-page')).person).toBe(adaHome.person)
  })

  test('anonymous pages say anon, from the page cache too, and a signed-in request never gets the cached anon copy', async () => {
    const first = await personOn(anon, '/gallery')
    const second = await personOn(anon, '/gallery')
    expect([first.person, second.person]).toEqual([ANONYMOUS_PERSON, ANONYMOUS_PERSON])
    expect(second.cache).toBe('HIT')
    const adaGallery = await personOn(ada, '/gallery')
    expect(adaGallery.person).not.toBe(ANONYMOUS_PERSON)
    expect(adaGallery.person).toBe((await personOn(ada, '/')).person)
    // And the other way round: ada's visit left nothing that anonymous visitors are served.
    expect((await personOn(anon, '/gallery')).person).toBe(ANONYMOUS_PERSON)
  })

  test('a 304 says whose page it is too, and an error page for anonymous says anon', async () => {
    const page = await personOn(ada, '/videos')
    const revalidated = await personOn(ada, '/videos', { 'If-None-Match': page.etag! })
    expect([revalidated.status, revalidated.person]).toEqual([304, page.person])
    expect(await personOn(anon, '/videos/AAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ status: 404, person: ANONYMOUS_PERSON })
  })

  test('after sign-out the same browser’s pages say anon; a new session gets a new marker', async () => {
    const carol = createBrowser(t.app)
    const email = (await carol.signUp()).email
    const before = (await personOn(carol, '/')).person
    expect((await carol.json('POST', '/api/auth/logout')).status).toBeLessThan(300)
    carol.clear()
    expect((await personOn(carol, '/')).person).toBe(ANONYMOUS_PERSON)
    await carol.logIn(email)
    const after = (await personOn(carol, '/')).person
    expect(after).not.toBe(ANONYMOUS_PERSON)
    expect(after).not.toBe(before)
  })
})
