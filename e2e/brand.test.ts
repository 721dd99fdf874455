/**
 * A brand kit as a person uses it, in Chromium against the compiled binary: make a kit on the account
 * page (locked palette, magenta captions, intro and outro cards) and give it a logo, start a video
 * from a template wearing it, then see the logo in the player's corner and the captions in the
 * kit's colour (pixels read off the canvas), and in a frame of the exported file (ffmpeg).
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { logoRect } from '../islands/player/brand-layer.ts'
import { CANVAS_SIZES } from '../islands/player/types.ts'
import { solidPng } from '../server/uploads/testing/images.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'

const chromiumExecutable = chromiumForTests()
const LOGO = { width: 200, height: 100 }
/** Pure red with some transparency: kept as a PNG, and a colour no poster of the kit's palette has. */
const LOGO_PNG = solidPng(LOGO.width, LOGO.height, [255, 0, 0, 230])
const CAPTION = '#ff00ff'

type Rgb = [number, number, number]
const isRed = ([r, g, b]: Rgb) => r > 180 && g < 80 && b < 80

/** The mean colour of a rectangle of the player's canvas, and how many of its pixels are magenta. */
const canvasRegion = (page: Page, rect: { x: number; y: number; width: number; height: number }) =>
  page.locator('canvas.player-canvas').evaluate((canvas: HTMLCanvasElement, r) => {
    const data = canvas.getContext('2d')!.getImageData(r.x, r.y, r.width, r.height).data
    const mean = [0, 0, 0]
    let magenta = 0
    for (let index = 0; index < data.length; index += 4) {
      for (let channel = 0; channel < 3; channel++) mean[channel]! += data[index + channel]!
      if (data[index]! > 180 && data[index + 1]! < 90 && data[index + 2]! > 180) magenta++
    }
    return { mean: mean.map((sum) => sum / (data.length / 4)) as [number, number, number], magenta }
  }, rect)

/** Polls (bounded, frame by frame) until `check` holds for the canvas. */
const waitForCanvas = async <T>(page: Page, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> => {
  const deadline = performance.now() + timeoutMs
  let value = await read()
  while (!check(value) && performance.now() < deadline) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    value = await read()
  }
  return value
}

/** One frame of a video file at `sec` as raw RGB, read by ffmpeg. */
const frameAt = async (path: string, sec: number, size: { width: number; height: number }) => {
  const child = Bun.spawn(
    [
      'ffmpeg',
      '-hide_banner',
      '-loglevel',
      'error',
      '-ss',
      String(sec),
      '-i',
      path,
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ],
    {
      stdout: 'pipe',
      stderr: 'pipe',
    },
  )
  const bytes = new Uint8Array(await new Response(child.stdout).arrayBuffer())
  if ((await child.exited) !== 0) throw new Error(await new Response(child.stderr).text())
  expect(bytes.byteLength).toBe(size.width * size.height * 3)
  return (x: number, y: number): Rgb => {
    const at = (Math.round(y) * size.width + Math.round(x)) * 3
    return [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!]
  }
}

describe.skipIf(!chromiumExecutable)('a brand kit in Chromium', () => {
  let server: RunningBinary
  let browser: Browser
  let page: Page
  let errors: string[]
  let downloads: string

  beforeAll(async () => {
    server = await startBinary()
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    errors = collectPageErrors(page).errors
    downloads = await mkdtemp(join(tmpdir(), 'reelsmith-brand-'))
  }, 30_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      if (downloads) await rm(downloads, { recursive: true, force: true })
    }
  }, 30_000)

  test('make a kit on the account page and give it a logo', async () => {
    await page.goto(`${server.url}/signup`)
    await page.fill('#email', `brand-${crypto.randomUUID()}@example.com`)
    await page.fill('#password', 'correct horse battery staple')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')

    await page.goto(`${server.url}/account`)
    await page.fill('#kit-new-name', 'Harbour Co')
    await page.fill('#kit-new-palette', '#0b3d2e, #1f6f5c, #2a9d8f')
    await page.check('form[action="/account/brand-kits"] input[name="paletteLock"]')
    await page.selectOption('#kit-new-captionPreset', 'clean')
    await page.fill('#kit-new-captionColour', CAPTION)
    await page.fill('#kit-new-introText', 'Harbour Co presents')
    await page.fill('#kit-new-outroText', 'harbour.example')
    await page.getByRole('button', { name: 'Create brand kit' }).click()
    await page.waitForURL(/\/account\?kit=created/)
    expect(await page.locator('.notice-ok').textContent()).toBe('Brand kit created.')

    await page.setInputFiles('.brand-kit input[name="logo"]', { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(LOGO_PNG) })
    await page.getByRole('button', { name: 'Upload logo' }).click()
    await page.waitForURL(/\/account\?kit=logo/)
    const preview = page.locator('.brand-logo-preview')
    expect(await preview.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).toBe(LOGO.width)
  }, 30_000)

  let videoUrl: string
  test('start a video from a template, wearing the kit', async () => {
    await page.goto(`${server.url}/`)
    // The islands hydrate on load: once the network is quiet their chunks have run.
    await page.waitForLoadState('networkidle')
    // The idea first: choosing a template with script fills the form in place, nothing typed is lost.
    await page.fill('#prompt', 'Fresh fish at the harbour market every Friday morning')
    await page.getByRole('link', { name: 'Social short' }).click()
    // Filled in place: no navigation, the page is the one the idea was typed into.
    await page.locator('input[name="template"][value="social-short"]').waitFor({ state: 'attached' })
    expect(new URL(page.url()).search).toBe('')
    expect(await page.locator('#prompt').inputValue()).toBe('Fresh fish at the harbour market every Friday morning')
    expect(await page.locator('input[name="aspect"]:checked').getAttribute('value')).toBe('9:16')
    expect(await page.locator('#style').inputValue()).toBe('playful')
    expect(await page.locator('.stepper-value').textContent()).toBe('20 s')
    expect(await page.locator('input[name="template"]').inputValue()).toBe('social-short')
    expect(await page.locator('.template-beats').textContent()).toBe('Scenes: Hook · Payoff · Payoff · Call to action')
    await page.selectOption('#brandKitId', { label: 'Harbour Co' })
    await page.getByRole('button', { name: 'Create video' }).click()
    await page.waitForURL(/\/videos\/[\w-]+$/)
    videoUrl = page.url()
    await page.waitForSelector('.player-section', { timeout: 90_000 })
    const video = (await (await page.request.get(videoUrl.replace('/videos/', '/api/videos/'))).json()) as {
      template: string
      aspect: string
      brand: { logoUrl: string | null; introText: string; paletteLock: boolean }
    }
    expect(video).toMatchObject({
      template: 'social-short',
      aspect: '9:16',
      brand: { introText: 'Harbour Co presents', paletteLock: true },
    })
    expect(video.brand.logoUrl).toMatch(/^\/media\//)
  }, 100_000)

  const size = CANVAS_SIZES['9:16']
  const logo = logoRect(LOGO, size)!
  /** The middle of the logo, inset so edges (scaled, blended) are not sampled. */
  const logoCore = { x: Math.round(logo.x + logo.width * 0.25), y: Math.round(logo.y + logo.height * 0.25), width: 20, height: 10 }

  test('the player shows the logo in its corner and the captions in the kit’s colour', async () => {
    const player = page.locator('.player')
    await player.scrollIntoViewIfNeeded()
    expect(await page.locator('select.player-caption-style').inputValue()).toBe('brand')
    const corner = await waitForCanvas(
      page,
      () => canvasRegion(page, logoCore),
      (region) => isRed(region.mean),
    )
    expect(isRed(corner.mean)).toBe(true)
    // Past the intro card, a sentence is spoken: its caption is drawn in magenta.
    await page.locator('input.player-seek').evaluate((input: HTMLInputElement) => {
      input.value = '4'
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    const captionArea = { x: 0, y: Math.round(size.height * 0.55), width: size.width, height: Math.round(size.height * 0.4) }
    const caption = await waitForCanvas(
      page,
      () => canvasRegion(page, captionArea),
      (region) => region.magenta > 200,
    )
    expect(caption.magenta).toBeGreaterThan(200)
    expect(errors).toEqual([])
  }, 30_000)

  test('the exported file carries the logo in the same corner', async () => {
    await page.locator('select.player-format').selectOption('webm')
    await page.locator('select.player-resolution').selectOption('720p')
    const download = page.waitForEvent('download', { timeout: 240_000 })
    await page.getByRole('button', { name: 'Export video' }).click()
    const file = await download
    const path = join(downloads, file.suggestedFilename())
    await file.saveAs(path)
    // 720p in 9:16 is the canvas's own size: the logo sits at the same place.
    const pixel = await frameAt(path, 5, size)
    expect(isRed(pixel(logoCore.x + 10, logoCore.y + 5))).toBe(true)
    // Elsewhere the frame is the video, not the logo's red.
    expect(isRed(pixel(size.width / 2, size.height / 2))).toBe(false)
  }, 260_000)
})
