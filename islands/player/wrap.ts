/**
 * Fitting text to a box on a canvas, which has no layout engine: the largest font size at which the
 * text, broken at phrase boundaries (phrases.ts), fits the box's width and height. Widths come from
 * an injected `measure`, so the rules can be tested without a canvas.
 */
import { graphemesOf, joinTokens, type Token } from '../../shared/line-tokens.ts'
import { breakLines, leans } from './phrases.ts'
import type { Size } from './types.ts'

/** The width of `text` drawn at `fontSize` pixels (in the browser: set the font, then measureText). */
export type MeasureAt = (text: string, fontSize: number) => number

export type FitOptions = {
  /** The size to use when the text fits at it; smaller sizes are tried in steps until it fits. */
  maxFontSize: number
  /** Below this, a word wider than the box may be broken between characters rather than shrink further. */
  minFontSize: number
  /** Line height as a multiple of the font size. */
  lineHeight: number
  /** @default Infinity */
  maxLines?: number
  /** The room for the lines at a font size (a padding that grows with the font leaves less). */
  box: (fontSize: number) => Size
}

export type FittedText = { fontSize: number; lineHeight: number; lines: Token[][]; widths: number[] }

const STEP = 0.92

const LETTER = /[\p{L}\p{N}]/u
/** Scripts that mark a word broken across lines with a hyphen. */
const HYPHENATED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u

/**
 * Splits every token wider than `maxWidth` into pieces that fit, between graphemes: only between two
 * letters or digits, so no piece is punctuation alone or starts with it; Latin, Greek and Cyrillic
 * pieces end with a hyphen.
 */
const splitWide = (tokens: readonly Token[], maxWidth: number, measure: (text: string) => number): Token[] =>
  tokens.flatMap((token) => {
    if (measure(token.text) <= maxWidth) return [token]
    const pieces: Token[] = []
    let piece = ''
    for (const char of graphemesOf(token.text)) {
      const before = piece.at(-1) ?? ''
      const hyphen = HYPHENATED.test(before) && HYPHENATED.test(char) ? '-' : ''
      if (LETTER.test(char) && LETTER.test(before) && measure(piece + char + hyphen) > maxWidth) {
        pieces.push({ text: piece + hyphen, spaceAfter: false })
        piece = ''
      }
      piece += char
    }
    pieces.push({ text: piece, spaceAfter: token.spaceAfter })
    return pieces
  })

/**
 * The largest size (from `maxFontSize` down, in 8 % steps) at which the text's lines are all within
 * the box's width, their count within its height and `maxLines`, and no line ends with a word that
 * leans on the next (phrases.ts) while the size is above `minFontSize`. Long words shrink the text down
 * to `minFontSize` before they are broken. Always fits: the last resort is a size of 1 px.
 */
export const fitText = (tokens: readonly Token[], measureAt: MeasureAt, options: FitOptions): FittedText => {
  let fontSize = Math.max(1, options.maxFontSize)
  for (;;) {
    const box = options.box(fontSize)
    const lineHeight = fontSize * options.lineHeight
    const allowed = Math.min(options.maxLines ?? Number.POSITIVE_INFINITY, Math.floor(box.height / lineHeight))
    const measure = (text: string) => measureAt(text, fontSize)
    const last = fontSize <= 1
    if (allowed >= 1 && box.width > 0) {
      const units = fontSize <= options.minFontSize ? splitWide(tokens, box.width, measure) : tokens
      const lines = breakLines(units, box.width, measure, allowed)
      const widths = lines.map((line) => measure(joinTokens(line)))
      const fits = lines.length <= allowed && widths.every((width) => width <= box.width)
      // An article left at a line's end is worth a smaller size: "the" belongs with its noun.
      const clean = lines.slice(0, -1).every((line) => !leans(line.at(-1)))
      if (last || (fits && (clean || fontSize <= options.minFontSize))) return { fontSize, lineHeight, lines, widths }
    } else if (last) {
      return { fontSize, lineHeight, lines: [], widths: [] }
    }
    fontSize = Math.max(1, fontSize * STEP)
  }
}
