import { describe, expect, test } from 'bun:test'
import { BRAND_CARD_SEC } from '../../shared/brand.ts'
import { CAPTION_PRESETS, captionFont, resolveCaptionStyle, type CaptionStyle } from '../../shared/caption-style.ts'
import { cardAt, logoRect } from './brand-layer.ts'
import { sceneCues } from './captions.ts'
import { drawFrame, type FrameBrand, type Painter } from './draw.ts'
import { createTimeline } from './timeline.ts'

/** A brand kit on the frame: its cards over the first and last seconds, its logo, its caption look. */

type Call = { op: string; args: unknown[]; alpha: number; fillStyle: unknown; font: string }
const recording = () => {
  const calls: Call[] = []
  const ctx = {
    globalAlpha: 1,
    fillStyle: '' as unknown,
    font: '',
    measureText: (text: string) => ({ width: text.length * 20 }),
    createLinearGradient: () => ({ addColorStop: () => {} }),
  } as Record<string, unknown>
  for (const op of ['fillRect', 'drawImage', 'fillText', 'strokeText']) {
    ctx[op] = (...args: unknown[]) =>
      calls.push({ op, args, alpha: ctx.globalAlpha as number, fillStyle: ctx.fillStyle, font: ctx.font as string })
  }
  return { ctx: ctx as unknown as Painter, calls }
}

const logo = { image: { name: 'logo' } as unknown as CanvasImageSource, width: 400, height: 100 }
const brand = (overrides: Partial<FrameBrand> = {}): FrameBrand => ({
  introText: 'Acme presents',
  outroText: 'acme.example',
  logo: () => logo,
  ...overrides,
})
const SIZE = { width: 1280, height: 720 }
const scene = (onScreenText = 'Scene text') => ({
  palette: ['#102030', '#405060'],
  onScreenText,
  posterWidth: 1280,
  posterHeight: 720,
  captions: sceneCues({ narration: '', durationSec: 5, sentences: [{ text: 'Spoken words.', startSec: 0, endSec: 5 }] }),
})
const content = (withBrand: FrameBrand | undefined, captionStyle: CaptionStyle = CAPTION_PRESETS.clean) => ({
  timeline: createTimeline([5, 5]),
  scenes: [scene('First'), scene('Last')],
  posterFor: () => null,
  reducedMotion: true,
  captionStyle,
  ...(withBrand ? { brand: withBrand } : {}),
})
const texts = (calls: Call[]) => calls.filter((call) => call.op === 'fillText' && call.alpha > 0).map((call) => call.args[0])

describe('intro and outro cards', () => {
  test('cover the first and last seconds without moving anything: the video is as long as before', () => {
    expect(cardAt(brand(), 0, 10)).toEqual({ text: 'Acme presents', alpha: 1 })
    expect(cardAt(brand(), BRAND_CARD_SEC + 0.01, 10)).toBeNull()
    expect(cardAt(brand(), 10, 10)).toEqual({ text: 'acme.example', alpha: 1 })
    expect(cardAt(brand(), 10 - BRAND_CARD_SEC - 0.01, 10)).toBeNull()
    // They fade: half-way through the intro's last 0.4 s it is half gone.
    expect(cardAt(brand(), BRAND_CARD_SEC - 0.2, 10)!.alpha).toBeCloseTo(0.5)
    // A video shorter than both keeps each to half of it; empty texts are no cards.
    expect(cardAt(brand(), 1.4, 3)!.text).toBe('Acme presents')
    expect(cardAt(brand(), 1.6, 3)!.text).toBe('acme.example')
    expect(cardAt(brand({ introText: ' ' }), 0, 10)).toBeNull()
  })

  test('the card replaces the scene’s on-screen text while it shows; the caption stays', () => {
    const { ctx, calls } = recording()
    drawFrame(ctx, content(brand()), 0.5, SIZE)
    expect(texts(calls)).toEqual(['Acme presents', 'Spoken words.'])
    const later = recording()
    drawFrame(later.ctx, content(brand()), 6.5, SIZE)
    expect(texts(later.calls)).toEqual(['Last', 'Spoken words.'])
    const end = recording()
    drawFrame(end.ctx, content(brand()), 9.5, SIZE)
    expect(texts(end.calls)).toEqual(['acme.example', 'Spoken words.'])
  })
})

describe('the logo', () => {
  test('is drawn last, small, in the top-right corner, on every frame', () => {
    for (const timeSec of [0, 5, 9.9]) {
      const { ctx, calls } = recording()
      drawFrame(ctx, content(brand()), timeSec, SIZE)
      const last = calls.at(-1)!
      expect(last.op).toBe('drawImage')
      expect(last.args[0]).toEqual({ name: 'logo' })
      const [, x, y, width, height] = last.args as number[]
      expect([x, y, width, height]).toEqual(Object.values(logoRect(logo, SIZE)!))
      expect(x! + width!).toBeLessThan(1280)
      expect(y).toBeGreaterThan(0)
      expect(height).toBeLessThanOrEqual(720 * 0.08 + 0.001)
      expect(x).toBeGreaterThan(1280 / 2)
    }
  })

  test('while it loads (or without one) nothing is drawn in its place', () => {
    const { ctx, calls } = recording()
    drawFrame(ctx, content(brand({ logo: () => null })), 5, SIZE)
    expect(calls.some((call) => call.op === 'drawImage')).toBe(false)
  })
})

describe('the kit’s caption look', () => {
  test('a preset plus overrides: the font family, colour, size and box the painter uses', () => {
    const style = resolveCaptionStyle('clean', { font: 'serif', colour: '#f4d35e', box: true, scale: 1.2, position: 'middle' })
    expect(style).toMatchObject({ fill: '#f4d35e', box: CAPTION_PRESETS['bold-box'].box, position: 'middle', font: 'serif' })
    expect(style.sizeRatio).toBeCloseTo(CAPTION_PRESETS.clean.sizeRatio * 1.2)
    expect(captionFont(style, 30, 'sans-serif')).toMatch(/^600 30px Georgia, .*, sans-serif$/)
    expect(resolveCaptionStyle('bold-box', { box: false, outline: true })).toMatchObject({
      box: null,
      outline: CAPTION_PRESETS.clean.outline,
    })
    // Out-of-range sizes are held to the limits rather than trusted.
    expect(resolveCaptionStyle('clean', { scale: 9 }).sizeRatio).toBeCloseTo(CAPTION_PRESETS.clean.sizeRatio * 1.5)

    const { ctx, calls } = recording()
    drawFrame(ctx, content(undefined, style), 5, SIZE)
    const caption = calls.find((call) => call.op === 'fillText' && call.args[0] === 'Spoken words.')!
    expect(caption.fillStyle).toBe('#f4d35e')
    expect(caption.font).toContain('Georgia')
  })
})
