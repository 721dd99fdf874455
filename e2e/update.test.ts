/**
 * A new version, as a person meets it: a tab is open on version 1 when version 2 is deployed at
 * the same address (a rebuild with a changed stylesheet and a changed island). The new worker
 * waits; the page offers "A new version … Reload"; only the click activates it, that tab reloads
 * once into the new assets, and another tab left on version 1 keeps working, lazily loading the
 * version-1 chunk that the new server no longer has. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, Page } from 'playwright-core'
import { buildVariant } from './build-variant.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'
import { waitForController } from './offline-helpers.ts'

const chromiumExecutable = chromiumForTests()
const TEST_MS = 90_000
const PLANNER = 'rs-island[name="ScenePlanner"]'

/** A custom property only version 2's stylesheet sets. */
const buildMarker = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--rs-build').trim())

describe.skipIf(!chromiumExecutable)('updating to a new version, in Chromium', () => {
  let version2: Awaited<ReturnType<typeof buildVariant>>
  let server: RunningBinary
  let browser: Browser

  beforeAll(async () => {
    version2 = await buildVariant([
      { file: 'static/css/app.css', append: '\n:root { --rs-build: "v2"; }\n' },
      { file: 'islands/ScenePlanner.tsx', append: "\nexport const buildMarker = 'v2'\n" },
    ])
    server = await startBinary()
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
  }, 150_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      await version2?.remove()
    }
  }, 30_000)

  test(
    'the update is offered, activated only on click, and brings the new assets; an old tab still loads its old chunk',
    async () => {
      const origin = server.url
      const context = await browser.newContext({ locale: 'en-US' })
      context.setDefaultTimeout(15_000)
      const current = await context.newPage()
      const currentErrors = collectPageErrors(current).errors
      await current.goto(`${origin}/`)
      await waitForController(current)
      const oldStylesheet = await current.getAttribute('link[rel="stylesheet"]', 'href')
      expect(await buildMarker(current)).toBe('')

      // A second tab on version 1, its below-the-fold island not loaded yet.
      const old = await context.newPage()
      const oldErrors = collectPageErrors(old).errors
      await old.goto(`${origin}/`, { waitUntil: 'networkidle' })
      const oldChunk = (await old.getAttribute(PLANNER, 'src'))!
      await old.evaluate(() => Object.assign(window, { stillTheFirstDocument: true }))

      // Deploy version 2 at the same address; it has no copy of version 1's chunk.
      await server.stop()
      server = await startBinary({ binary: version2.binary, env: { PORT: new URL(origin).port } })
      expect(server.url).toBe(origin)
      expect((await fetch(`${origin}${oldChunk}`)).status).toBe(404)

      // What the client's hourly check (and any navigation) does: the new worker installs, then waits.
      await current.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.update()))
      const reload = current.getByRole('button', { name: 'Reload' })
      await reload.waitFor()
      expect(await current.getByRole('status').filter({ has: reload }).textContent()).toContain('A new version of Reelsmith is available.')
      expect(await current.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => !!registration?.waiting))).toBe(
        true,
      )
      await old.getByRole('button', { name: 'Reload' }).waitFor()

      let loads = 0
      current.on('load', () => loads++)
      await reload.click()
      await current.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--rs-build').includes('v2'))
      expect(await current.getAttribute('link[rel="stylesheet"]', 'href')).not.toBe(oldStylesheet)
      expect(await current.getAttribute(PLANNER, 'src')).not.toBe(oldChunk)
      // No update loop: one reload, and nothing is waiting any more.
      await Bun.sleep(1500)
      expect(loads).toBe(1)
      expect(await current.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => !!registration?.waiting))).toBe(
        false,
      )
      expect(await current.getByRole('button', { name: 'Reload' }).count()).toBe(0)

      // The other tab was not reloaded under the person's feet, and its old island still loads, even
      // once the browser's HTTP cache (which may drop anything at any time) no longer has the chunk.
      expect(await old.evaluate(() => (window as unknown as { stillTheFirstDocument?: boolean }).stillTheFirstDocument)).toBe(true)
      await (await context.newCDPSession(old)).send('Network.clearBrowserCache')
      const chunkResponse = old.waitForResponse((response) => new URL(response.url()).pathname === oldChunk)
      await old.locator(`${PLANNER} strong`).scrollIntoViewIfNeeded()
      const chunk = await chunkResponse
      expect({ status: chunk.status(), fromServiceWorker: chunk.fromServiceWorker() }).toEqual({ status: 200, fromServiceWorker: true })
      const second = old.getByRole('button', { name: 'Scene 2' })
      await second.click()
      expect(await second.getAttribute('aria-pressed')).toBe('true')

      expect(currentErrors).toEqual([])
      expect(oldErrors).toEqual([])
      await context.close()
    },
    TEST_MS,
  )
})
