/**
 * The product as a person meets it, in Chromium against the compiled binary: sign up, describe a
 * video, watch it being written and narrated, play it with its voice, export it as MP4 and WebM.
 * The AI is an OpenAI-compatible fake on 127.0.0.1 (the only fake: the network edge) that answers
 * after a pause, so the progress is seen; the narration is the binary's own eSpeak NG, and ffprobe
 * reads the exported files.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, Page } from 'playwright-core'
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { chatCompletion, startFakeOpenAi, type FakeOpenAiServer } from '../server/ai/openai/fake-server.ts'
import { videoRequestSchema } from '../server/ai/storyboard.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'
import { ffprobe, meanVolumeDb } from './media-helpers.ts'

const chromiumExecutable = chromiumForTests()
const AI_DELAY_MS = 1500
const PROMPT = 'A 10-second ad for a bicycle repair shop, warm and funny'

/** Reads the video request out of the provider's prompt and answers with the local writer's storyboard. */
const storyboardFor = async (body: unknown) => {
  const text = JSON.stringify(body)
  const local = createLocalProvider()
  const request = videoRequestSchema.parse({ prompt: PROMPT, style: 'playful', durationSec: 10, aspect: '16:9', language: 'en' })
  if (!text.includes('bicycle repair shop')) throw new Error('the prompt did not reach the AI')
  return JSON.stringify((await local.generateStoryboard(request)).value)
}

/** The part of GET /api/videos/:id read here. */
type VideoJson = { scenes: { durationSec: number; sentences: { audioUrl: string | null }[] }[] }

describe.skipIf(!chromiumExecutable)('the product in Chromium', () => {
  let fakeAi: FakeOpenAiServer
  let server: RunningBinary
  let browser: Browser
  let page: Page
  let errors: string[]
  /** Narration clips the page fetched, with their status. */
  const clipResponses: { url: string; status: number }[] = []

  beforeAll(async () => {
    fakeAi = startFakeOpenAi(async (body) => {
      await Bun.sleep(AI_DELAY_MS)
      return chatCompletion(await storyboardFor(body))
    })
    server = await startBinary({
      env: { AI_PROVIDER: 'openai', AI_BASE_URL: fakeAi.baseUrl, AI_API_KEY: 'test-key', AI_MODEL: 'fake-model' },
    })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    errors = collectPageErrors(page).errors
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/audio/')) clipResponses.push({ url: response.url(), status: response.status() })
    })
  }, 30_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      await fakeAi?.stop()
    }
  }, 30_000)

  test('sign up, then land back on the form with the draft kept', async () => {
    await page.goto(`${server.url}/`)
    await page.fill('#prompt', PROMPT)
    await page.getByRole('button', { name: 'Sign up to create it' }).click()
    await page.waitForURL(/\/signup/)
    await page.fill('#email', `ada-${Date.now()}@example.com`)
    await page.fill('#password', 'correct horse battery staple')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    expect(await page.inputValue('#prompt')).toBe(PROMPT)
    expect(await page.getByRole('link', { name: 'Account' }).isVisible()).toBe(true)
  })

  test('create a 10-second video and watch the progress bar reach done', async () => {
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Shorter' }).click()
    expect(await page.locator('rs-island[name="DurationPicker"] output').textContent()).toBe('10 s')
    await page.selectOption('#style', 'playful')
    await page.getByRole('button', { name: 'Create video' }).click()
    await page.waitForURL(/\/videos\/[\w-]+$/)
    // The AI answers after 1.5 s: the bar is on the page, moving, before the player replaces it.
    const bar = page.getByRole('progressbar')
    await bar.waitFor()
    const seen = new Set<string>()
    const labels = page.locator('.progress-label span').first()
    const reachedDone = page.waitForSelector('.player-section', { timeout: 20_000 })
    while (!(await page.locator('.player-section').count())) {
      // Short timeouts: the bar disappears when the page reloads to show the finished video.
      const label = await labels.textContent({ timeout: 100 }).catch(() => null)
      if (label) seen.add(label)
      const value = await bar.getAttribute('aria-valuenow', { timeout: 100 }).catch(() => null)
      if (value === '100') seen.add('100%')
      await Bun.sleep(50)
    }
    await reachedDone
    expect([...seen]).toContain('Writing the script')
    expect([...seen].some((label) => /^Narrating scene \d+\/\d+$/.test(label))).toBe(true)
    expect(fakeAi.requests).toHaveLength(1)
    expect(fakeAi.requests[0]!.headers.get('authorization')).toBe('Bearer test-key')
  }, 30_000)

  test('the finished video shows its script and every scene poster', async () => {
    expect(await page.locator('h1').textContent()).not.toBe(PROMPT)
    const scenes = page.locator('.scene-list > li')
    expect(await scenes.count()).toBeGreaterThanOrEqual(2)
    const poster = scenes.first().locator('img')
    expect(await poster.getAttribute('loading')).toBe('lazy')
    // Lazy: below the owner's editor it loads only once it nears the viewport.
    await poster.scrollIntoViewIfNeeded()
    expect(await poster.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(0)
  })

  test('play it with its voice: every sentence’s clip is fetched, and time advances', async () => {
    const player = page.locator('rs-island[name="Player"]')
    await player.scrollIntoViewIfNeeded()
    const video = (await (await page.request.get(`${page.url().replace('/videos/', '/api/videos/')}`)).json()) as VideoJson
    const clipUrls = new Set(
      video.scenes.flatMap((scene) => scene.sentences.map((sentence) => new URL(sentence.audioUrl!, server.url).href)),
    )
    expect(clipUrls.size).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Play' }).click()
    // The player fetches the clips when it comes into view; each one answers 200.
    await page.waitForFunction(
      (count) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/audio/')).length >= count,
      clipUrls.size,
    )
    await page.waitForFunction(() => /^0:0[1-9] \//.test(document.querySelector('.player-time')?.textContent ?? ''))
    await page.getByRole('button', { name: 'Pause' }).click()
    expect(new Set(clipResponses.filter((response) => response.status === 200).map((response) => response.url))).toEqual(clipUrls)
    expect(await player.locator('.player-time').textContent()).toMatch(/ \/ 0:(09|10|11)$/)
  })

  for (const [format, codec, magic] of [
    ['mp4', 'h264', null],
    ['webm', 'vp9', [0x1a, 0x45, 0xdf, 0xa3]],
  ] as const) {
    test(`export it as ${format}: ${codec} at 1280x720 with the narration, as long as the storyboard`, async () => {
      const video = (await (await page.request.get(`${page.url().replace('/videos/', '/api/videos/')}`)).json()) as VideoJson
      const storyboardSec = video.scenes.reduce((total, scene) => total + scene.durationSec, 0)
      const download = page.waitForEvent('download', { timeout: 90_000 })
      await page.locator('select.player-format').selectOption(format)
      await page.getByRole('button', { name: 'Export video' }).click()
      const file = await download
      expect(file.suggestedFilename()).toEndWith(`.${format}`)
      const path = (await file.path())!
      if (magic) expect([...new Uint8Array(await Bun.file(path).slice(0, 4).arrayBuffer())]).toEqual([...magic])
      const probe = await ffprobe(path)
      const picture = probe.streams.find((stream) => stream.codec_type === 'video')!
      expect(picture).toMatchObject({ codec_name: codec, width: 1280, height: 720 })
      expect(probe.streams.some((stream) => stream.codec_type === 'audio')).toBe(true)
      expect(Math.abs(Number(probe.format.duration) - storyboardSec)).toBeLessThanOrEqual(storyboardSec * 0.02)
      // The voice is in it: digital silence reads -91 dB.
      expect(await meanVolumeDb(path)).toBeGreaterThan(-60)
    }, 120_000)
  }

  test('no console errors along the way', () => {
    expect(errors).toEqual([])
  })
})
