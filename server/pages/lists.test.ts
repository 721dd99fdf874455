import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, readPage, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** The home page, the gallery and "my videos": who sees which videos, and how the pages may be cached. */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
let published: VideoJson
let hidden: VideoJson

beforeAll(async () => {
  t = await createTestApp()
  ;[ada, bob, anon] = [createBrowser(t.app), createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp()
  await bob.signUp()
  published = await waitForVideo(ada, (await createVideo(ada, { prompt: 'A public film about lighthouses' })).id)
  hidden = await waitForVideo(ada, (await createVideo(ada, { prompt: 'A private diary about tomatoes' })).id)
  expect((await ada.form(`/videos/${published.id}/visibility`, { visibility: 'public' })).status).toBe(303)
})
afterAll(() => t.close())

type Page = Awaited<ReturnType<typeof readPage>>
/** The ids of the video cards a page lists. */
const cardIds = (page: Page) =>
  [...page.document.querySelectorAll('.video-grid a.video-card-link')].map((link) => link.getAttribute('href')!.split('/').pop())
const linkedIds = async (res: Response) => cardIds(await readPage(res))

describe('GET /gallery', () => {
  test('shows public, ready videos to everyone, never private ones; lazy covers with their size', async () => {
    for (const browser of [anon, bob, ada]) {
      const ids = await linkedIds(await browser.page('/gallery'))
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(hidden.id)
    }
    const page = await readPage(await anon.page('/gallery'))
    const cover = page.document.querySelector(`a[href="/videos/${published.id}"] img`)!
    expect(cover.getAttribute('src')).toBe(published.coverUrl!)
    expect([cover.getAttribute('loading'), cover.getAttribute('decoding')]).toEqual(['lazy', 'async'])
    expect(Number(cover.getAttribute('width'))).toBeGreaterThan(0)
  })

  test('anonymous: cacheable (no-cache, not private), no cookie; signed in: private', async () => {
    const res = await anon.page('/gallery')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    // Shared by every anonymous visitor, per encoding and language; `no-cache` makes any shared cache
    // revalidate, and a request with a session cookie gets its own private page.
    expect(res.headers.get('Vary')?.toLowerCase()).toBe('accept-encoding, accept-language')
    expect(res.headers.getSetCookie()).toEqual([])
    const signedIn = await bob.page('/gallery')
    expect(signedIn.headers.get('Cache-Control')).toBe('private, no-cache')
    expect(signedIn.headers.get('Vary')).toContain('Cookie')
  })

  test('an empty page past the end and a nonsense page number still render', async () => {
    expect((await anon.page('/gallery?page=999')).status).toBe(200)
    expect(await linkedIds(await anon.page('/gallery?page=999'))).toEqual([])
    expect(await linkedIds(await anon.page('/gallery?page=abc'))).toContain(published.id)
  })
})

describe('GET / (home)', () => {
  test('lists recent public videos; anonymous visitors get a GET form that carries the draft to sign-up', async () => {
    const res = await anon.page('/')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    const page = await readPage(res)
    expect(cardIds(page)).toEqual([published.id])
    const form = page.document.querySelector('form.create-form')!
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['get', '/signup'])
    expect(page.field('_csrf', 'form.create-form')).toBeUndefined()
  })

  test('signed in, the form posts to /videos with the session’s token, privately', async () => {
    const res = await ada.page('/')
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(res)
    const form = page.document.querySelector('form.create-form')!
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['post', '/videos'])
    expect(page.field('_csrf', 'form.create-form')).toBe(ada.csrfToken!)
  })

  test('a draft in the query fills the form (escaped)', async () => {
    const page = await readPage(await ada.page(`/?prompt=${encodeURIComponent('<b>bold</b> idea')}&style=retro`))
    expect(page.field('prompt')).toBe('<b>bold</b> idea')
    expect(page.html).not.toContain('<b>bold</b>')
    expect(page.document.querySelector('select[name="style"] option[selected]')?.getAttribute('value')).toBe('retro')
  })
})

describe('GET /videos (mine)', () => {
  test('lists all my videos with their status and visibility, and none of anyone else’s', async () => {
    const mine = await linkedIds(await ada.page('/videos'))
    expect(mine).toEqual(expect.arrayContaining([published.id, hidden.id]))
    expect(await linkedIds(await bob.page('/videos'))).toEqual([])
    const page = await readPage(await ada.page('/videos'))
    expect(page.document.querySelectorAll('.video-card .badge').length).toBeGreaterThanOrEqual(4)
  })

  test('is private; anonymous people are sent to sign in', async () => {
    expect((await ada.page('/videos')).headers.get('Cache-Control')).toBe('private, no-cache')
    const res = await anon.page('/videos?page=2')
    expect([res.status, res.headers.get('Location')]).toEqual([303, `/login?next=${encodeURIComponent('/videos?page=2')}`])
  })
})

describe('unknown pages', () => {
  test('a browser gets the 404 page in HTML; anything else problem+json', async () => {
    const page = await anon.page('/no-such-page')
    expect([page.status, page.headers.get('Content-Type')]).toEqual([404, 'text/html; charset=utf-8'])
    const data = await anon.request('/no-such-page')
    expect([data.status, data.headers.get('Content-Type')]).toEqual([404, 'application/problem+json'])
  })
})
