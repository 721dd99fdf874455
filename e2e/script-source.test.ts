/**
 * A video from the person's own script, as a person makes it in Chromium against the compiled
 * binary: pick "My own script" (the length field goes, the note says why), paste a script, create
 * it, and get its scenes said word for word by the binary's eSpeak NG. No AI endpoint at all: a
 * script needs none, and AI_PROVIDER points at a closed port to prove it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, Page } from 'playwright-core'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'

const chromiumExecutable = chromiumForTests()
const SCRIPT = `Our ferry leaves the harbour at noon. Dr. Weber checks every ticket himself.

The island has one café and one bakery. Bring a warm coat!`

type VideoJson = {
  status: string
  source: { kind: string }
  scenes: { narration: string; durationSec: number; sentences: { text: string; audioUrl: string | null; endSec: number }[] }[]
}

describe.skipIf(!chromiumExecutable)('a script-mode video in Chromium', () => {
  let server: RunningBinary
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    // An AI that is never there: port 9 on loopback refuses; a script must not need it.
    server = await startBinary({
      env: { AI_PROVIDER: 'openai', AI_BASE_URL: 'http://127.0.0.1:9/v1', AI_API_KEY: 'unused', AI_MODEL: 'none', AI_TIMEOUT_MS: '1000' },
    })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    const context = await browser.newContext({ locale: 'en-US' })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    errors = collectPageErrors(page).errors
  }, 30_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
    }
  }, 30_000)

  test('sign up, choose "My own script": its field and note show, the idea and the length hide', async () => {
    await page.goto(`${server.url}/signup`)
    await page.fill('#email', `ada-${crypto.randomUUID()}@example.com`)
    await page.fill('#password', 'correct horse battery staple')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    expect(await page.locator('#scriptText').isVisible()).toBe(false)
    await page.getByLabel('My own script').check()
    expect(await page.locator('#scriptText').isVisible()).toBe(true)
    expect(await page.locator('#prompt').isVisible()).toBe(false)
    expect(await page.locator('rs-island[name="DurationPicker"]').isVisible()).toBe(false)
    expect(await page.locator('#scriptText-hint').textContent()).toContain('the length below is not used')
  })

  test('create it: the scenes are the script, sentence for sentence, each narrated', async () => {
    await page.fill('#scriptText', SCRIPT)
    await page.getByRole('button', { name: 'Create video' }).click()
    await page.waitForURL(/\/videos\/[\w-]+$/)
    await page.waitForSelector('.player-section', { timeout: 60_000 })
    const video = (await (await page.request.get(page.url().replace('/videos/', '/api/videos/'))).json()) as VideoJson
    expect(video.status).toBe('ready')
    expect(video.source.kind).toBe('script')
    expect(video.scenes.map((scene) => scene.narration)).toEqual([
      'Our ferry leaves the harbour at noon. Dr. Weber checks every ticket himself.',
      'The island has one café and one bakery. Bring a warm coat!',
    ])
    for (const scene of video.scenes) {
      expect(scene.sentences.every((sentence) => sentence.audioUrl !== null)).toBe(true)
      // The scene lasts as long as its narration and the closing pause: nothing padded to a target.
      expect(scene.durationSec).toBeCloseTo(scene.sentences.at(-1)!.endSec + 0.45, 2)
    }
    const scenes = page.locator('.scene-list > li')
    expect(await scenes.count()).toBe(2)
    expect(await scenes.first().textContent()).toContain('Our ferry leaves the harbour at noon')
    expect(errors).toEqual([])
  }, 70_000)
})
