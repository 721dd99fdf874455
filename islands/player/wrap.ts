/**
 * Line wrapping for text drawn on a canvas, which has no layout engine. The width of a string comes
 * from an injected `measure` (in the browser `(text) => context.measureText(text).width`), so the
 * rules can be tested without a canvas.
 */
export type Measure = (text: string) => number

/** Breaks a word that is wider than a line on its own into pieces that fit (at least one character each). */
const breakWord = (word: string, maxWidth: number, measure: Measure): string[] => {
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** Shortens a line until it fits with a trailing ellipsis: whole words first, characters only for a lone word. */
const withEllipsis = (line: string, maxWidth: number, measure: Measure): string => {
  let text = line
  while (text && measure(`${text}…`) > maxWidth) {
    const lastSpace = text.lastIndexOf(' ')
    text = lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, -1)
  }
  return `${text}…`
}

/**
 * Wraps `text` at spaces into lines no wider than `maxWidth`.
 * @param [maxLines=Infinity] lines beyond this are dropped and the last kept line ends with "…"
 */
export const wrapText = (text: string, maxWidth: number, measure: Measure, maxLines = Number.POSITIVE_INFINITY): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    const pieces = measure(word) <= maxWidth ? [word] : breakWord(word, maxWidth, measure)
    lines.push(...pieces.slice(0, -1))
    line = pieces.at(-1)!
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, Math.max(1, maxLines))
  kept.push(withEllipsis(kept.pop()!, maxWidth, measure))
  return kept
}
