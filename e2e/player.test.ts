/**
 * The Player island in a real headless Chromium: server-rendered, hydrated by the island runtime
 * when visible, played, sought, driven by keyboard, and exported to real MP4 and WebM files with
 * real eSpeak NG narration, which ffprobe and ffmpeg then read independently.
 * Self-contained: the island is bundled here with esbuild and served from a throwaway Bun.serve.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { messagesFor } from '../server/i18n/index.ts'
import { playerMessages } from '../server/i18n/player-messages.ts'
import * as esbuild from 'esbuild'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { Browser, Page } from 'playwright-core'
import { ISLAND_ATTR, ISLAND_TAG } from '../islands/constants.ts'
import Player, { type PlayerProps } from '../islands/Player.tsx'
import { FRAMES_PER_SECOND } from '../islands/player/export/frame-schedule.ts'
import { buildCues } from '../server/captions/cues.ts'
import { toVtt } from '../server/captions/vtt.ts'
import { serializeProps } from '../server/render/serialize.ts'
import { chromiumForTests, collectPageErrors, launchBrowser } from './harness/index.ts'
import { ffprobe, meanVolumeDb, speak, videoPacketCount, wavDurationSec } from './media-helpers.ts'

const ROOT = join(import.meta.dir, '..')
const VIEWPORT = { width: 1000, height: 480 }
const COLOURS = ['#d03030', '#30a050', '#3050d0'] as const

/** A poster with stripes and a circle, so pan and zoom visibly change pixels; one dominant colour per scene. */
const posterSvg = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">` +
  `<rect width="1280" height="720" fill="${colour}"/>` +
  Array.from({ length: 16 }, (_, index) => `<rect x="${index * 80}" width="20" height="720" fill="#000" opacity="0.25"/>`).join('') +
  `<circle cx="640" cy="360" r="150" fill="#fff" opacity="0.4"/></svg>`

const SCENE_SEC = 2
const TOTAL_SEC = SCENE_SEC * COLOURS.length
const SENTENCES = ['Red harbour at dawn.', 'Green hills wake.', 'Blue sea, calm.'] as const
const SENTENCE_START_SEC = 0.2

/** The storyboard, narrated by clips served at /audio/s<index>.wav (their lengths measured from the real WAVs). */
const storyboard = (aspect: PlayerProps['aspect'], clipSec: readonly number[]): PlayerProps => ({
  videoId: 'e2e',
  title: 'Harbour at Dawn: a Test!',
  aspect,
  captionsUrl: '/api/videos/e2e/captions.vtt',
  messages: playerMessages('en', messagesFor('en')),
  uiLanguage: 'en',
  language: 'en',
  scenes: COLOURS.map((colour, index) => ({
    durationSec: SCENE_SEC,
    narration: SENTENCES[index]!,
    narrationStatus: index === 2 ? 'pending' : 'ready',
    // The pending scene has its sentence timed but no clip yet: it plays silent, captions still show.
    sentences: [
      {
        text: SENTENCES[index]!,
        startSec: SENTENCE_START_SEC,
        endSec: SENTENCE_START_SEC + clipSec[index]!,
        audioUrl: index === 2 ? null : `/audio/s${index}.wav`,
      },
    ],
    onScreenText: `Scene ${index + 1}`,
    shot: 'wide',
    palette: [colour, '#222222', '#eeeeee'],
    posterUrl: `/posters/e2e/${index}-abc123.svg`,
    posterWidth: 1280,
    posterHeight: 720,
  })),
})

/** The page as the server would send it: the island's SSR HTML inside its marker, then the runtime. */
const pageHtml = (props: PlayerProps) => {
  const island = h(
    ISLAND_TAG,
    {
      [ISLAND_ATTR.name]: 'Player',
      [ISLAND_ATTR.src]: '/player.js',
      [ISLAND_ATTR.hydrate]: 'visible',
      [ISLAND_ATTR.props]: serializeProps('Player', props),
    },
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
    for (let index = 0; index < data.length; index += 4 * 997)
      fingerprint = (fingerprint * 31 + data[index]! + data[index + 1]! * 7 + data[index + 2]! * 13) % 1_000_000_007
    const strip = canvas.getContext('2d')!.getImageData(20, canvas.height * 0.4, 40, canvas.height * 0.2).data
    const mean = [0, 0, 0]
    for (let index = 0; index < strip.length; index += 4)
      for (let channel = 0; channel < 3; channel++) mean[channel]! += strip[index + channel]!
    return { fingerprint, mean: mean.map((sum) => sum / (strip.length / 4)) as [number, number, number] }
  })
const dominant = ([red, green, blue]: [number, number, number]) => (red > green && red > blue ? 'red' : green > blue ? 'green' : 'blue')

/** Waits (bounded) until the canvas's left strip is dominated by `colour`: the frame for the new time is painted. */
const waitForDominant = async (page: Page, colour: ReturnType<typeof dominant>) => {
  const deadline = performance.now() + 5000
  let seen = dominant((await canvasPixels(page)).mean)
  while (seen !== colour && performance.now() < deadline) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    seen = dominant((await canvasPixels(page)).mean)
  }
  return seen
}

const seekTo = (page: Page, sec: number) =>
  page.locator('input.player-seek').evaluate((input: HTMLInputElement, value) => {
    input.value = String(value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }, sec)
const position = async (page: Page) => Number(await page.locator('input.player-seek').inputValue())
const playerState = (page: Page) => page.locator('.player').getAttribute('data-state')

/** `hh:mm:ss.mmm` in seconds. */
const seconds = (timestamp: string) => timestamp.split(':').reduce((total, part) => total * 60 + Number(part), 0)

const chromiumExecutable = chromiumForTests()

describe.skipIf(!chromiumExecutable)('Player island in Chromium', () => {
  let server: ReturnType<typeof Bun.serve>
  let browser: Browser
  let page: Page
  let pageErrors: { errors: string[] }
  let downloads: string
  let captionsVtt: string
  /** Exported files, served back so the browser itself can say whether they play and seek. */
  const exported = new Map<string, Uint8Array<ArrayBuffer>>()

  beforeAll(async () => {
    const clips = await Promise.all(SENTENCES.map((text) => speak(text)))
    const clipSec = clips.map(wavDurationSec)
    const [script, appCss, playerCss] = await Promise.all([
      bundle(),
      // Bundled as the build bundles it: app.css @imports other sheets (and uPlot's, from node_modules).
      esbuild
        .build({ entryPoints: [join(ROOT, 'static/css/app.css')], bundle: true, write: false, logLevel: 'warning' })
        .then((result) => result.outputFiles[0]!.text),
      readFile(join(ROOT, 'static/css/player.css'), 'utf8'),
    ])
    const pages: Record<string, string> = { '/': pageHtml(storyboard('16:9', clipSec)), '/portrait': pageHtml(storyboard('9:16', clipSec)) }
    // The captions file as the server writes it, from the same sentences.
    captionsVtt = toVtt(buildCues(storyboard('16:9', clipSec).scenes, 'en'))
    downloads = await mkdtemp(join(tmpdir(), 'reelsmith-export-'))
    server = Bun.serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch(request) {
        const { pathname } = new URL(request.url)
        const type = (contentType: string) => ({ headers: { 'content-type': contentType } })
        const html = pages[pathname]
        if (html) return new Response(html, type('text/html; charset=utf-8'))
        if (pathname === '/entry.js') return new Response(script, type('text/javascript; charset=utf-8'))
        if (pathname === '/app.css') return new Response(appCss, type('text/css; charset=utf-8'))
        if (pathname === '/player.css') return new Response(playerCss, type('text/css; charset=utf-8'))
        if (pathname === '/api/videos/e2e/captions.vtt') return new Response(captionsVtt, type('text/vtt; charset=utf-8'))
        const poster = /^\/posters\/e2e\/(\d)-abc123\.svg$/.exec(pathname)
        const colour = poster && COLOURS[Number(poster[1])]
        if (colour) return new Response(posterSvg(colour), type('image/svg+xml'))
        const audio = /^\/audio\/s(\d)\.wav$/.exec(pathname)
        const clip = audio && clips[Number(audio[1])]
        if (clip) return new Response(clip, type('audio/wav'))
        const file = exported.get(pathname)
        if (file) {
          // A <video> seeks with Range requests, as it would against the real server's files.
          const headers = { 'content-type': pathname.endsWith('.mp4') ? 'video/mp4' : 'video/webm', 'accept-ranges': 'bytes' }
          const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '')
          if (!range) return new Response(file, { headers })
          const start = Number(range[1])
          const end = Math.min(file.byteLength - 1, range[2] ? Number(range[2]) : file.byteLength - 1)
          return new Response(file.slice(start, end + 1), {
            status: 206,
            headers: { ...headers, 'content-range': `bytes ${start}-${end}/${file.byteLength}` },
          })
        }
        return new Response('not found', { status: 404 })
      },
    })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true })
    pageErrors = collectPageErrors(page)
    await page.goto(`http://127.0.0.1:${server.port}/`)
    // Hydrated: the server rendered the controls disabled, the island enables them.
    await page.locator('button.player-play:not([disabled])').waitFor({ timeout: 10_000 })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.stop(true)
    if (downloads) await rm(downloads, { recursive: true, force: true })
  })

  /** Exports with the chosen format and resolution from `target`, saves the download and probes it. */
  const exportFile = async (target: Page, format: 'mp4' | 'webm', resolution: '720p' | '1080p') => {
    await target.locator('select.player-format').selectOption(format)
    await target.locator('select.player-resolution').selectOption(resolution)
    const download = target.waitForEvent('download', { timeout: 120_000 })
    await target.getByRole('button', { name: 'Export video' }).click()
    const file = await download
    const path = join(downloads, `${format}-${resolution}-${file.suggestedFilename()}`)
    await file.saveAs(path)
    exported.set(`/exported/${format}-${resolution}.${format}`, new Uint8Array(await readFile(path)))
    await target.getByText(`Downloaded ${file.suggestedFilename()}`).waitFor({ timeout: 10_000 })
    return { name: file.suggestedFilename(), path, probe: await ffprobe(path) }
  }

  const expectStoryboardFile = async (exported: Awaited<ReturnType<typeof exportFile>>, videoCodec: string, size: [number, number]) => {
    const video = exported.probe.streams.find((stream) => stream.codec_type === 'video')!
    const audio = exported.probe.streams.find((stream) => stream.codec_type === 'audio')
    expect(video.codec_name).toBe(videoCodec)
    expect([video.width, video.height]).toEqual(size)
    expect(['opus', 'aac']).toContain(audio?.codec_name ?? 'none')
    // The duration comes from the container's header, and the frames were placed by number, not by the clock.
    expect(Math.abs(Number(exported.probe.format.duration) - TOTAL_SEC) / TOTAL_SEC).toBeLessThan(0.02)
    // Every frame is in the file: an encoder allowed to drop frames (latencyMode 'realtime') may not keep them all.
    expect(await videoPacketCount(exported.path)).toBe(TOTAL_SEC * FRAMES_PER_SECOND)
    // eSpeak's narration is in it: far above digital silence (-91 dB).
    expect(await meanVolumeDb(exported.path)).toBeGreaterThan(-60)
  }

  test('the stage keeps 16:9 and, with the controls below it, fits in a short viewport', async () => {
    // At this width a 16:9 stage would be ~540 px tall: taller than the viewport.
    const stage = (await page.locator('.player-stage').boundingBox())!
    const controls = (await page.locator('.player-controls').boundingBox())!
    expect(stage.width / stage.height).toBeCloseTo(16 / 9, 1)
    expect(stage.height + controls.height).toBeLessThanOrEqual(VIEWPORT.height)
  })

  test('the scene strip marks the scene whose narration is still pending; captions can be downloaded', async () => {
    expect(
      await page.locator('.player-scenes li').evaluateAll((items) => items.map((item) => item.getAttribute('data-narration'))),
    ).toEqual(['ready', 'ready', 'pending'])
    expect(await page.locator('[data-narration="pending"] button').textContent()).toContain('Narration in progress')
    expect(await page.getByRole('link', { name: 'WebVTT' }).getAttribute('href')).toBe('/api/videos/e2e/captions.vtt')
    expect(await page.getByRole('link', { name: 'SRT' }).getAttribute('href')).toBe('/api/videos/e2e/captions.srt')
  })

  test("captions are a real <track>: it loads the WebVTT file, its cues are the file's, the spoken caption follows the playhead", async () => {
    const track = page.locator('video.player-track-host track')
    expect(await track.getAttribute('kind')).toBe('captions')
    expect(await track.getAttribute('srclang')).toBe('en')
    expect(await track.getAttribute('src')).toBe('/api/videos/e2e/captions.vtt')
    // readyState 2 is LOADED: the browser fetched and parsed the file.
    await page.waitForFunction(
      () => document.querySelector<HTMLTrackElement>('video.player-track-host track')?.readyState === 2,
      undefined,
      {
        timeout: 10_000,
      },
    )
    const cues = await track.evaluate((element: HTMLTrackElement) =>
      Array.from(element.track.cues ?? [], (cue) => ({ start: cue.startTime, end: cue.endTime, text: (cue as VTTCue).text })),
    )
    const expected = [...captionsVtt.matchAll(/^([\d:.]+) --> ([\d:.]+)\n([\s\S]*?)(?:\n\n|\n?$)/gm)].map(([, start, end, text]) => ({
      start: seconds(start!),
      end: seconds(end!),
      text: text!,
    }))
    expect(expected.length).toBe(SENTENCES.length)
    expect(cues).toEqual(expected)
    expect(cues.map((cue) => cue.text)).toEqual([...SENTENCES])

    const spoken = page.locator('.player-spoken-caption')
    expect(await spoken.getAttribute('aria-live')).toBe('polite')
    for (const [index, cue] of cues.entries()) {
      await seekTo(page, (cue.start + cue.end) / 2)
      await page.locator('.player-spoken-caption', { hasText: SENTENCES[index]! }).waitFor({ timeout: 5000 })
    }
    // Before the first sentence starts there is no caption to read.
    await seekTo(page, cues[0]!.start / 2)
    await page.waitForFunction(() => document.querySelector('.player-spoken-caption')?.textContent === '', undefined, { timeout: 5000 })
  })

  test('play: the time advances, the picture changes, the narration plays through Web Audio', async () => {
    await page.evaluate(() => {
      // Count the clips started, through the real AudioBufferSourceNode.
      const counter = window as unknown as { clipsStarted: number }
      counter.clipsStarted = 0
      const start = AudioBufferSourceNode.prototype.start
      AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
        counter.clipsStarted++
        return start.apply(this, args)
      }
    })
    await page.locator('button.player-play').click()
    expect(await playerState(page)).toBe('playing')
    const before = { time: await position(page), pixels: await canvasPixels(page) }
    await page.waitForFunction(
      (start) => Number(document.querySelector<HTMLInputElement>('input.player-seek')!.value) > start + 0.3,
      before.time,
      { timeout: 5000 },
    )
    const after = { time: await position(page), pixels: await canvasPixels(page) }
    expect(after.time).toBeGreaterThan(before.time)
    expect(after.pixels.fingerprint).not.toBe(before.pixels.fingerprint)
    // It stops by itself at the end of the 6 s storyboard, having started both narrated clips.
    await page.locator('.player[data-state="paused"]').waitFor({ timeout: 15_000 })
    expect(await page.locator('.player-time').textContent()).toBe('0:06 / 0:06')
    expect(await page.evaluate(() => (window as unknown as { clipsStarted: number }).clipsStarted)).toBeGreaterThanOrEqual(2)
  }, 30_000)

  test("seek: the slider moves to the time and the canvas shows that scene's poster", async () => {
    await seekTo(page, 3)
    await page.locator('.player-time', { hasText: '0:03 / 0:06' }).waitFor({ timeout: 5000 })
    expect(await page.locator('input.player-seek').getAttribute('aria-valuetext')).toBe('0:03 of 0:06, scene 2 of 3')
    expect(await waitForDominant(page, 'green')).toBe('green')
    await seekTo(page, 5)
    expect(await waitForDominant(page, 'blue')).toBe('blue')
    await seekTo(page, 1)
    expect(await waitForDominant(page, 'red')).toBe('red')
  })

  test('keyboard: Space toggles on the focused canvas, → and ← seek, Home goes to the start', async () => {
    await page.locator('canvas').focus()
    await page.keyboard.press('Home')
    expect(await position(page)).toBe(0)
    await page.keyboard.press('ArrowRight')
    expect(await position(page)).toBe(5)
    await page.keyboard.press('ArrowLeft')
    expect(await position(page)).toBe(0)
    await page.keyboard.press('Space')
    expect(await playerState(page)).toBe('playing')
    await page.keyboard.press('Space')
    expect(await playerState(page)).toBe('paused')
  })

  test('export MP4 720p: H.264 with sound, 1280x720, as long as the storyboard, named after the title', async () => {
    const exported = await exportFile(page, 'mp4', '720p')
    expect(exported.name).toBe('harbour-at-dawn-a-test.mp4')
    expect(exported.probe.format.format_name).toContain('mp4')
    await expectStoryboardFile(exported, 'h264', [1280, 720])
  }, 150_000)

  test('export WebM 720p: VP9 with Opus, 1280x720, as long as the storyboard', async () => {
    const exported = await exportFile(page, 'webm', '720p')
    expect(exported.name).toBe('harbour-at-dawn-a-test.webm')
    expect(exported.probe.format.format_name).toContain('webm')
    await expectStoryboardFile(exported, 'vp9', [1280, 720])
  }, 150_000)

  test('the exported files play and seek in the browser: the duration is in the header', async () => {
    for (const url of ['/exported/mp4-720p.mp4', '/exported/webm-720p.webm']) {
      expect(exported.has(url)).toBe(true)
      const played = await page.evaluate(async (src) => {
        const element = document.createElement('video')
        element.muted = true
        element.preload = 'auto'
        element.src = src
        await new Promise((resolve, reject) => {
          element.onloadedmetadata = resolve
          element.onerror = () => reject(new Error(`video error ${element.error?.code}: ${element.error?.message}`))
        })
        const duration = element.duration
        await new Promise((resolve) => {
          element.onseeked = resolve
          element.currentTime = 4.5
        })
        return { duration, width: element.videoWidth, height: element.videoHeight, at: element.currentTime }
      }, url)
      expect(Math.abs(played.duration - TOTAL_SEC) / TOTAL_SEC).toBeLessThan(0.02)
      expect([played.width, played.height]).toEqual([1280, 720])
      expect(played.at).toBeCloseTo(4.5, 1)
    }
  }, 30_000)

  test('export of a 9:16 video at 720p is 720x1280', async () => {
    const portrait = await browser.newPage({ viewport: { width: 480, height: 900 }, acceptDownloads: true })
    const errors = collectPageErrors(portrait)
    try {
      await portrait.goto(`http://127.0.0.1:${server.port}/portrait`)
      await portrait.locator('button.player-play:not([disabled])').waitFor({ timeout: 10_000 })
      await expectStoryboardFile(await exportFile(portrait, 'mp4', '720p'), 'h264', [720, 1280])
      expect(errors.errors).toEqual([])
    } finally {
      await portrait.close()
    }
  }, 150_000)

  test('cancel stops an export without downloading anything', async () => {
    let downloaded = false
    const onDownload = () => (downloaded = true)
    page.on('download', onDownload)
    await page.locator('select.player-resolution').selectOption('1080p')
    await page.getByRole('button', { name: 'Export video' }).click()
    // Progress: the status names the frame being encoded, and the bar moves, before the cancel.
    const total = TOTAL_SEC * FRAMES_PER_SECOND
    await page.locator('.player-status', { hasText: new RegExp(`^Encoding frame [1-9]\\d* of ${total}$`) }).waitFor({ timeout: 60_000 })
    expect(Number(await page.locator('progress.player-progress').getAttribute('value'))).toBeGreaterThan(0)
    expect(await page.locator('progress.player-progress').getAttribute('max')).toBe(String(total))
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Export video' }).waitFor({ timeout: 10_000 })
    expect(await page.locator('.player-status').textContent()).toBe('')
    page.off('download', onDownload)
    expect(downloaded).toBe(false)
  }, 90_000)

  test('without WebCodecs: a clear message, and the fallback records in real time with MediaRecorder (cancelled here)', async () => {
    const fallback = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true })
    const errors = collectPageErrors(fallback)
    try {
      // A browser without WebCodecs, and a count of the recorders made through the real MediaRecorder.
      await fallback.addInitScript(() => {
        const scope = window as unknown as Record<string, unknown> & { recordersMade: number }
        delete scope.VideoEncoder
        delete scope.AudioEncoder
        scope.recordersMade = 0
        const Real = MediaRecorder
        scope.MediaRecorder = class extends Real {
          constructor(...args: ConstructorParameters<typeof MediaRecorder>) {
            super(...args)
            scope.recordersMade++
          }
        }
      })
      let downloaded = false
      fallback.on('download', () => (downloaded = true))
      await fallback.goto(`http://127.0.0.1:${server.port}/`)
      await fallback.locator('button.player-play:not([disabled])').waitFor({ timeout: 10_000 })
      await fallback.getByRole('button', { name: 'Export video' }).click()
      await fallback.locator('.player-status', { hasText: 'no WebCodecs' }).waitFor({ timeout: 10_000 })
      expect(await fallback.locator('.player-status').textContent()).toContain('recorded in real time instead')
      // Recording plays the storyboard from the start, with the controls locked.
      await fallback.locator('.player[data-state="playing"]').waitFor({ timeout: 10_000 })
      expect(await fallback.locator('button.player-play').isDisabled()).toBe(true)
      expect(await fallback.evaluate(() => (window as unknown as { recordersMade: number }).recordersMade)).toBe(1)
      await fallback.getByRole('button', { name: 'Cancel' }).click()
      await fallback.getByRole('button', { name: 'Export video' }).waitFor({ timeout: 10_000 })
      expect(downloaded).toBe(false)
      expect(errors.errors).toEqual([])
    } finally {
      await fallback.close()
    }
  }, 60_000)

  test('prefers-reduced-motion: a cut instead of a crossfade at a scene boundary', async () => {
    await seekTo(page, 2)
    // The seek's repaint runs in the next animation frame; two frames later it has certainly landed.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    // Half of scene 1 (red) over half of scene 2 (green).
    const [red, green] = (await canvasPixels(page)).mean
    expect(Math.abs(red - green)).toBeLessThan(60)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await seekTo(page, 2)
    expect(await waitForDominant(page, 'green')).toBe('green')
    const cut = (await canvasPixels(page)).mean
    expect(cut[1] - cut[0]).toBeGreaterThan(80)
    await page.emulateMedia({ reducedMotion: 'no-preference' })
  })

  test('no console errors or uncaught exceptions along the way', () => {
    expect(pageErrors.errors).toEqual([])
  })
})
