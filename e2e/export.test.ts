/**
 * Captions in scripts the canvas must shape itself: an Arabic (right to left) and a Japanese frame
 * painted by the player's own drawFrame in a real headless Chromium. Checked pixel by pixel (text
 * inside the caption safe area, nothing drawn outside it on a plain background) and saved as PNGs.
 * Debian's Chromium needs fonts for these scripts: fonts-noto-core and fonts-noto-cjk.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { captionSafeArea } from '../islands/player/safe-area.ts'
import { chromiumForTests, collectPageErrors, launchBrowser } from './harness/index.ts'
import { serveBundledPage, type BundledPage } from './harness/bundled-page.ts'

const ROOT = join(import.meta.dir, '..')
/** Where the screenshots go (.tmp is ignored by git): for a person to look at the shaping. */
const SHOTS_DIR = join(ROOT, '.tmp/captions')
const SIZE = { width: 1280, height: 720 }
const BACKGROUND = [32, 64, 96] as const

const CASES = [
  { name: 'arabic', text: 'مرحبا بكم في المدينة القديمة، حيث يبدأ الصباح مبكرا.', preset: 'bold-box' },
  { name: 'japanese', text: '東京の朝は静かに始まり、港の船がゆっくりと動き出します。', preset: 'clean' },
  { name: 'hindi', text: 'सुबह की पहली किरण के साथ शहर जाग उठता है।', preset: 'karaoke' },
] as const

/** Paints one frame at 1 s into a one-scene storyboard whose only sentence is `text`. */
const entry = `import { sceneCues } from './islands/player/captions.ts'
import { CAPTION_PRESETS } from './islands/player/caption-style.ts'
import { drawFrame } from './islands/player/draw.ts'
import { createTimeline } from './islands/player/timeline.ts'
Object.assign(window, {
  paintCaption: async ({ text, preset, width, height }) => {
    await document.fonts.ready
    const canvas = document.querySelector('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')
    const scene = { palette: ['#204060'], onScreenText: '', posterWidth: 0, posterHeight: 0, captions: sceneCues({ narration: '', durationSec: 4, sentences: [{ text, startSec: 0, endSec: 4 }] }) }
    const content = { timeline: createTimeline([4]), scenes: [scene], posterFor: () => null, reducedMotion: true, captionStyle: CAPTION_PRESETS[preset] }
    drawFrame(ctx, content, 1, { width, height })
    return { width: ctx.measureText(text).width, direction: ctx.direction }
  },
})`

const chromiumExecutable = chromiumForTests()

describe.skipIf(!chromiumExecutable)('captions in Arabic, Japanese and Hindi, drawn in Chromium', () => {
  let testPage: BundledPage
  let browser: Browser

  beforeAll(async () => {
    testPage = await serveBundledPage(entry, '<body style="margin:0"><canvas></canvas>')
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
    await mkdir(SHOTS_DIR, { recursive: true })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
    testPage?.stop()
  })

  /** Counts pixels that differ from the plain background, inside and outside the caption area. */
  const countPixels = (page: Page, area: { x: number; y: number; width: number; height: number }) =>
    page.evaluate(
      ({ area, background }) => {
        const canvas = document.querySelector('canvas')!
        const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
        let inside = 0
        let outside = 0
        let bright = 0
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const at = (y * width + x) * 4
            const differs =
              Math.abs(data[at]! - background[0]) + Math.abs(data[at + 1]! - background[1]) + Math.abs(data[at + 2]! - background[2]) > 12
            if (!differs) continue
            const within = x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height
            if (within) inside++
            else outside++
            if (within && data[at]! > 200 && data[at + 1]! > 200 && data[at + 2]! > 200) bright++
          }
        }
        return { inside, outside, bright }
      },
      { area, background: BACKGROUND },
    )

  for (const { name, text, preset } of CASES) {
    test(`${name}: glyphs inside the caption safe area, nothing outside it (${preset})`, async () => {
      const page = await browser.newPage({ viewport: SIZE })
      const errors = collectPageErrors(page)
      try {
        await page.goto(testPage.url)
        await page.waitForFunction(() => 'paintCaption' in window, undefined, { timeout: 10_000 })
        const painted = await page.evaluate(
          (input) =>
            (window as unknown as { paintCaption: (input: unknown) => Promise<{ width: number; direction: string }> }).paintCaption(input),
          { text, preset, ...SIZE },
        )
        expect(painted.direction).toBe(name === 'arabic' ? 'rtl' : 'ltr')
        const pixels = await countPixels(page, captionSafeArea(SIZE, preset === 'karaoke' ? 'middle' : 'bottom'))
        // White text: a real share of the area's pixels is lit, so glyphs were drawn (not nothing).
        expect(pixels.bright).toBeGreaterThan(2000)
        expect(pixels.outside).toBe(0)
        await page.locator('canvas').screenshot({ path: join(SHOTS_DIR, `captions-${name}.png`) })
        expect(errors.errors).toEqual([])
      } finally {
        await page.close()
      }
    }, 30_000)
  }
})
