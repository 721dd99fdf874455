/**
 * Background music in a real headless Chromium. (1) The synthesizer itself: the same score rendered
 * twice in an OfflineAudioContext gives identical samples, and the mix ducks under speech. (2) On
 * the compiled binary: a video exported with music on has sound where nothing is said; with the
 * music off that span is (near) silent. The narration comes from a loopback speech endpoint (the
 * network edge) that answers each sentence with a short tone, so the gaps between sentences are long.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, Page } from 'playwright-core'
import { startFakeSpeechServer, wavResponse, type FakeSpeechServer } from '../server/tts/openai/fake-server.ts'
import { toneWav } from '../server/tts/wav.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'
import { serveBundledPage, type BundledPage } from './harness/bundled-page.ts'
import { ffprobe, meanVolumeDb } from './media-helpers.ts'

const chromiumExecutable = chromiumForTests()

const entry = `import { addMusic } from './islands/player/music/render.ts'
Object.assign(window, {
  renderMusic: async ({ durationSec, speech, levelPercent }) => {
    const context = new OfflineAudioContext({ numberOfChannels: 2, length: Math.ceil(durationSec * 48000), sampleRate: 48000 })
    addMusic(context, context.destination, { mood: 'upbeat', bpm: 112, seed: 42, levelPercent, durationSec, speech })
    const buffer = await context.startRendering()
    const left = buffer.getChannelData(0)
    // Over the raw float bits: equal hashes mean equal samples, not merely close ones.
    const bits = new Int32Array(left.buffer, left.byteOffset, left.length)
    let hash = 0
    for (let index = 0; index < bits.length; index++) hash = (Math.imul(hash, 31) + bits[index]) | 0
    /** RMS of [from, to) seconds. */
    const rms = (from, to) => {
      let sum = 0
      const start = Math.floor(from * 48000), end = Math.floor(to * 48000)
      for (let index = start; index < end; index++) sum += left[index] * left[index]
      return Math.sqrt(sum / (end - start))
    }
    return { hash, length: left.length, free: rms(2, 4), ducked: rms(4.5, 6.5), last: rms(durationSec - 0.01, durationSec) }
  },
})`

describe.skipIf(!chromiumExecutable)('music synthesized in Chromium', () => {
  let testPage: BundledPage
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    testPage = await serveBundledPage(entry)
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    page = await browser.newPage()
    await page.goto(testPage.url)
    await page.waitForFunction(() => 'renderMusic' in window, undefined, { timeout: 10_000 })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
    testPage?.stop()
  })

  type Rendered = { hash: number; length: number; free: number; ducked: number; last: number }
  const render = (input: { durationSec: number; speech: { startSec: number; endSec: number }[]; levelPercent: number }) =>
    page.evaluate((args) => (window as unknown as { renderMusic: (a: unknown) => Promise<Rendered> }).renderMusic(args), input)

  test('rendered twice, the same music is the same samples; ducked under speech, silent at the very end', async () => {
    const input = { durationSec: 10, speech: [{ startSec: 4.4, endSec: 6.6 }], levelPercent: 50 }
    const first = await render(input)
    const second = await render(input)
    expect(second).toEqual(first)
    expect(first.length).toBe(480_000)
    expect(first.free).toBeGreaterThan(0.005)
    // Under the sentence the music is about a third as loud (DUCKING.depth), well below the free span.
    expect(first.ducked).toBeLessThan(first.free * 0.6)
    expect(first.ducked).toBeGreaterThan(0)
    expect(first.last).toBeLessThan(first.free * 0.05)
  }, 60_000)

  test('the level scales it; 0 is silence', async () => {
    const loud = await render({ durationSec: 6, speech: [], levelPercent: 100 })
    const soft = await render({ durationSec: 6, speech: [], levelPercent: 25 })
    const off = await render({ durationSec: 6, speech: [], levelPercent: 0 })
    expect(soft.free / loud.free).toBeCloseTo(0.25, 2)
    expect(off.free).toBe(0)
  }, 60_000)
})

type SceneJson = { durationSec: number; sentences: { startSec: number; endSec: number; audioUrl: string | null }[] }
type VideoJson = { id: string; status: string; scenes: SceneJson[]; music: { level: number } }

/** The longest stretch with no sentence, away from the fades at either end: where only music can sound. */
const quietestSpan = (video: VideoJson) => {
  const total = video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
  let start = 0
  const spans = video.scenes.flatMap((scene) => {
    const at = start
    start += scene.durationSec
    return scene.sentences.map((sentence) => [at + sentence.startSec, at + sentence.endSec] as const)
  })
  // Edges: past the fade-in (1 s) and before the fade-out (the last quarter, at most 3 s).
  const bounds = [[0, 1.2], ...spans, [total - Math.min(3, total / 4) - 0.2, total]].sort((a, b) => a[0] - b[0])
  let best = { fromSec: 0, durationSec: 0 }
  for (let index = 1; index < bounds.length; index++) {
    // After the ducking's release (0.45 s) and the encoder's smear; before the next attack.
    const from = Math.max(...bounds.slice(0, index).map((bound) => bound[1])) + 0.6
    const to = bounds[index]![0] - 0.25
    if (to - from > best.durationSec) best = { fromSec: from, durationSec: to - from }
  }
  return best
}

describe.skipIf(!chromiumExecutable || !Bun.which('ffmpeg'))('music in the export, on the compiled binary', () => {
  let speech: FakeSpeechServer
  let server: RunningBinary
  let browser: Browser
  let page: Page
  let errors: string[]
  let video: VideoJson

  beforeAll(async () => {
    speech = startFakeSpeechServer(() => wavResponse(toneWav(0.35)))
    server = await startBinary({ env: { TTS_PROVIDER: 'openai', TTS_BASE_URL: speech.baseUrl, TTS_API_KEY: 'test-key' } })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    errors = collectPageErrors(page).errors
    await page.goto(`${server.url}/signup`)
    await page.fill('#email', `music-${crypto.randomUUID().slice(0, 8)}@example.com`)
    await page.fill('#password', 'correct horse battery staple')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue()
    const created = await page.request.post(`${server.url}/api/videos`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        prompt: 'A quiet film about tides on a northern beach',
        style: 'documentary',
        durationSec: 15,
        aspect: '16:9',
        language: 'en',
      },
    })
    expect(created.status()).toBe(201)
    const { id } = (await created.json()) as VideoJson
    const deadline = Date.now() + 60_000
    do {
      video = (await (await page.request.get(`${server.url}/api/videos/${id}`)).json()) as VideoJson
      if (video.status !== 'ready') await page.waitForTimeout(200)
    } while (video.status !== 'ready' && Date.now() < deadline)
    expect(video.status).toBe('ready')
    await page.goto(`${server.url}/videos/${id}`)
    await page.locator('rs-island[name="Player"]').scrollIntoViewIfNeeded()
    await page.locator('button.player-play:not([disabled])').waitFor()
  }, 90_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      await speech?.stop()
    }
  }, 30_000)

  const exportMp4 = async () => {
    const download = page.waitForEvent('download', { timeout: 90_000 })
    await page.getByRole('button', { name: 'Export video' }).click()
    const file = await download
    const path = (await file.path())!
    await page.getByText(`Downloaded ${file.suggestedFilename()}`).waitFor()
    return path
  }

  test('music on (the default 35 %): sound where nothing is said; off: that span is silent', async () => {
    const quiet = quietestSpan(video)
    expect(quiet.durationSec).toBeGreaterThan(0.3)
    expect(video.music.level).toBe(35)
    expect(await page.locator('input.player-music-on').isChecked()).toBe(true)

    const withMusic = await exportMp4()
    const probe = await ffprobe(withMusic)
    expect(probe.streams.some((stream) => stream.codec_type === 'audio')).toBe(true)
    const on = await meanVolumeDb(withMusic, quiet)
    expect(on).toBeGreaterThan(-50)

    await page.getByRole('checkbox', { name: 'Music' }).uncheck()
    expect(await page.getByRole('slider', { name: 'Music volume' }).isDisabled()).toBe(true)
    const withoutMusic = await exportMp4()
    const off = await meanVolumeDb(withoutMusic, quiet)
    expect(off).toBeLessThan(-70)
    // The narration is in both: the whole file is not silent without music.
    expect(await meanVolumeDb(withoutMusic)).toBeGreaterThan(-60)
  }, 240_000)

  test('no console errors along the way', () => {
    expect(errors).toEqual([])
  })
})
