/**
 * A session that ends without the sign-out form (its cookie cleared, or revoked from another
 * device by a password change), in Chromium against the compiled binary: the next page from the
 * network tells the service worker the person is gone, and the private page and its posters are no
 * longer served from the worker's caches offline. Needs `bun run build` first.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createBrowser, TEST_PASSWORD } from '../server/testing/http-client.ts'
import { CACHES } from '../sw/caches.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'
import { cachedPaths, signUp, waitForCaches, waitForController } from './offline-helpers.ts'

const chromiumExecutable = chromiumForTests()
const WAIT_MS = 15_000
const TEST_MS = 60_000

describe.skipIf(!chromiumExecutable)('the worker’s caches when a session ends without the sign-out form', () => {
  let server: RunningBinary
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    server = await startBinary()
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
  }, 30_000)
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })
  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  }, 30_000)

  /** The page's errors, but for the poster fetches that are meant to fail offline. */
  const unexpected = (errors: string[], posters: string[]) =>
    errors.filter((error) => !(error.includes('net::ERR_FAILED') && posters.some((poster) => error.includes(poster))))

  const openPage = async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    contexts.push(context)
    context.setDefaultTimeout(WAIT_MS)
    const page = await context.newPage()
    return { context, page, errors: collectPageErrors(page).errors }
  }

  /**
   * Signed in, a private video created and visited with all its posters, and the worker holding
   * that page and those posters: the precondition of every test here.
   */
  const privateVideoInCaches = async (page: Page) => {
    const email = await signUp(page, server.url)
    await waitForController(page)
    await page.goto(`${server.url}/`)
    await page.fill('#prompt', `A private letter to a lighthouse ${Date.now()}`)
    await page.getByRole('button', { name: 'Create video' }).click()
    await page.waitForURL(/\/videos\/[\w-]+$/)
    await page.locator('.player-section').waitFor({ timeout: 30_000 })
    const videoPath = new URL(page.url()).pathname
    const posters = await page
      .locator('.scene-list img')
      .evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).src).pathname))
    for (const img of await page.locator('.scene-list img').all()) await img.scrollIntoViewIfNeeded()
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.scene-list img')].every((img) => img.complete && img.naturalWidth > 0),
    )
    await page.goto(`${server.url}/videos`)
    await waitForCaches(
      page,
      (entries) =>
        cachedPaths(entries, CACHES.pages.name).includes(videoPath) &&
        posters.every((poster) => cachedPaths(entries, CACHES.posters.name).includes(poster)),
      'the private video page and its posters',
    )
    expect(posters.length).toBeGreaterThan(0)
    return { email, videoPath, posters }
  }

  /** One online page after the session ended, then offline: neither the private page nor a poster comes from the worker. */
  const expectGoneOffline = async (context: BrowserContext, page: Page, videoPath: string, posters: string[]) => {
    const home = await page.goto(`${server.url}/`)
    expect(home?.status()).toBe(200)
    await page.getByRole('link', { name: 'Sign in' }).waitFor()
    await waitForCaches(
      page,
      (entries) => !cachedPaths(entries, CACHES.pages.name).includes(videoPath) && cachedPaths(entries, CACHES.posters.name).length === 0,
      'the private page and posters gone',
    )

    await context.setOffline(true)
    const offline = await page.goto(`${server.url}${videoPath}`)
    expect(offline?.fromServiceWorker()).toBe(true)
    expect(await page.locator('h1:visible').textContent()).toBe('You are offline')
    const served = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url).then(
              (response) => response.status,
              () => 'failed',
            ),
          ),
        ),
      posters,
    )
    expect(served).toEqual(posters.map(() => 'failed'))
  }

  test(
    'the session cookie cleared (expired, or deleted by the browser): the next page empties the person’s caches',
    async () => {
      const { context, page, errors } = await openPage()
      const { videoPath, posters } = await privateVideoInCaches(page)
      await context.clearCookies()
      await expectGoneOffline(context, page, videoPath, posters)
      expect(unexpected(errors, posters)).toEqual([])
    },
    TEST_MS,
  )

  test(
    'the session revoked elsewhere (a password change on another device): the same',
    async () => {
      const { context, page, errors } = await openPage()
      const { email, videoPath, posters } = await privateVideoInCaches(page)
      const otherDevice = createBrowser((request) => fetch(request), { origin: server.url })
      await otherDevice.logIn(email)
      const changed = await otherDevice.json('POST', '/api/account/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: `${TEST_PASSWORD} again`,
      })
      expect(changed.status).toBe(204)
      await expectGoneOffline(context, page, videoPath, posters)
      expect(unexpected(errors, posters)).toEqual([])
    },
    TEST_MS,
  )

  test(
    'the same person’s next pages keep the caches: a page online, then the private page still works offline',
    async () => {
      const { context, page, errors } = await openPage()
      const { videoPath } = await privateVideoInCaches(page)
      await page.goto(`${server.url}/`)
      await waitForCaches(page, (entries) => cachedPaths(entries, CACHES.pages.name).includes('/'), 'the home page in the pages cache')
      await context.setOffline(true)
      const offline = await page.goto(`${server.url}${videoPath}`)
      expect(offline?.fromServiceWorker()).toBe(true)
      expect(await page.locator('h1:visible').textContent()).not.toBe('You are offline')
      expect(errors).toEqual([])
    },
    TEST_MS,
  )
})
