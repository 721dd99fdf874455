/**
 * Paints one frame of the storyboard on a 2D canvas: the visible scenes (poster with its pan and
 * zoom, or the palette while the poster is not ready, plus the on-screen text), then the caption.
 * Stateless: the same inputs paint the same frame, whether the player shows it or the exporter
 * encodes it (at another size), so there is one renderer.
 */
import { activeTokenIndex, cueAt, type Cue } from './captions.ts'
import { captionFont, CAPTION_PRESETS, type CaptionStyle } from './caption-style.ts'
import { kenBurnsAt, placeImage } from './ken-burns.ts'
import { breakLines, joinTokens, textDirection, type Token } from './phrases.ts'
import { captionSafeArea, titleSafeArea } from './safe-area.ts'
import { layersAt, sceneAt, type Timeline } from './timeline.ts'
import type { Size } from './types.ts'
import { wrapText } from './wrap.ts'

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

/** Noto families after the system font, so Arabic, Hebrew, CJK and Devanagari find glyphs on Linux too. */
const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK JP", "Noto Sans Devanagari", sans-serif'
const BLANK = '#111318'
const CAPTION_LINES = 2

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

const paintOnScreenText = (ctx: Painter, text: string, size: Size) => {
  if (!text.trim()) return
  const area = titleSafeArea(size)
  const fontSize = Math.round(Math.min(size.width, size.height) * 0.075)
  ctx.font = `700 ${fontSize}px ${FONT_FAMILY}`
  ctx.direction = textDirection(text)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#ffffff'
  // A soft shadow keeps white text readable on a light poster without hiding the poster behind a box.
  ctx.shadowColor = 'rgba(0, 0, 0, 0.7)'
  ctx.shadowBlur = fontSize * 0.35
  const lines = wrapText(text, area.width, (line) => ctx.measureText(line).width, 3)
  lines.forEach((line, index) => {
    ctx.fillText(line, area.x + area.width / 2, area.y + size.height * 0.06 + index * fontSize * 1.15)
  })
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
 * The cue in the caption safe area, broken at phrase boundaries, in the text's own direction
 * (the canvas shapes Arabic and Devanagari itself), with the spoken word highlighted.
 */
const paintCaption = (ctx: Painter, cue: Cue | null, localSec: number, size: Size, style: CaptionStyle) => {
  if (!cue || cue.tokens.length === 0) return
  const area = captionSafeArea(size, style.position)
  const fontSize = Math.round(Math.min(size.width, size.height) * style.sizeRatio)
  const lineHeight = fontSize * 1.3
  const padding = fontSize * 0.5
  ctx.font = captionFont(style, fontSize, FONT_FAMILY)
  const direction = textDirection(cue.text)
  ctx.direction = direction
  const measure = (text: string) => ctx.measureText(text).width
  const lines = breakLines(cue.tokens, area.width - 2 * padding, measure, CAPTION_LINES)
  const widths = lines.map((line) => measure(joinTokens(line)))
  const blockHeight = lines.length * lineHeight + padding
  const top = style.position === 'middle' ? area.y + (area.height - blockHeight) / 2 : area.y + area.height - blockHeight
  const centre = area.x + area.width / 2
  if (style.box) {
    const boxWidth = Math.min(area.width, Math.max(...widths) + 2 * padding)
    ctx.fillStyle = style.box
    ctx.fillRect(centre - boxWidth / 2, top, boxWidth, blockHeight)
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
      const offset = measure(prefixOf(line, local))
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
      // The poster already sets the on-screen text; only its stand-in needs it painted.
      paintPalette(ctx, scene.palette, width, height)
      paintOnScreenText(ctx, scene.onScreenText, size)
    }
  }

  ctx.globalAlpha = 1
  if (content.timeline.totalSec === 0) return
  const position = sceneAt(content.timeline, timeSec)
  const cue = cueAt(content.scenes[position.index]?.captions ?? [], position.localSec)
  paintCaption(ctx, cue, position.localSec, size, content.captionStyle ?? CAPTION_PRESETS['bold-box'])
}
