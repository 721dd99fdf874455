/**
 * Where text goes on a frame: the on-screen text and the caption, each fitted (wrapped and sized)
 * to its own safe area. Pure functions of the text, the frame size and a measure, so the painter
 * (draw.ts) and the tests place text the same way.
 */
import type { CaptionStyle } from './caption-style.ts'
import { captionFont } from './caption-style.ts'
import { joinTokens, textDirection, tokenize, type Token } from './phrases.ts'
import { captionSafeArea, titleSafeArea, type Rect } from './safe-area.ts'
import type { Size } from './types.ts'
import { fitText, type MeasureAt } from './wrap.ts'

/** Noto families after the system font, so Arabic, Hebrew, CJK and Devanagari find glyphs on Linux too. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK JP", "Noto Sans Devanagari", sans-serif'
const CAPTION_LINES = 2
const CAPTION_LINE_HEIGHT = 1.3
export const TITLE_WEIGHT = 700
const TITLE_LINE_HEIGHT = 1.2
const TITLE_MAX_LINES = 4

/** The canvas font of the on-screen text at a size. */
export const titleFont = (fontSize: number) => `${TITLE_WEIGHT} ${fontSize}px ${FONT_FAMILY}`

/** Where the on-screen text goes: its font, its lines (centred, baseline 'middle') and the box they fill. */
export type OnScreenLayout = {
  font: string
  fontSize: number
  direction: 'ltr' | 'rtl'
  lines: { text: string; x: number; y: number; width: number }[]
  /** The lines' extent: inside the title safe area. */
  box: Rect
}

/**
 * The on-screen text fitted to the title safe area of a frame: in frame space, so the poster's pan
 * and zoom never move or crop it.
 */
export const layoutOnScreenText = (text: string, size: Size, measureAt: MeasureAt): OnScreenLayout | null => {
  const tokens = tokenize(text)
  if (tokens.length === 0) return null
  const area = titleSafeArea(size)
  const short = Math.min(size.width, size.height)
  // A sliver of the font size on each side for glyphs that overhang their advance, and accents above.
  const inset = (fontSize: number) => fontSize * 0.1
  const fitted = fitText(tokens, measureAt, {
    maxFontSize: Math.round(short * 0.075),
    minFontSize: short * 0.035,
    lineHeight: TITLE_LINE_HEIGHT,
    maxLines: TITLE_MAX_LINES,
    box: (fontSize) => ({ width: area.width - 2 * inset(fontSize), height: area.height - 2 * inset(fontSize) }),
  })
  const centre = area.x + area.width / 2
  const top = area.y + inset(fitted.fontSize)
  const widest = Math.max(...fitted.widths)
  return {
    font: titleFont(fitted.fontSize),
    fontSize: fitted.fontSize,
    direction: textDirection(text),
    lines: fitted.lines.map((line, index) => ({
      text: joinTokens(line),
      x: centre,
      y: top + (index + 0.5) * fitted.lineHeight,
      width: fitted.widths[index]!,
    })),
    box: { x: centre - widest / 2, y: top, width: widest, height: fitted.lines.length * fitted.lineHeight },
  }
}

/** Where a caption goes: its font, its lines and the box behind them (inside the caption safe area). */
export type CaptionLayout = {
  font: string
  fontSize: number
  lineHeight: number
  padding: number
  direction: 'ltr' | 'rtl'
  lines: Token[][]
  widths: number[]
  centre: number
  top: number
  /** The block the lines and their padding fill (the box, when the style has one). */
  box: Rect
}

/**
 * The cue fitted to the caption safe area: at most two lines broken at phrase boundaries, at the
 * style's size when they fit, smaller when they would not.
 */
export const layoutCaption = (
  tokens: readonly Token[],
  text: string,
  size: Size,
  style: CaptionStyle,
  measureAt: MeasureAt,
): CaptionLayout => {
  const area = captionSafeArea(size, style.position)
  const paddingAt = (fontSize: number) => fontSize * 0.5
  const maxFontSize = Math.round(Math.min(size.width, size.height) * style.sizeRatio)
  const fitted = fitText(tokens, measureAt, {
    maxFontSize,
    minFontSize: maxFontSize * 0.6,
    lineHeight: CAPTION_LINE_HEIGHT,
    maxLines: CAPTION_LINES,
    box: (fontSize) => ({ width: area.width - 2 * paddingAt(fontSize), height: area.height - paddingAt(fontSize) }),
  })
  const padding = paddingAt(fitted.fontSize)
  const blockHeight = fitted.lines.length * fitted.lineHeight + padding
  const top = style.position === 'middle' ? area.y + (area.height - blockHeight) / 2 : area.y + area.height - blockHeight
  const centre = area.x + area.width / 2
  const boxWidth = Math.min(area.width, Math.max(...fitted.widths) + 2 * padding)
  return {
    font: captionFont(style, fitted.fontSize, FONT_FAMILY),
    fontSize: fitted.fontSize,
    lineHeight: fitted.lineHeight,
    padding,
    direction: textDirection(text),
    lines: fitted.lines,
    widths: fitted.widths,
    centre,
    top,
    box: { x: centre - boxWidth / 2, y: top, width: boxWidth, height: blockHeight },
  }
}
