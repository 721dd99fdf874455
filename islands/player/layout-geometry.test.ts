/**
 * The renderer's geometry, frame by frame: for each aspect ratio (the player's and the export's
 * sizes), each caption preset and every frame of the pan and zoom at 30 fps, the on-screen text
 * drawn by drawFrame stays inside its safe area, never moves with the picture, and never touches the
 * caption, which stays inside its own area.
 */
import { describe, expect, test } from 'bun:test'
import { visualLength } from '../../shared/line-tokens.ts'
import { sceneCues } from './captions.ts'
import { CAPTION_PRESET_NAMES, CAPTION_PRESETS } from './caption-style.ts'
import { drawFrame, type DrawableScene, type Painter } from './draw.ts'
import { captionSafeArea, titleSafeArea, type Rect } from './safe-area.ts'
import { createTimeline, layersAt } from './timeline.ts'
import { CANVAS_SIZES, type Size } from './types.ts'

type Box = Rect & { kind: 'title' | 'caption' | 'picture'; text?: string }

/** Half the height a line's glyphs may take around a 'middle' baseline, in ems (accents and descenders included). */
const GLYPH_HALF_HEIGHT = 0.6

/**
 * A 2D context that records the box of everything it paints. Text is measured from the font in
 * effect (0.56 em a narrow character, twice that a CJK one), the way measureText depends on `font`.
 */
const boxRecorder = () => {
  const boxes: Box[] = []
  const fontSize = () => Number(/([\d.]+)px/.exec(ctx.font)?.[1] ?? Number.NaN)
  const width = (text: string) => visualLength(text) * fontSize() * 0.56
  const text = (value: string, x: number, y: number) => {
    const w = width(value)
    const left = ctx.textAlign === 'center' ? x - w / 2 : ctx.textAlign === 'right' ? x - w : x
    const half = fontSize() * GLYPH_HALF_HEIGHT
    // The on-screen text is the one with a shadow; captions have none.
    boxes.push({ kind: ctx.shadowBlur > 0 ? 'title' : 'caption', text: value, x: left, y: y - half, width: w, height: 2 * half })
  }
  const ctx = {
    globalAlpha: 1,
    fillStyle: '' as unknown,
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '10px sans-serif',
    direction: 'ltr',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    shadowColor: '',
    shadowBlur: 0,
    fillRect: (x: number, y: number, w: number, h: number) => {
      // The caption's box is the only translucent fill.
      if (typeof ctx.fillStyle === 'string' && ctx.fillStyle.startsWith('rgba')) boxes.push({ kind: 'caption', x, y, width: w, height: h })
    },
    drawImage: (_: unknown, x: number, y: number, w: number, h: number) => boxes.push({ kind: 'picture', x, y, width: w, height: h }),
    fillText: text,
    strokeText: text,
    measureText: (value: string) => ({ width: width(value) }),
    createLinearGradient: () => ({ addColorStop: () => {} }),
  }
  return { ctx: ctx as unknown as Painter, boxes }
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

const SCENE_SEC = 3
const TEXTS = [
  'Donaudampfschifffahrtsgesellschaftskapitän: Rheinland-Pfälzische Landesbibliothek',
  'Tout simplement, ça marche : regardez de plus près la carte de la vieille ville !',
  '東京の朝は静かに始まり、港の船がゆっくりと動き出します。',
  'مرحبا بكم في المدينة القديمة، حيث يبدأ الصباح مبكرا.',
] as const
const SENTENCE = 'Take a closer look at the map of the old town, then at the harbour where the ferries leave for the islands at dawn.'

const scenes: DrawableScene[] = TEXTS.map((onScreenText) => ({
  palette: ['#203040'],
  onScreenText,
  posterWidth: 1280,
  posterHeight: 720,
  captions: sceneCues({ narration: SENTENCE, durationSec: SCENE_SEC, sentences: [{ text: SENTENCE, startSec: 0, endSec: SCENE_SEC }] }),
}))

const SIZES: [string, Size][] = [
  ...Object.entries(CANVAS_SIZES),
  ['16:9 1080p', { width: 1920, height: 1080 }],
  ['9:16 1080p', { width: 1080, height: 1920 }],
]

describe('text geometry over every frame of the pan and zoom', () => {
  for (const [name, size] of SIZES) {
    for (const preset of CAPTION_PRESET_NAMES) {
      test(`${name} ${size.width}x${size.height}, ${preset} captions`, () => {
        const style = CAPTION_PRESETS[preset]
        const title = titleSafeArea(size)
        const caption = captionSafeArea(size, style.position)
        const timeline = createTimeline(scenes.map(() => SCENE_SEC))
        const content = { timeline, scenes, posterFor: () => ({}) as CanvasImageSource, reducedMotion: false, captionStyle: style }
        const titleBoxesByScene = new Map<number, string>()
        const pictures = new Set<string>()
        let titles = 0
        let captions = 0
        // One context for the whole run, as the player and the export have.
        const { ctx, boxes } = boxRecorder()
        for (let frame = 0; frame <= timeline.totalSec * 30; frame++) {
          const timeSec = frame / 30
          boxes.length = 0
          drawFrame(ctx, content, timeSec, size)
          const titleBoxes = boxes.filter((box) => box.kind === 'title')
          const captionBoxes = boxes.filter((box) => box.kind === 'caption')
          titles += titleBoxes.length
          captions += captionBoxes.length
          for (const box of titleBoxes) expect({ box, inside: inside(box, title) }).toEqual({ box, inside: true })
          for (const box of captionBoxes) expect({ box, inside: inside(box, caption) }).toEqual({ box, inside: true })
          for (const box of titleBoxes) for (const other of captionBoxes) expect(intersects(box, other)).toBe(false)
          for (const box of boxes.filter((box) => box.kind === 'picture')) pictures.add(JSON.stringify(box))
          // Outside crossfades one scene is drawn: its text must sit exactly where it sat on its first frame.
          const layers = layersAt(timeline, timeSec)
          if (layers.length === 1) {
            const index = layers[0]!.index
            const placed = JSON.stringify(titleBoxes)
            const first = titleBoxesByScene.get(index)
            if (first === undefined) titleBoxesByScene.set(index, placed)
            else expect(placed).toBe(first)
          }
        }
        // The picture really moved, and both texts really were drawn, on most frames.
        expect(pictures.size).toBeGreaterThan(timeline.totalSec * 20)
        expect(titles).toBeGreaterThan(timeline.totalSec * 30)
        expect(captions).toBeGreaterThan(timeline.totalSec * 30)
      })
    }
  }
})
