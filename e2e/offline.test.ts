/**
 * The service worker in Chromium, against the compiled binary: pages, videos and the player after
 * the network goes; the offline page; a video created offline, queued, then created exactly once;
 * sign-out leaving no personal data in the caches; expiration; installability. Each test opens a
 * fresh browser context (its own worker, caches and cookies). Needs `bun run build` first.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CACHES } from '../sw/caches.ts'
import { TO_WORKER } from '../sw/protocol.ts'
import {
  CHROMIUM_ARGS,
  chromiumForTests,
  collectPageErrors,
  launchBrowser,
  startBinary,
  waitForText,
  type RunningBinary,
} from './harness/index.ts'
import {
  cachedPaths,
  fakeAiEnv,
  type CachedEntry,
  listMyVideos,
  readCacheStorage,
  signUp,
  startSlowFakeAi,
  waitForCaches,
  waitForController,
} from './offline-helpers.ts'

const chromiumExecutable = chromiumForTests()
const WAIT_MS = 15_000
const TEST_MS = 60_000
/** The fake AI's pause: long enough for the progress bar to be seen. */
const AI_DELAY_MS = 1500

describe.skipIf(!chromiumExecutable)('offline, with the service worker, in Chromium', () => {
  let fakeAi: ReturnType<typeof startSlowFakeAi>
  let server: RunningBinary
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    fakeAi = startSlowFakeAi(AI_DELAY_MS)
    server = await startBinary({ env: fakeAiEnv(fakeAi.baseUrl) })
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
      await fakeAi?.stop()
    }
  }, 30_000)

  const openPage = async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    contexts.push(context)
    context.setDefaultTimeout(WAIT_MS)
    const page = await context.newPage()
    return { context, page, errors: collectPageErrors(page).errors }
  }

  /** Describes a 10-second video on the home page and submits it. */
  const submitVideo = async (page: Page, prompt: string) => {
    await page.fill('#prompt', prompt)
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Shorter' }).click()
    await waitForText(page.locator('rs-island[name="DurationPicker"] output'), '10 s')
    await page.getByRole('button', { name: 'Create video' }).click()
  }

  /** Creates a video online and waits until it is written (the page reloads itself into the player). */
  const createVideoOnline = async (page: Page, prompt: string) => {
    await submitVideo(page, prompt)
    await page.waitForURL(/\/videos\/[\w-]+$/)
    await page.locator('.player-section').waitFor({ timeout: 30_000 })
    return new URL(page.url()).pathname
  }

  /** The home page, signed in and controlled by the worker, with a copy of itself in the pages cache. */
  const signedInHome = async (page: Page) => {
    const email = await signUp(page, server.url)
    await waitForController(page)
    await page.goto(`${server.url}/`)
    await waitForCaches(page, (entries) => cachedPaths(entries, CACHES.pages.name).includes('/'), 'the home page in the pages cache')
    return email
  }

  test(
    'one online visit is enough: the page the worker was installed on is kept too, and reloads offline',
    async () => {
      const { context, page, errors } = await openPage()
      // This page loads before any worker exists; the worker, once active, fetches it into the pages cache.
      await page.goto(`${server.url}/gallery`)
      const heading = await page.locator('h1').textContent()
      await waitForController(page)
      await waitForCaches(
        page,
        (entries) => cachedPaths(entries, CACHES.pages.name).includes('/gallery'),
        'the first page in the pages cache',
      )

      await context.setOffline(true)
      const reloaded = await page.reload()
      expect(reloaded?.fromServiceWorker()).toBe(true)
      expect(await page.locator('h1').textContent()).toBe(heading)
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'after one online visit, a visited page, a visited video and its player work offline; an unvisited page shows the offline page',
    async () => {
      const { context, page, errors } = await openPage()
      await signedInHome(page)
      const videoPath = await createVideoOnline(page, 'A lighthouse keeper who collects lost socks')
      const title = await page.locator('h1').textContent()
      // Scrolling down the scene list loads every poster, as a person reading the page would.
      const posterCount = await page.locator('.scene-list img').count()
      for (const img of await page.locator('.scene-list img').all()) await img.scrollIntoViewIfNeeded()
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.scene-list img')].every((img) => img.complete && img.naturalWidth > 0),
      )
      await page.goto(`${server.url}/videos`)
      await waitForCaches(
        page,
        (entries) =>
          cachedPaths(entries, CACHES.pages.name).includes(videoPath) && cachedPaths(entries, CACHES.posters.name).length >= posterCount,
        'the video page and its posters',
      )

      await context.setOffline(true)
      expect(await page.evaluate(() => navigator.onLine)).toBe(false)

      const video = await page.goto(`${server.url}${videoPath}`)
      expect(video?.fromServiceWorker()).toBe(true)
      expect(await page.locator('h1').textContent()).toBe(title)
      // The player's chunk comes from the precache, its posters from the posters cache.
      const play = page.locator('button.player-play:not([disabled])')
      await play.click()
      await page.waitForFunction(() => /^0:0[1-9] \//.test(document.querySelector('.player-time')?.textContent ?? ''), undefined, {
        timeout: 5000,
      })
      for (const img of await page.locator('.scene-list img').all()) {
        await img.scrollIntoViewIfNeeded()
        expect(await img.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth))).toBeGreaterThan(0)
      }

      await page.reload()
      expect(await page.locator('h1').textContent()).toBe(title)
      await page.goto(`${server.url}/videos`)
      expect(await page.locator(`a[href="${videoPath}"]`).count()).toBeGreaterThan(0)

      // Never visited: the offline page, not the browser's error page.
      const unvisited = await page.goto(`${server.url}/assistant`)
      expect(unvisited?.status()).toBe(200)
      expect(await page.locator('h1:visible').textContent()).toBe('You are offline')
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'a video created offline is queued, then created exactly once when the network returns, and its progress shows',
    async () => {
      const { context, page, errors } = await openPage()
      await signedInHome(page)
      const prompt = `A night bus driver who knows every passenger ${Date.now()}`

      await context.setOffline(true)
      await page.goto(`${server.url}/`)
      await submitVideo(page, prompt)
      await page.waitForURL(/\/offline-queued\.html#/)
      await waitForText(page.locator('#prompt'), prompt)
      expect(await page.getByText('Queued (offline)').isVisible()).toBe(true)
      expect((await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)).toEqual([])

      await context.setOffline(false)
      await page.waitForURL(/\/videos\/[\w-]+$/)
      // The fake AI takes 1.5 s: the real progress is followed, then the finished video replaces it.
      await page.getByRole('progressbar').waitFor()
      await page.locator('.player-section').waitFor({ timeout: 30_000 })
      const created = (await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)
      expect(created.map((video) => `/videos/${video.id}`)).toEqual([new URL(page.url()).pathname])

      // Asking the worker to send again finds nothing left to send.
      await page.evaluate((type) => navigator.serviceWorker.controller!.postMessage({ type }), TO_WORKER.replayOutbox)
      await Bun.sleep(500)
      expect((await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)).toHaveLength(1)
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'a replay whose answer is lost is sent again with the same idempotency key and creates no second video',
    async () => {
      const { context, page, errors } = await openPage()
      await signedInHome(page)
      const prompt = `A clockmaker who repairs time itself ${Date.now()}`
      await context.setOffline(true)
      await page.goto(`${server.url}/`)
      await submitVideo(page, prompt)
      await page.waitForURL(/\/offline-queued\.html#/)

      // The first replay reaches the server, which creates the video, but its answer never comes back.
      let lostAnswers = 0
      await context.route('**/api/videos', async (route) => {
        if (route.request().method() !== 'POST' || lostAnswers > 0) return route.fallback()
        await route.fetch()
        lostAnswers++
        await route.abort('connectionreset')
      })
      await context.setOffline(false)
      const deadline = Date.now() + WAIT_MS
      while (lostAnswers === 0 && Date.now() < deadline) await Bun.sleep(50)
      expect(lostAnswers).toBe(1)
      expect((await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)).toHaveLength(1)
      expect(page.url()).toContain('/offline-queued.html#')

      // The next page load sends it again: the server answers with the video it already made.
      await context.unrouteAll({ behavior: 'wait' })
      await page.reload()
      await page.waitForURL(/\/videos\/[\w-]+$/)
      const created = (await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)
      expect(created.map((video) => `/videos/${video.id}`)).toEqual([new URL(page.url()).pathname])
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'a POST /api/videos made offline (a script’s call) is answered 202, queued with an idempotency key, and created once back online',
    async () => {
      const { context, page, errors } = await openPage()
      await signedInHome(page)
      const prompt = `A lantern festival seen by a moth ${Date.now()}`
      const csrfToken = await page.inputValue('input[name="_csrf"]')

      await context.setOffline(true)
      const answer = await page.evaluate(
        ({ prompt, csrfToken }) =>
          fetch('/api/videos', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
            body: JSON.stringify({ prompt, style: 'noir', durationSec: 10, aspect: '1:1', language: 'en' }),
          }).then(async (response) => ({
            status: response.status,
            body: (await response.json()) as { status: string; idempotencyKey: string; statusUrl: string },
          })),
        { prompt, csrfToken },
      )
      expect(answer.status).toBe(202)
      expect(answer.body.status).toBe('queued-offline')
      expect(answer.body.idempotencyKey).toMatch(/^[\w.:-]{8,128}$/)
      expect(answer.body.statusUrl).toBe(`/offline-queued.html#${answer.body.idempotencyKey}`)

      await context.setOffline(false)
      // The queued page sends the queue on load, then follows the video it becomes.
      await page.goto(`${server.url}${answer.body.statusUrl}`)
      await page.waitForURL(/\/videos\/[\w-]+$/)
      const created = (await listMyVideos(context, server.url)).filter((video) => video.prompt === prompt)
      expect(created.map((video) => `/videos/${video.id}`)).toEqual([new URL(page.url()).pathname])
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'after sign-out, the caches hold nothing of the person who signed out',
    async () => {
      const { page, errors } = await openPage()
      const email = await signedInHome(page)
      const prompt = `A private diary of a city pigeon ${Date.now()}`
      const videoPath = await createVideoOnline(page, prompt)
      const videoId = videoPath.split('/').pop()!
      await page.goto(`${server.url}/videos`)
      await page.goto(`${server.url}/account`)
      await page.evaluate(() => fetch('/api/videos').then((response) => response.json()))
      const personal = (entries: CachedEntry[]) =>
        entries.filter(
          (entry) =>
            entry.body.includes(email) || entry.body.includes(prompt) || entry.url.includes(videoId) || entry.body.includes(videoId),
        )
      // The precondition: the worker did keep this person's pages, API reads and posters.
      await waitForCaches(
        page,
        (entries) => new Set(personal(entries).map((entry) => entry.cache)).size >= 3,
        'personal pages, API reads and posters',
      )

      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('link', { name: 'Sign in' }).waitFor()
      const left = personal(await readCacheStorage(page))
      expect(left.map((entry) => `${entry.cache} ${entry.url}`)).toEqual([])
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'the pages cache keeps its newest 30 entries: older ones are evicted',
    async () => {
      const { page, errors } = await openPage()
      await page.goto(`${server.url}/`)
      await waitForController(page)
      const visits = Array.from({ length: CACHES.pages.maxEntries + 6 }, (_, index) => `/?visit=${index + 1}`)
      for (const path of visits) await page.goto(`${server.url}${path}`)
      const newest = visits.slice(-CACHES.pages.maxEntries)
      const entries = await waitForCaches(
        page,
        (all) => {
          const pages = cachedPaths(all, CACHES.pages.name)
          return pages.length === CACHES.pages.maxEntries && newest.every((path) => pages.includes(path))
        },
        `exactly the newest ${CACHES.pages.maxEntries} pages`,
      )
      expect(cachedPaths(entries, CACHES.pages.name).sort()).toEqual([...newest].sort())
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'installable: Chromium finds no installability error; the manifest icons are 192 and 512 px PNGs, with maskable ones',
    async () => {
      // Installability needs a normal profile: every browser.newContext() is incognito, which Chromium never installs from.
      const profile = await mkdtemp(join(tmpdir(), 'reelsmith-profile-'))
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumExecutable!,
        args: CHROMIUM_ARGS,
        headless: true,
        locale: 'en-US',
      })
      try {
        const page = context.pages()[0] ?? (await context.newPage())
        const { errors } = collectPageErrors(page)
        await page.goto(`${server.url}/`)
        await waitForController(page)
        const cdp = await context.newCDPSession(page)
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
        expect(installabilityErrors).toEqual([])
        const manifest = (await (await page.request.get(`${server.url}/manifest.webmanifest`)).json()) as {
          icons: { src: string; sizes: string; type: string; purpose?: string }[]
        }
        for (const purpose of ['any', 'maskable']) {
          for (const size of [192, 512]) {
            const icon = manifest.icons.find(
              (entry) => entry.sizes === `${size}x${size}` && entry.type === 'image/png' && (entry.purpose ?? 'any') === purpose,
            )
            expect(icon).toBeDefined()
            const decoded = await page.evaluate(
              (src) =>
                fetch(src)
                  .then((response) => response.blob())
                  .then(createImageBitmap)
                  .then((bitmap) => [bitmap.width, bitmap.height]),
              icon!.src,
            )
            expect(decoded).toEqual([size, size])
          }
        }
        expect(errors).toEqual([])
      } finally {
        await context.close()
        await rm(profile, { recursive: true, force: true })
      }
    },
    TEST_MS,
  )
})
