/**
 * Text layout through the real Player island in headless Chromium, one page per aspect ratio: long
 * on-screen texts (a German compound, a French sentence with spaced punctuation, Japanese) and long
 * captions (English, French, Arabic) over dark, moving pictures. Read from the canvas pixels: every lit pixel (text) lies inside the
 * title or the caption safe area, both areas have text in them, and the two areas do not overlap.
 * Saved as PNGs under .tmp/layout for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { messagesFor } from '../server/i18n/index.ts'
import { playerMessages } from '../server/i18n/player-messages.ts'
import * as esbuild from 'esbuild'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { Browser, Page } from 'playwright-core'
import { ISLAND_ATTR, ISLAND_TAG } from '../islands/constants.ts'
import Player, { type PlayerProps } from '../islands/Player.tsx'
import { captionSafeArea, type Rect, titleSafeArea } from '../islands/player/safe-area.ts'
import { CANVAS_SIZES, type PlayerAspect } from '../islands/player/types.ts'
import { serializeProps } from '../server/render/serialize.ts'
import { chromiumForTests, collectPageErrors, launchBrowser } from './harness/index.ts'

const ROOT = join(import.meta.dir, '..')
const SHOTS_DIR = join(ROOT, '.tmp/layout')
const ASPECTS = Object.keys(CANVAS_SIZES) as PlayerAspect[]
const SCENE_SEC = 3
/** Dark pictures, one hue each (blue, red, green), so that any lit pixel is text. */
const COLOURS = ['#14224a', '#4a1422', '#144a22'] as const
const TEXTS = [
  'Donaudampfschifffahrtsgesellschaftskapitänsmütze im Landesmuseum',
  'Tout simplement, ça marche : regardez de plus près la carte !',
  '東京の朝は静かに始まり、「港」の船がゆっくりと動き出します。',
] as const
const SENTENCES = [
  'Take a closer look at the map of the old town, then at the harbour where the ferries leave.',
  'Tout simplement ? Regardez de plus près la carte de la vieille ville, puis le port !',
  'مرحبا بكم في المدينة القديمة، حيث يبدأ الصباح مبكرا وتستيقظ الأسواق.',
] as const

/** A dark picture with stripes, so the pan and zoom move something; no text in it (the player draws that). */
const pictureSvg = (colour: string, { width, height }: { width: number; height: number }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<rect width="${width}" height="${height}" fill="${colour}"/>` +
  Array.from(
    { length: 12 },
    (_, index) => `<rect x="${(index * width) / 12}" width="${width / 40}" height="${height}" fill="#000" opacity="0.3"/>`,
  ).join('') +
  `</svg>`

const storyboard = (aspect: PlayerAspect): PlayerProps => ({
  videoId: 'layout',
  title: 'Layout',
  aspect,
  captionsUrl: null,
  messages: playerMessages('en', messagesFor('en')),
  uiLanguage: 'en',
  scenes: COLOURS.map((_, index) => ({
    durationSec: SCENE_SEC,
    narration: SENTENCES[index]!,
    narrationStatus: 'pending',
    sentences: [{ text: SENTENCES[index]!, startSec: 0, endSec: SCENE_SEC, audioUrl: null }],
    onScreenText: TEXTS[index]!,
    shot: 'wide',
    palette: [COLOURS[index]!],
    posterUrl: `/posters/${aspect.replace(':', 'x')}/${index}.svg`,
    posterWidth: CANVAS_SIZES[aspect].width,
    posterHeight: CANVAS_SIZES[aspect].height,
  })),
})

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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Layout</title><link rel="icon" href="data:,">
</head><body><main>${renderToString(island)}</main><script type="module" src="/entry.js"></script></body></html>`
}

const bundle = async () =>
  (
    await esbuild.build({
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
  ).outputFiles[0]!.text

/** Lit pixels (any channel above 140: the pictures stay below) inside each area and outside both, and the background's hue. */
const readCanvas = (page: Page, areas: { title: Rect; caption: Rect }) =>
  page.evaluate((areas) => {
    const canvas = document.querySelector('canvas')!
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    const within = (area: Rect, x: number, y: number) => x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height
    const counts = { title: 0, caption: 0, outside: 0 }
    const background = [0, 0, 0]
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4
        // The left edge at mid-height is picture only, in every aspect ratio: its hue says which scene is painted.
        if (x < width * 0.03 && y > height * 0.44 && y < height * 0.56) for (let c = 0; c < 3; c++) background[c]! += data[at + c]!
        if (Math.max(data[at]!, data[at + 1]!, data[at + 2]!) <= 140) continue
        if (within(areas.title, x, y)) counts.title++
        else if (within(areas.caption, x, y)) counts.caption++
        else counts.outside++
      }
    }
    const hue = background.indexOf(Math.max(...background))
    return { ...counts, scene: hue === 2 ? 0 : hue === 0 ? 1 : 2 }
  }, areas)

const chromiumExecutable = chromiumForTests()

describe.skipIf(!chromiumExecutable)('text layout in the Player, per aspect ratio, in Chromium', () => {
  let server: ReturnType<typeof Bun.serve>
  let browser: Browser

  beforeAll(async () => {
    const script = await bundle()
    server = Bun.serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch(request) {
        const { pathname } = new URL(request.url)
        const type = (contentType: string) => ({ headers: { 'content-type': contentType } })
        const aspect = ASPECTS.find((candidate) => pathname === `/${candidate.replace(':', 'x')}`)
        if (aspect) return new Response(pageHtml(storyboard(aspect)), type('text/html; charset=utf-8'))
        if (pathname === '/entry.js') return new Response(script, type('text/javascript; charset=utf-8'))
        const poster = /^\/posters\/(\d+)x(\d+)\/(\d)\.svg$/.exec(pathname)
        const posterAspect = poster && ASPECTS.find((candidate) => candidate === `${poster[1]}:${poster[2]}`)
        if (posterAspect) return new Response(pictureSvg(COLOURS[Number(poster[3])]!, CANVAS_SIZES[posterAspect]), type('image/svg+xml'))
        return new Response('not found', { status: 404 })
      },
    })
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    await mkdir(SHOTS_DIR, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.stop(true)
  })

  for (const aspect of ASPECTS) {
    test(`${aspect}: on-screen text and captions each inside their own safe area, nothing lit outside them`, async () => {
      const size = CANVAS_SIZES[aspect]
      const areas = { title: titleSafeArea(size), caption: captionSafeArea(size) }
      const { title, caption } = areas
      expect(title.y + title.height <= caption.y || caption.y + caption.height <= title.y).toBe(true)
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
      const errors = collectPageErrors(page)
      try {
        await page.goto(`http://127.0.0.1:${server.port}/${aspect.replace(':', 'x')}`)
        await page.locator('button.player-play:not([disabled])').waitFor({ timeout: 15_000 })
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        // Early and late in each scene: the two ends of its pan and zoom.
        for (const [sceneIndex, timeSec] of [
          [0, 0.4],
          [0, 2.4],
          [1, 3.6],
          [1, 5.6],
          [2, 6.4],
          [2, 8.6],
        ] as const) {
          await page.locator('input.player-seek').evaluate((input: HTMLInputElement, value) => {
            input.value = String(value)
            input.dispatchEvent(new Event('input', { bubbles: true }))
          }, timeSec)
          // The frame for that time is painted once the picture's hue is the scene's and both texts are lit.
          const deadline = performance.now() + 10_000
          let seen = await readCanvas(page, areas)
          while ((seen.scene !== sceneIndex || seen.title === 0 || seen.caption === 0) && performance.now() < deadline) {
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
            seen = await readCanvas(page, areas)
          }
          await page.locator('canvas').screenshot({ path: join(SHOTS_DIR, `${aspect.replace(':', 'x')}-${timeSec}s.png`) })
          expect({ timeSec, scene: seen.scene, outside: seen.outside }).toEqual({ timeSec, scene: sceneIndex, outside: 0 })
          // Real text in both areas, not a stray pixel: hundreds of lit pixels each.
          expect(seen.title).toBeGreaterThan(500)
          expect(seen.caption).toBeGreaterThan(500)
        }
        expect(errors.errors).toEqual([])
      } finally {
        await page.close()
      }
    }, 60_000)
  }
})
