/**
 * The operator's dashboard in headless Chromium against the compiled binary: an admin (signed up,
 * then made one with `reelsmith grant-admin` while the server runs) opens /admin/metrics, sees every
 * chart drawn by uPlot from the snapshot, sends traffic and watches the figures move with the
 * 1-second samples; the vitals the admin's own pages reported appear in the table; anyone else gets
 * the ordinary 404 page.
 *
 * It also takes the README's screenshot (1280x900, with traffic): set UPDATE_SCREENSHOTS=1 to
 * write it to docs/dashboard.png (it is written anyway when that file does not exist yet).
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromiumForTests, collectPageErrors, launchBrowser, runBinaryCommand, startBinary, type RunningBinary } from './harness/index.ts'

const chromiumExecutable = chromiumForTests()
const SCREENSHOT = join(import.meta.dir, '..', 'docs', 'dashboard.png')
const VIEWPORT = { width: 1280, height: 900 }
const ADMIN = `ops-${crypto.randomUUID().slice(0, 8)}@example.com`
const PASSWORD = 'correct horse battery staple'

/** Signs up through the page, as a person would; lands back on the home page signed in. */
const signUp = async (page: Page, baseUrl: string, email: string) => {
  await page.goto(`${baseUrl}/signup`)
  await page.fill('#email', email)
  await page.fill('#password', PASSWORD)
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL((url) => url.pathname === '/')
}

/** The number in a figure ("12.3/s" → 12.3); NaN for "—". */
const figureValue = async (page: Page, key: string) => Number.parseFloat((await page.locator(`[data-figure="${key}"]`).textContent()) ?? '')

/** Polls until `check` holds, or fails with what was last seen. */
const eventually = async <T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`)
    await Bun.sleep(100)
  }
}

describe.skipIf(!chromiumExecutable)('the metrics dashboard in Chromium', () => {
  let server: RunningBinary
  let browser: Browser
  let admin: BrowserContext
  let page: Page
  let errors: string[]
  /** Script URLs the admin's tab requested before it opened the dashboard (home, sign-up). */
  const scriptsElsewhere: string[] = []
  /** Outside the server's own directory, so the operator's command can reach the same database. */
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reelsmith-dashboard-'))
    server = await startBinary({ env: { DATA_DIR: dataDir } })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    admin = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT })
    admin.setDefaultTimeout(15_000)
    page = await admin.newPage()
    errors = collectPageErrors(page).errors
    const recordScript = (request: { resourceType(): string; url(): string }) =>
      request.resourceType() === 'script' && scriptsElsewhere.push(new URL(request.url()).pathname)
    page.on('request', recordScript)
    await signUp(page, server.url, ADMIN)
    page.off('request', recordScript)
    const granted = await runBinaryCommand(['grant-admin', ADMIN], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn' } })
    expect([granted.exitCode, granted.stderr]).toEqual([0, ''])
  }, 30_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 30_000)

  test('an admin opens it: live, with every chart drawn by uPlot, uPlot loaded on this page only', async () => {
    const scripts: string[] = []
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname))
    const response = await page.goto(`${server.url}/admin/metrics`)
    expect(response!.status()).toBe(200)
    await page.locator('.dash-status[data-state="live"]').waitFor()

    const charts = page.locator('.dash-chart')
    expect(await charts.count()).toBeGreaterThanOrEqual(7)
    await eventually(
      () => page.locator('.dash-chart canvas').count(),
      (count) => count >= 7,
      'uPlot canvases',
    )
    // Each canvas has pixels on it (axes, grid, lines), not just a blank box.
    const painted = await page.locator('.dash-chart canvas').evaluateAll((canvases: HTMLCanvasElement[]) =>
      canvases.map((canvas) => {
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
        let opaque = 0
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) opaque++
        return { width: canvas.width, opaque }
      }),
    )
    for (const canvas of painted) {
      expect(canvas.width).toBeGreaterThan(100)
      expect(canvas.opaque).toBeGreaterThan(100)
    }
    // The process is sampled every second: memory has figures from the start.
    expect(await page.locator('[data-figure="rss"]').textContent()).toMatch(/^\d+(\.\d)? MB$/)
    expect(scripts.some((path) => path.startsWith('/assets/MetricsDashboard-'))).toBe(true)
    // …and nowhere else: not on the other pages, not in the service worker's precache.
    expect(scriptsElsewhere.length).toBeGreaterThan(0)
    expect(scriptsElsewhere.filter((path) => path.includes('MetricsDashboard'))).toEqual([])
    expect(await (await fetch(`${server.url}/sw.js`)).text()).not.toContain('MetricsDashboard')
  }, 20_000)

  test('traffic arrives: requests/s and its peak rise within seconds, the routes it hit appear', async () => {
    const peakBefore = await figureValue(page, 'rps-peak')
    // ~3 s of steady traffic from the test, on three routes.
    const paths = ['/healthz', '/api/videos/public', '/gallery']
    const started = Date.now()
    let sent = 0
    while (Date.now() - started < 3000) {
      await Promise.all(
        Array.from({ length: 15 }, (_, i) => fetch(`${server.url}${paths[(sent + i) % paths.length]}`).then((res) => res.arrayBuffer())),
      )
      sent += 15
      await Bun.sleep(50)
    }
    const peak = await eventually(
      () => figureValue(page, 'rps-peak'),
      (value) => value >= 50 && value > peakBefore,
      'peak requests/s',
    )
    expect(peak).toBeGreaterThan(peakBefore)
    expect(await figureValue(page, 'p95')).toBeGreaterThan(0)
    for (const route of ['/healthz', '/api/videos/public', '/gallery']) {
      await page.locator(`[data-figure="route:${route}"]`).waitFor()
    }
  }, 20_000)

  test('vitals the admin’s own pages reported (signed in, no CSRF header: a beacon) appear in the p75 table', async () => {
    for (const path of ['/', '/gallery']) {
      const tab = await admin.newPage()
      const vitalsModule = tab.waitForResponse((response) => /\/assets\/vitals-[\w-]+\.js$/.test(response.url()))
      await tab.goto(`${server.url}${path}`)
      await (await vitalsModule).finished()
      await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })))
      // Closing the tab hides it: the page sends its report.
      await tab.close({ runBeforeUnload: true })
    }
    const rows = page.locator('.dash-table tbody th code')
    await eventually(
      () => rows.allTextContents(),
      (routes) => routes.includes('/') && routes.includes('/gallery'),
      'vitals rows',
    )
    // A row appears with the first vital that arrives; its LCP cell fills in when that report lands.
    const lcpCell = page
      .locator('.dash-table tbody tr', { has: page.locator('code', { hasText: /^\/gallery$/ }) })
      .locator('td')
      .first()
    const lcp = await eventually(
      () => lcpCell.textContent(),
      (text) => text !== '—',
      'the /gallery LCP value',
    )
    expect(lcp).toMatch(/^\d+(\.\d+)? m?s$/)
  }, 20_000)

  test('screenshot for the README, with traffic (1280x900)', async () => {
    // A little more traffic, so the charts' right edge is busy in the picture.
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => fetch(`${server.url}${i % 2 ? '/' : '/gallery'}`).then((res) => res.arrayBuffer())),
    )
    await Bun.sleep(1500)
    const png = await page.screenshot({ fullPage: false })
    // PNG signature and the IHDR size: the viewport the README expects.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height])
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(SCREENSHOT)) {
      await mkdir(join(SCREENSHOT, '..'), { recursive: true })
      await writeFile(SCREENSHOT, png)
    }
  })

  test('no console errors on the dashboard along the way', () => {
    expect(errors).toEqual([])
  })

  test('anyone else gets the ordinary 404 page: a signed-in person who is not an admin, and a visitor', async () => {
    const other = await browser.newContext({ locale: 'en-US' })
    try {
      const visitor = await other.newPage()
      const anonymous = await visitor.goto(`${server.url}/admin/metrics`)
      expect(anonymous!.status()).toBe(404)
      await signUp(visitor, server.url, `someone-${crypto.randomUUID().slice(0, 8)}@example.com`)
      const signedIn = await visitor.goto(`${server.url}/admin/metrics`)
      expect(signedIn!.status()).toBe(404)
      // The same page as any unknown address: nothing says this one exists.
      const notFound = await (await fetch(`${server.url}/no-such-page`, { headers: { Accept: 'text/html' } })).text()
      expect(await visitor.locator('h1').textContent()).toBe(/<h1[^>]*>([^<]*)<\/h1>/.exec(notFound)?.[1] ?? 'no heading on the 404 page')
      expect(await visitor.locator('.dash-chart').count()).toBe(0)
      const stream = await visitor.request.get(`${server.url}/admin/metrics/stream`)
      expect(stream.status()).toBe(404)
    } finally {
      await other.close()
    }
  }, 20_000)
})
