/**
 * The Player island in a real headless Chromium: server-rendered, hydrated by the island runtime
 * when visible, played, sought, driven by keyboard, and exported to a real WebM file.
 * Self-contained: the island is bundled here with esbuild and served from a throwaway Bun.serve.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import * as esbuild from 'esbuild'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { Browser, Page } from 'playwright-core'
import { ISLAND_ATTR, ISLAND_TAG } from '../islands/constants.ts'
import Player, { type PlayerProps } from '../islands/Player.tsx'
import { serializeProps } from '../server/render/serialize.ts'
import { chromiumForTests, collectPageErrors, launchBrowser } from './harness/index.ts'

const ROOT = join(import.meta.dir, '..')
const VIEWPORT = { width: 1000, height: 480 }
const COLOURS = ['#d03030', '#30a050', '#3050d0'] as const

/** A poster with stripes and a circle, so pan and zoom visibly change pixels; one dominant colour per scene. */
const posterSvg = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">` +
  `<rect width="1280" height="720" fill="${colour}"/>` +
  Array.from({ length: 16 }, (_, index) => `<rect x="${index * 80}" width="20" height="720" fill="#000" opacity="0.25"/>`).join('') +
  `<circle cx="640" cy="360" r="150" fill="#fff" opacity="0.4"/></svg>`

const props: PlayerProps = {
  videoId: 'e2e',
  title: 'Harbour at Dawn: a Test!',
  aspect: '16:9',
  scenes: COLOURS.map((colour, index) => ({
    durationSec: 1,
    narration: `Scene ${index + 1} narration, short and clear.`,
    onScreenText: `Scene ${index + 1}`,
    shot: 'wide',
    palette: [colour, '#222222', '#eeeeee'],
    posterUrl: `/posters/e2e/${index}-abc123.svg`,
    posterWidth: 1280,
    posterHeight: 720,
  })),
}

/** The page as the server would send it: the island's SSR HTML inside its marker, then the runtime. */
const pageHtml = () => {
  const island = h(
    ISLAND_TAG,
    { [ISLAND_ATTR.name]: 'Player', [ISLAND_ATTR.src]: '/player.js', [ISLAND_ATTR.hydrate]: 'visible', [ISLAND_ATTR.props]: serializeProps('Player', props) },
    h(Player, props),
  )
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Player</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/app.css"><link rel="stylesheet" href="/player.css">
</head><body><main class="wrap">${renderToString(island)}</main><script type="module" src="/entry.js"></script></body></html>`
}

/** The runtime plus the island in one module: the runtime's import of the chunk is answered in-bundle. */
const bundle = async () => {
  const result = await esbuild.build({
    stdin: {
      contents: `import * as player from './islands/Player.tsx'
import { startIslands } from './islands/runtime.ts'
startIslands(document, async () => player)`,
      resolveDir: ROOT,
      sourcefile: 'entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  return result.outputFiles[0]!.text
}

/** A cheap fingerprint of the canvas pixels (a sample of them), and the mean colour of a strip at the left edge. */
const canvasPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('canvas')!
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let fingerprint = 0
    for (let index = 0; index < data.length; index += 4 * 997) fingerprint = (fingerprint * 31 + data[index]! + data[index + 1]! * 7 + data[index + 2]! * 13) % 1_000_000_007
    const strip = canvas.getContext('2d')!.getImageData(20, canvas.height * 0.4, 40, canvas.height * 0.2).data
    const mean = [0, 0, 0]
    for (let index = 0; index < strip.length; index += 4) for (let channel = 0; channel < 3; channel++) mean[channel]! += strip[index + channel]!
    return { fingerprint, mean: mean.map((sum) => sum / (strip.length / 4)) as [number, number, number] }
  })
const dominant = ([red, green, blue]: [number, number, number]) => (red > green && red > blue ? 'red' : green > blue ? 'green' : 'blue')

const seekTo = (page: Page, sec: number) =>
  page.locator('input.player-seek').evaluate((input: HTMLInputElement, value) => {
    input.value = String(value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }, sec)
const position = async (page: Page) => Number(await page.locator('input.player-seek').inputValue())
const playerState = (page: Page) => page.locator('.player').getAttribute('data-state')

const chromiumExecutable = chromiumForTests()

describe.skipIf(!chromiumExecutable)('Player island in Chromium', () => {
  let server: ReturnType<typeof Bun.serve>
  let browser: Browser
  let page: Page
  let pageErrors: { errors: string[] }
  /** The exported file, served back so the browser itself can say whether it is a playable video. */
  let recorded: Uint8Array<ArrayBuffer> | undefined

  beforeAll(async () => {
    const [script, appCss, playerCss] = await Promise.all([
      bundle(),
      // Bundled as the build bundles it: app.css @imports other sheets (and uPlot's, from node_modules).
      esbuild.build({ entryPoints: [join(ROOT, 'static/css/app.css')], bundle: true, write: false, logLevel: 'warning' }).then((result) => result.outputFiles[0]!.text),
      readFile(join(ROOT, 'static/css/player.css'), 'utf8'),
    ])
    const html = pageHtml()
    server = Bun.serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch(request) {
        const { pathname } = new URL(request.url)
        const type = (contentType: string) => ({ headers: { 'content-type': contentType } })
        if (pathname === '/') return new Response(html, type('text/html; charset=utf-8'))
        if (pathname === '/entry.js') return new Response(script, type('text/javascript; charset=utf-8'))
        if (pathname === '/app.css') return new Response(appCss, type('text/css; charset=utf-8'))
        if (pathname === '/player.css') return new Response(playerCss, type('text/css; charset=utf-8'))
        const poster = /^\/posters\/e2e\/(\d)-abc123\.svg$/.exec(pathname)
        const colour = poster && COLOURS[Number(poster[1])]
        if (colour) return new Response(posterSvg(colour), type('image/svg+xml'))
        if (pathname === '/recorded.webm' && recorded) return new Response(recorded, type('video/webm'))
        return new Response('not found', { status: 404 })
      },
    })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true })
    pageErrors = collectPageErrors(page)
    await page.goto(`http://127.0.0.1:${server.port}/`)
    // Hydrated: the server rendered the controls disabled, the island enables them.
    await page.locator('button.player-play:not([disabled])').waitFor({ timeout: 10_000 })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
    server?.stop(true)
  })

  test('the stage keeps 16:9 and, with the controls below it, fits in a short viewport', async () => {
    // At this width a 16:9 stage would be ~540 px tall: taller than the viewport.
    const stage = (await page.locator('.player-stage').boundingBox())!
    const controls = (await page.locator('.player-controls').boundingBox())!
    expect(stage.width / stage.height).toBeCloseTo(16 / 9, 1)
    expect(stage.height + controls.height).toBeLessThanOrEqual(VIEWPORT.height)
  })

  test('play: the time advances and the picture changes', async () => {
    await page.locator('button.player-play').click()
    expect(await playerState(page)).toBe('playing')
    const before = { time: await position(page), pixels: await canvasPixels(page) }
    await page.waitForTimeout(600)
    const after = { time: await position(page), pixels: await canvasPixels(page) }
    expect(after.time).toBeGreaterThan(before.time)
    expect(after.pixels.fingerprint).not.toBe(before.pixels.fingerprint)
    // It stops by itself at the end of the 3 s storyboard.
    await page.locator('.player[data-state="paused"]').waitFor({ timeout: 5000 })
    expect(await page.locator('.player-time').textContent()).toBe('0:03 / 0:03')
  })

  test("seek: the slider moves to the time and the canvas shows that scene's poster", async () => {
    await seekTo(page, 1.5)
    await page.waitForTimeout(100)
    expect(await page.locator('.player-time').textContent()).toBe('0:01 / 0:03')
    expect(await page.locator('input.player-seek').getAttribute('aria-valuetext')).toBe('0:01 of 0:03, scene 2 of 3')
    expect(dominant((await canvasPixels(page)).mean)).toBe('green')
    await seekTo(page, 2.5)
    await page.waitForTimeout(100)
    expect(dominant((await canvasPixels(page)).mean)).toBe('blue')
    await seekTo(page, 0.5)
    await page.waitForTimeout(100)
    expect(dominant((await canvasPixels(page)).mean)).toBe('red')
  })

  test('keyboard: Space toggles on the focused canvas, → and ← seek, Home goes to the start', async () => {
    await page.locator('canvas').focus()
    await page.keyboard.press('Home')
    expect(await position(page)).toBe(0)
    await page.keyboard.press('ArrowRight')
    expect(await position(page)).toBe(3)
    await page.keyboard.press('ArrowLeft')
    expect(await position(page)).toBe(0)
    await page.keyboard.press('Space')
    expect(await playerState(page)).toBe('playing')
    await page.keyboard.press('Space')
    expect(await playerState(page)).toBe('paused')
  })

  test('export: records in real time with progress, then downloads a WebM named after the title', async () => {
    const started = performance.now()
    const download = page.waitForEvent('download', { timeout: 20_000 })
    await page.getByRole('button', { name: 'Export video' }).click()
    await page.locator('progress.player-progress').waitFor({ timeout: 5000 })
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true)
    // The controls are locked while the recording plays.
    expect(await page.locator('button.player-play').isDisabled()).toBe(true)
    const file = await download
    // A 3 s storyboard recorded in real time cannot be done much sooner than 3 s.
    expect(performance.now() - started).toBeGreaterThan(2800)
    expect(file.suggestedFilename()).toBe('harbour-at-dawn-a-test.webm')
    const bytes = new Uint8Array(await readFile((await file.path())!))
    expect(bytes.byteLength).toBeGreaterThan(1000)
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3])
    recorded = bytes
    await page.getByText('Downloaded harbour-at-dawn-a-test.webm').waitFor({ timeout: 5000 })
    expect(await page.locator('button.player-play').isDisabled()).toBe(false)
  }, 30_000)

  test('the exported file is a playable 1280x720 video about as long as the storyboard', async () => {
    expect(recorded).toBeDefined()
    const video = await page.evaluate(async () => {
      const element = document.createElement('video')
      element.muted = true
      element.src = '/recorded.webm'
      await new Promise((resolve, reject) => {
        element.onloadedmetadata = resolve
        element.onerror = () => reject(new Error(`video error ${element.error?.code}`))
      })
      // MediaRecorder writes no duration into the file; seeking far past the end makes the browser find it.
      if (!Number.isFinite(element.duration)) {
        await new Promise((resolve) => {
          element.ondurationchange = () => Number.isFinite(element.duration) && resolve(null)
          element.currentTime = 1e6
        })
      }
      return { width: element.videoWidth, height: element.videoHeight, duration: element.duration }
    })
    expect([video.width, video.height]).toEqual([1280, 720])
    expect(video.duration).toBeGreaterThan(2.7)
    expect(video.duration).toBeLessThan(3.6)
  })

  test('cancel stops an export without downloading anything', async () => {
    let downloaded = false
    page.on('download', () => (downloaded = true))
    await page.getByRole('button', { name: 'Export video' }).click()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Export video' }).waitFor({ timeout: 5000 })
    await page.waitForTimeout(500)
    expect(downloaded).toBe(false)
    expect(await playerState(page)).toBe('paused')
  })

  test('prefers-reduced-motion: a cut instead of a crossfade at a scene boundary', async () => {
    const atBoundary = async () => {
      await seekTo(page, 1)
      await page.waitForTimeout(100)
      return (await canvasPixels(page)).mean
    }
    const [red, green] = await atBoundary()
    // Half of scene 1 (red) over half of scene 2 (green).
    expect(Math.abs(red - green)).toBeLessThan(60)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const cut = await atBoundary()
    expect(dominant(cut)).toBe('green')
    expect(cut[1] - cut[0]).toBeGreaterThan(80)
    await page.emulateMedia({ reducedMotion: 'no-preference' })
  })

  test('no console errors or uncaught exceptions along the way', () => {
    expect(pageErrors.errors).toEqual([])
  })
})
