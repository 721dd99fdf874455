/**
 * Export speed in headless Chromium: a 60 s storyboard (6 scenes, posters, eSpeak NG narration,
 * captions) exported with the real exporter at 1080p and 720p, MP4 and WebM. Prints each run's
 * wall time and its speed as a multiple of real time (2.0x = a 60 s video in 30 s), plus the
 * share of the time spent drawing frames.
 *
 *   bun scripts/bench-export.ts [--seconds 60] [--latency realtime|quality] [--bpp 0.1] [--only mp4-1080p]
 */
import * as esbuild from 'esbuild'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { speak, wavDurationSec } from '../e2e/media-helpers.ts'
import type { PlayerScene } from '../islands/player/types.ts'

const ROOT = join(import.meta.dir, '..')
const arg = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : undefined
}
const totalSec = Number(arg('seconds') ?? 60)
const latencyMode = arg('latency') ?? 'realtime'
const bitsPerPixel = Number(arg('bpp') ?? 0.1)
const only = arg('only')
const SCENES = 6
const COLOURS = ['#d03030', '#30a050', '#3050d0', '#c08020', '#8030c0', '#209090']
const TEXTS = [
  'The harbour wakes before the city does.',
  'Fishing boats come back with the first light.',
  'Gulls argue over the market roofs.',
  'Bakers open their doors, and the smell of bread spills out.',
  'By eight the ferries are full.',
  'Another ordinary, beautiful morning.',
]

const posterSvg = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720"><rect width="1280" height="720" fill="${colour}"/>` +
  Array.from({ length: 16 }, (_, index) => `<rect x="${index * 80}" width="20" height="720" fill="#000" opacity="0.25"/>`).join('') +
  `<circle cx="640" cy="360" r="150" fill="#fff" opacity="0.4"/></svg>`

const clips = await Promise.all(TEXTS.map((text) => speak(text)))
const sceneSec = totalSec / SCENES
const scenes: PlayerScene[] = TEXTS.map((text, index) => ({
  durationSec: sceneSec,
  narration: text,
  narrationStatus: 'ready',
  sentences: [{ text, startSec: 0.3, endSec: 0.3 + wavDurationSec(clips[index]!), audioUrl: `/audio/${index}.wav` }],
  onScreenText: `Scene ${index + 1}`,
  shot: 'wide',
  palette: [COLOURS[index]!, '#222222'],
  posterUrl: `/posters/${index}.svg`,
  // The bench's posters have no text, so the picture is the poster itself.
  posterWidth: 1280,
  posterHeight: 720,
}))

const script = (
  await esbuild.build({
    stdin: {
      contents: `import { createPlayerEngine } from './islands/player/engine.ts'
import { exportVideo } from './islands/player/export/encode.ts'
import { exportSize } from './islands/player/export/sizes.ts'
Object.assign(window, { runExport: async ({ scenes, format, resolution, tuning }) => {
  const engine = createPlayerEngine({ scenes, context: null, size: { width: 1, height: 1 } })
  await engine.preloadAll()
  const content = engine.frameContent()
  const size = exportSize('16:9', resolution)
  // Drawing cost on its own: the same frames painted without encoding.
  const { drawFrame } = await import('./islands/player/draw.ts')
  const canvas = new OffscreenCanvas(size.width, size.height)
  const ctx = canvas.getContext('2d')
  const drawStarted = performance.now()
  for (let i = 0; i < 300; i++) drawFrame(ctx, content, i / 30, size)
  ctx.getImageData(0, 0, 1, 1)
  const drawMsPerFrame = (performance.now() - drawStarted) / 300
  const started = performance.now()
  const outcome = await exportVideo({ scenes, content, format, size, signal: new AbortController().signal, tuning })
  const ms = performance.now() - started
  if (outcome.kind !== 'done') throw new Error(outcome.kind === 'error' ? outcome.message : 'cancelled')
  return { ms, bytes: outcome.blob.size, video: outcome.video, audio: outcome.audio, drawMsPerFrame }
} })`,
      resolveDir: ROOT,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  })
).outputFiles[0]!.text

const server = Bun.serve({
  port: 0,
  hostname: '127.0.0.1',
  fetch(request) {
    const { pathname } = new URL(request.url)
    if (pathname === '/')
      return new Response('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>', {
        headers: { 'content-type': 'text/html' },
      })
    if (pathname === '/bench.js') return new Response(script, { headers: { 'content-type': 'text/javascript' } })
    const poster = /^\/posters\/(\d)\.svg$/.exec(pathname)
    if (poster) return new Response(posterSvg(COLOURS[Number(poster[1])]!), { headers: { 'content-type': 'image/svg+xml' } })
    const audio = /^\/audio\/(\d)\.wav$/.exec(pathname)
    if (audio) return new Response(clips[Number(audio[1])]!, { headers: { 'content-type': 'audio/wav' } })
    return new Response('not found', { status: 404 })
  },
})
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  timeout: 30_000,
})
try {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${server.port}/`)
  await page.waitForFunction(() => 'runExport' in window, undefined, { timeout: 10_000 })
  console.log(
    `${totalSec} s storyboard, latencyMode ${latencyMode}, ${bitsPerPixel} bits per pixel, ${navigator.hardwareConcurrency} CPUs, load ${(await Bun.file('/proc/loadavg').text()).split(' ')[0]}`,
  )
  for (const [format, resolution] of [
    ['mp4', '1080p'],
    ['webm', '1080p'],
    ['mp4', '720p'],
    ['webm', '720p'],
  ] as const) {
    if (only && only !== `${format}-${resolution}`) continue
    const result = await page.evaluate(
      (input) =>
        (
          window as unknown as {
            runExport: (input: unknown) => Promise<{ ms: number; bytes: number; video: string; audio: string; drawMsPerFrame: number }>
          }
        ).runExport(input),
      {
        scenes,
        format,
        resolution,
        tuning: { latencyMode, bitsPerPixel },
      },
    )
    const ratio = totalSec / (result.ms / 1000)
    const drawShare = (result.drawMsPerFrame * totalSec * 30) / result.ms
    console.log(
      `${format.padEnd(4)} ${resolution.padEnd(5)} ${result.video}+${result.audio}  ${(result.ms / 1000).toFixed(1).padStart(6)} s  ${ratio.toFixed(2).padStart(5)}x real time  ${(result.bytes / 1e6).toFixed(1)} MB  draw ${result.drawMsPerFrame.toFixed(1)} ms/frame (${Math.round(drawShare * 100)}%)`,
    )
  }
} finally {
  await browser.close()
  server.stop(true)
}
