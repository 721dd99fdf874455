/**
 * Export speed in headless Chromium: a 60 s storyboard (6 scenes, posters, eSpeak NG narration,
 * captions) exported with the real exporter at 1080p and 720p, MP4 and WebM. Each format and size
 * runs every variant in turn, round after round, so they are compared side by side under the same
 * load: `before` is the exporter's former set-up (one canvas, latencyMode realtime), `now` its
 * defaults (with --latency, --bpp or --canvases applied). Per run it prints the wall time and the
 * speed as a multiple of real time (2.0x = a 60 s video in 30 s), where the main thread's time went
 * (painting, capturing the frame, waiting for the encoder), and the CPU time Chromium's threads
 * spent per frame (from /proc: what the neighbours on a shared machine do not change).
 *
 *   bun scripts/bench-export.ts [--seconds 60] [--rounds 1] [--variants before,now] [--only mp4-1080p]
 *                               [--latency realtime|quality] [--bpp 0.1] [--canvases 3] [--threads]
 *
 * `--threads` also prints each run's CPU seconds per Chromium thread group (only the Chromium this
 * script started: others' browser tests on the machine are left out).
 */
import * as esbuild from 'esbuild'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { speak, wavDurationSec } from '../e2e/media-helpers.ts'
import type { EncoderTuning } from '../islands/player/export/encode.ts'
import type { PlayerScene } from '../islands/player/types.ts'
import { chromiumCpu, cpuSpent } from './bench/chromium-cpu.ts'

const ROOT = join(import.meta.dir, '..')
const arg = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : undefined
}
const totalSec = Number(arg('seconds') ?? 60)
const rounds = Number(arg('rounds') ?? 1)
const only = arg('only')
const showThreads = process.argv.includes('--threads')
const overrides: Partial<EncoderTuning> = {
  ...(arg('latency') && { latencyMode: arg('latency') as EncoderTuning['latencyMode'] }),
  ...(arg('bpp') && { bitsPerPixel: Number(arg('bpp')) }),
  ...(arg('canvases') && { canvases: Number(arg('canvases')) }),
}
const VARIANTS: Record<string, Partial<EncoderTuning>> = {
  before: { latencyMode: 'realtime', canvases: 1 },
  now: overrides,
}
const variants = (arg('variants') ?? 'before,now').split(',').filter((name) => name in VARIANTS)
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
  const timings = { frames: 0, drawMs: 0, captureMs: 0, waitMs: 0 }
  const started = performance.now()
  const outcome = await exportVideo({ scenes, content, format, size, signal: new AbortController().signal, tuning, timings })
  const ms = performance.now() - started
  if (outcome.kind !== 'done') throw new Error(outcome.kind === 'error' ? outcome.message : 'cancelled')
  return { ms, bytes: outcome.blob.size, video: outcome.video, audio: outcome.audio, timings }
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
  const load = async () => (await Bun.file('/proc/loadavg').text()).split(' ')[0]
  console.log(`${totalSec} s storyboard, variants ${variants.join(', ')}, ${navigator.hardwareConcurrency} CPUs, load ${await load()}`)
  console.log(
    'main thread ms/frame: paint + capture + wait for the encoder; CPU ms/frame: renderer main thread, other renderer threads (the encoders)',
  )
  type Result = {
    ms: number
    bytes: number
    video: string
    audio: string
    timings: Record<'frames' | 'drawMs' | 'captureMs' | 'waitMs', number>
  }
  for (const [format, resolution] of [
    ['mp4', '1080p'],
    ['webm', '1080p'],
    ['mp4', '720p'],
    ['webm', '720p'],
  ] as const) {
    if (only && only !== `${format}-${resolution}`) continue
    for (let round = 0; round < rounds; round++) {
      for (const variant of variants) {
        const before = chromiumCpu()
        const result: Result = await page.evaluate(
          (input) => (window as unknown as { runExport: (input: unknown) => Promise<Result> }).runExport(input),
          { scenes, format, resolution, tuning: VARIANTS[variant] },
        )
        const spent = cpuSpent(before, chromiumCpu())
        if (showThreads)
          console.log(
            `  CPU s: ${spent
              .slice(0, 8)
              .map((row) => `${row.key} ${row.seconds.toFixed(2)}`)
              .join(', ')}`,
          )
        const frames = result.timings.frames
        const perFrame = (ms: number) => (ms / frames).toFixed(1).padStart(5)
        const rendererAll = spent.find((row) => row.key === 'renderer *')?.seconds ?? 0
        // The renderer's main thread carries the process's name.
        const rendererMain = spent.find((row) => row.key === 'renderer chromium')?.seconds ?? 0
        const ratio = totalSec / (result.ms / 1000)
        console.log(
          [
            `${format.padEnd(4)} ${resolution.padEnd(5)} ${variant.padEnd(6)} ${result.video}+${result.audio}`,
            `${(result.ms / 1000).toFixed(1).padStart(6)} s ${ratio.toFixed(2).padStart(5)}x real time`,
            `${(result.bytes / 1e6).toFixed(1).padStart(5)} MB`,
            `main ${perFrame(result.timings.drawMs)} +${perFrame(result.timings.captureMs)} +${perFrame(result.timings.waitMs)}`,
            `CPU ${perFrame(rendererMain * 1000)} main ${perFrame((rendererAll - rendererMain) * 1000)} other`,
            `load ${await load()}`,
          ].join('  '),
        )
      }
    }
  }
} finally {
  await browser.close()
  server.stop(true)
}
