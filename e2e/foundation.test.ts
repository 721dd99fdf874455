/**
 * The foundation as a user's browser meets it: the COMPILED binary, started alone in an empty
 * directory, and the system Chromium. Each test opens a fresh browser context (no cache, no
 * service worker yet), so each one sees a first visit. Needs `bun run build` first.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, BrowserContext } from 'playwright-core'
import { DURATION_STEP_SEC } from '../islands/state/draft.ts'
import { IMMUTABLE } from '../server/assets/load.ts'
import {
  chromiumForTests,
  collectPageErrors,
  launchBrowser,
  recordRequests,
  startBinary,
  waitForText,
  type RunningBinary,
} from './harness/index.ts'

const chromiumExecutable = chromiumForTests()

/** Playwright waits up to this long for anything; well under the test timeout, so failures say what they waited for. */
const WAIT_MS = 10_000
const TEST_MS = 30_000

const DURATION_PICKER = 'rs-island[name="DurationPicker"]'
const SCENE_PLANNER = 'rs-island[name="ScenePlanner"]'

/** "35 s" -> 35; "7 scenes" -> 7. */
const leadingNumber = (text: string | null) => Number.parseInt(text ?? '', 10)

describe.skipIf(!chromiumExecutable)('the foundation in Chromium, served by the compiled binary', () => {
  let server: RunningBinary
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    server = await startBinary()
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
  }, TEST_MS)
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })
  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  }, TEST_MS)

  /** A fresh context and page, with its errors and requests recorded from the first byte. */
  const openPage = async () => {
    // The UI strings asserted below are the English ones.
    const context = await browser.newContext({ locale: 'en-US' })
    contexts.push(context)
    context.setDefaultTimeout(WAIT_MS)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page).errors, requests: recordRequests(page) }
  }

  test(
    'renders the home page: title and heading',
    async () => {
      const { page, errors } = await openPage()
      const response = await page.goto(`${server.url}/`)
      expect(response?.status()).toBe(200)
      expect(await page.title()).toStartWith('Reelsmith')
      const heading = page.locator('h1')
      expect(await heading.count()).toBe(1)
      expect(await heading.isVisible()).toBe(true)
      expect((await heading.textContent())?.trim()).not.toBe('')
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'DurationPicker hydrates at load; ScenePlanner loads only when scrolled into view and follows the shared length',
    async () => {
      const { page, errors, requests } = await openPage()
      // networkidle: every `load` island has had its chunk and hydrated before we click.
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
      const output = page.locator(`${DURATION_PICKER} output`)
      const pickerScenes = page.locator(`${DURATION_PICKER} .muted`)
      const plannerScenes = page.locator(`${SCENE_PLANNER} strong`)
      const longer = page.getByRole('button', { name: 'Longer' })

      const plannerChunk = await page.getAttribute(SCENE_PLANNER, 'src')
      expect(plannerChunk).toMatch(/^\/assets\/.+\.js$/)
      const belowTheFold = await plannerScenes.evaluate((el) => el.getBoundingClientRect().top - innerHeight)
      expect(belowTheFold).toBeGreaterThan(0) // the precondition of this test
      expect(requests.requested(plannerChunk!)).toBe(false)

      const initialSec = leadingNumber(await output.textContent())
      const serverRenderedScenes = leadingNumber(await plannerScenes.textContent())
      await longer.click()
      await waitForText(output, `${initialSec + DURATION_STEP_SEC} s`, WAIT_MS)
      const pickerCount = leadingNumber(await pickerScenes.textContent())
      expect(pickerCount).not.toBe(serverRenderedScenes)
      // Still below the fold: not fetched, not hydrated, so it still shows what the server rendered.
      expect(requests.requested(plannerChunk!)).toBe(false)
      expect(leadingNumber(await plannerScenes.textContent())).toBe(serverRenderedScenes)

      const chunkRequested = page.waitForRequest((request) => new URL(request.url()).pathname === plannerChunk)
      await plannerScenes.scrollIntoViewIfNeeded()
      await chunkRequested
      // Hydrated, it reads the shared store: the length chosen before it existed, not the SSR value.
      await waitForText(plannerScenes, String(pickerCount), WAIT_MS)
      expect(await page.locator(`${SCENE_PLANNER} .planner-beats button`).count()).toBe(pickerCount)

      // And it keeps following: one more step in the picker changes the planner too.
      await longer.click()
      await waitForText(output, `${initialSec + 2 * DURATION_STEP_SEC} s`, WAIT_MS)
      const nextCount = leadingNumber(await pickerScenes.textContent())
      expect(nextCount).not.toBe(pickerCount)
      await waitForText(plannerScenes, String(nextCount), WAIT_MS)
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'assets arrive brotli-compressed and cacheable for a year',
    async () => {
      const { page, errors } = await openPage()
      const pending: Promise<{ url: string; acceptEncoding: string; headers: Record<string, string> }>[] = []
      page.on('response', (response) => {
        if (!new URL(response.url()).pathname.startsWith('/assets/')) return
        pending.push(
          Promise.all([response.request().allHeaders(), response.allHeaders()]).then(([requestHeaders, headers]) => ({
            url: response.url(),
            acceptEncoding: requestHeaders['accept-encoding'] ?? '',
            headers,
          })),
        )
      })
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
      const assets = await Promise.all(pending)

      // At least the stylesheet, the runtime and the DurationPicker chunk.
      expect(assets.length).toBeGreaterThanOrEqual(3)
      for (const asset of assets) {
        expect({ url: asset.url, acceptsBr: asset.acceptEncoding.includes('br') }).toEqual({ url: asset.url, acceptsBr: true })
        expect({ url: asset.url, encoding: asset.headers['content-encoding'], cache: asset.headers['cache-control'] }).toEqual({
          url: asset.url,
          encoding: 'br',
          cache: IMMUTABLE,
        })
      }
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    '/sw.js is served and the service worker registers',
    async () => {
      const { page, errors } = await openPage()
      const worker = await page.request.get(`${server.url}/sw.js`)
      expect(worker.status()).toBe(200)
      expect(worker.headers()['content-type']).toStartWith('text/javascript')
      // An unhashed URL: browsers must revalidate it so a new version reaches them.
      expect(worker.headers()['cache-control']).toBe('no-cache')

      await page.goto(`${server.url}/`)
      const scriptUrl = await page.evaluate(
        (ms) =>
          Promise.race([
            navigator.serviceWorker.ready.then((registration) => registration.active?.scriptURL ?? null),
            new Promise<string>((_, reject) =>
              setTimeout(() => reject(new Error(`navigator.serviceWorker.ready did not resolve within ${ms} ms`)), ms),
            ),
          ]),
        WAIT_MS,
      )
      expect(scriptUrl).toBe(`${server.url}/sw.js`)
      expect(errors).toEqual([])
    },
    TEST_MS,
  )

  test(
    'an unknown path shows the 404 page',
    async () => {
      const { page, errors } = await openPage()
      const url = `${server.url}/no-such-page`
      const response = await page.goto(url)
      expect(response?.status()).toBe(404)
      expect(response?.headers()['content-type']).toStartWith('text/html')
      expect(await page.locator('h1').textContent()).toBe('Page not found')
      expect(await page.getByRole('link', { name: 'Back to the start' }).getAttribute('href')).toBe('/')
      // Chromium reports the 404 document itself as a failed load; anything else is a real error.
      expect(errors.filter((error) => !(error.includes('status of 404') && error.includes(`(${url}:`)))).toEqual([])
    },
    TEST_MS,
  )
})
