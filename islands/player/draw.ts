/**
 * Paints one frame of the storyboard on a 2D canvas: the visible scenes (the poster's picture with
 * its pan and zoom, or the palette while it is not ready; then the on-screen text in frame space),
 * then a brand kit's intro or outro card, the caption and the kit's logo (brand-layer.ts). Both texts
 * are fitted to their own safe areas (safe-area.ts), which never overlap.
 * Stateless: the same inputs paint the same frame, whether the player shows it or the exporter
 * encodes it (at another size), so there is one renderer.
 */
import { cardAt, logoRect } from './brand-layer.ts'
import { activeTokenIndex, cueAt, type Cue } from './captions.ts'
import { captionFont, CAPTION_PRESETS, type CaptionStyle } from './caption-style.ts'
import { kenBurnsAt, placeImage } from './ken-burns.ts'
import { joinTokens, type Token } from './phrases.ts'
import { FONT_FAMILY, layoutCaption, layoutOnScreenText, titleFont } from './text-layout.ts'
import { layersAt, sceneAt, type Timeline } from './timeline.ts'
import type { Size } from './types.ts'
import type { MeasureAt } from './wrap.ts'

/** What the painter needs to know about a scene. */
export type DrawableScene = {
  palette: readonly string[]
  onScreenText: string
  posterWidth: number
  posterHeight: number
  captions: readonly Cue[]
}

/** Everything about a video that does not change from frame to frame. */
export type FrameContent = {
  timeline: Timeline
  scenes: readonly DrawableScene[]
  /** The decoded poster of a scene, or null to paint its palette. */
  posterFor: (index: number) => CanvasImageSource | null
  reducedMotion: boolean
  /** @default CAPTION_PRESETS['bold-box'] */
  captionStyle?: CaptionStyle
  /** A brand kit's cards and logo (brand-layer.ts); absent for none. */
  brand?: FrameBrand
}

export type FrameBrand = {
  introText: string
  outroText: string
  /** The decoded logo and its size, or null while it loads (or when there is none). */
  logo: () => { image: CanvasImageSource; width: number; height: number } | null
}

/**
 * The 2D context members used here, shared by CanvasRenderingContext2D and
 * OffscreenCanvasRenderingContext2D; a narrow type also lets tests pass a recording fake.
 */
export type Painter = Pick<
  CanvasRenderingContext2D,
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'font'
  | 'direction'
  | 'textAlign'
  | 'textBaseline'
  | 'shadowColor'
  | 'shadowBlur'
  | 'fillRect'
  | 'drawImage'
  | 'fillText'
  | 'strokeText'
  | 'measureText'
  | 'createLinearGradient'
>

const BLANK = '#111318'
/** Dark enough that the card's white text reads over any poster, light enough that the picture shows. */
const CARD_SCRIM = 'rgba(10, 12, 16, 0.82)'
/** A watermark: present, never louder than the picture. */
const LOGO_ALPHA = 0.9

const paintPalette = (ctx: Painter, palette: readonly string[], width: number, height: number) => {
  if (palette.length < 2) {
    ctx.fillStyle = palette[0] ?? BLANK
  } else {
    const gradient = ctx.createLinearGradient(0, 0, width, height)
    palette.forEach((colour, index) => {
      gradient.addColorStop(index / (palette.length - 1), colour)
    })
    ctx.fillStyle = gradient
  }
  ctx.fillRect(0, 0, width, height)
}

/**
 * Layouts are pure functions of the text, the frame size and the context's font metrics, and the
 * same ones recur on every frame of a scene: a small cache per context keeps fitting off the frame budget.
 */
const layoutCache = new WeakMap<Painter, Map<string, unknown>>()
const LAYOUT_CACHE_ENTRIES = 64
const cached = <T>(ctx: Painter, key: string, compute: () => T): T => {
  let entries = layoutCache.get(ctx)
  if (!entries) layoutCache.set(ctx, (entries = new Map()))
  if (entries.has(key)) return entries.get(key) as T
  const value = compute()
  if (entries.size >= LAYOUT_CACHE_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(key, value)
  return value
}

/** A measure that sets the font first: fitting tries several sizes on the one context. */
const measurer =
  (ctx: Painter, font: (fontSize: number) => string): MeasureAt =>
  (text, fontSize) => {
    ctx.font = font(fontSize)
    return ctx.measureText(text).width
  }

const paintOnScreenText = (ctx: Painter, text: string, size: Size) => {
  if (!text.trim() || ctx.globalAlpha <= 0) return
  const layout = cached(ctx, `title|${size.width}x${size.height}|${text}`, () => layoutOnScreenText(text, size, measurer(ctx, titleFont)))
  if (!layout) return
  ctx.font = layout.font
  ctx.direction = layout.direction
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillStyle = '#ffffff'
  // A soft shadow keeps white text readable on a light poster without hiding the poster behind a box.
  ctx.shadowColor = 'rgba(0, 0, 0, 0.7)'
  ctx.shadowBlur = layout.fontSize * 0.3
  for (const line of layout.lines) ctx.fillText(line.text, line.x, line.y)
  ctx.shadowColor = 'transparent'
  ctx.shadowBlur = 0
}

/** Text up to (not including) token `index` of a line, with the space after the last one. */
const prefixOf = (line: readonly Token[], index: number) =>
  line
    .slice(0, index)
    .map((token) => token.text + (token.spaceAfter ? ' ' : ''))
    .join('')

const paintText = (ctx: Painter, text: string, x: number, y: number, style: CaptionStyle, fontSize: number) => {
  if (style.outline) {
    ctx.strokeStyle = style.outline.colour
    ctx.lineWidth = fontSize * style.outline.widthRatio
    ctx.lineJoin = 'round'
    ctx.strokeText(text, x, y)
  }
  ctx.fillText(text, x, y)
}

/**
 * The cue in the caption safe area, in the text's own direction (the canvas shapes Arabic and
 * Devanagari itself), with the spoken word highlighted.
 */
const paintCaption = (ctx: Painter, cue: Cue | null, localSec: number, size: Size, style: CaptionStyle) => {
  if (!cue || cue.tokens.length === 0) return
  const measureAt = measurer(ctx, (fontSize) => captionFont(style, fontSize, FONT_FAMILY))
  const key = `caption|${size.width}x${size.height}|${JSON.stringify(style)}|${cue.text}`
  const layout = cached(ctx, key, () => layoutCaption(cue.tokens, cue.text, size, style, measureAt))
  const { lines, widths, centre, top, padding, lineHeight, fontSize, direction } = layout
  ctx.font = layout.font
  ctx.direction = direction
  if (style.box) {
    ctx.fillStyle = style.box
    ctx.fillRect(layout.box.x, layout.box.y, layout.box.width, layout.box.height)
  }
  ctx.textBaseline = 'middle'
  const active = style.highlight ? activeTokenIndex(cue, localSec) : -1
  let first = 0
  lines.forEach((line, lineIndex) => {
    const y = top + padding / 2 + (lineIndex + 0.5) * lineHeight
    ctx.fillStyle = style.fill
    ctx.textAlign = 'center'
    paintText(ctx, joinTokens(line), centre, y, style, fontSize)
    const local = active - first
    if (style.highlight && local >= 0 && local < line.length) {
      // Overdraw the spoken word where it sits in the line: from the left edge, or the right in RTL.
      const offset = ctx.measureText(prefixOf(line, local)).width
      ctx.fillStyle = style.highlight
      ctx.textAlign = direction === 'rtl' ? 'right' : 'left'
      const x = direction === 'rtl' ? centre + widths[lineIndex]! / 2 - offset : centre - widths[lineIndex]! / 2 + offset
      paintText(ctx, line[local]!.text, x, y, style, fontSize)
    }
    first += line.length
  })
}

/** Paints the frame at `timeSec` over the whole `size` (the canvas's own width and height). */
export const drawFrame = (ctx: Painter, content: FrameContent, timeSec: number, size: Size): void => {
  const { width, height } = size
  ctx.globalAlpha = 1
  ctx.fillStyle = BLANK
  ctx.fillRect(0, 0, width, height)

  const card = content.brand ? cardAt(content.brand, timeSec, content.timeline.totalSec) : null
  for (const layer of layersAt(content.timeline, timeSec)) {
    const scene = content.scenes[layer.index]
    if (!scene) continue
    ctx.globalAlpha = layer.alpha
    const poster = content.posterFor(layer.index)
    if (poster && scene.posterWidth > 0 && scene.posterHeight > 0) {
      const motion = kenBurnsAt(layer.index, layer.progress, { reducedMotion: content.reducedMotion })
      const rect = placeImage({ width: scene.posterWidth, height: scene.posterHeight }, size, motion)
      ctx.drawImage(poster, rect.x, rect.y, rect.width, rect.height)
    } else {
      paintPalette(ctx, scene.palette, width, height)
    }
    // After the picture and outside its pan and zoom: the text stays whole in its safe area. A
    // brand card takes its place while it shows.
    ctx.globalAlpha = layer.alpha * (1 - (card?.alpha ?? 0))
    paintOnScreenText(ctx, scene.onScreenText, size)
  }

  ctx.globalAlpha = 1
  if (content.timeline.totalSec === 0) return
  if (card) paintCard(ctx, card, size)
  const position = sceneAt(content.timeline, timeSec)
  const cue = cueAt(content.scenes[position.index]?.captions ?? [], position.localSec)
  paintCaption(ctx, cue, position.localSec, size, content.captionStyle ?? CAPTION_PRESETS['bold-box'])
  if (content.brand) paintLogo(ctx, content.brand, size)
}

/** An intro or outro card: a scrim over the picture and its on-screen text, the card's text where that text goes. */
const paintCard = (ctx: Painter, card: { text: string; alpha: number }, size: Size) => {
  ctx.globalAlpha = card.alpha
  ctx.fillStyle = CARD_SCRIM
  ctx.fillRect(0, 0, size.width, size.height)
  paintOnScreenText(ctx, card.text, size)
  ctx.globalAlpha = 1
}

const paintLogo = (ctx: Painter, brand: FrameBrand, size: Size) => {
  const logo = brand.logo()
  const rect = logo && logoRect(logo, size)
  if (!logo || !rect) return
  ctx.globalAlpha = LOGO_ALPHA
  ctx.drawImage(logo.image, rect.x, rect.y, rect.width, rect.height)
  ctx.globalAlpha = 1
}
