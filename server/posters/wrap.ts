/**
 * Breaks text into at most `maxLines` lines of at most `maxChars` characters, at spaces; a word longer
 * than a line is split. Text that does not fit ends with an ellipsis on the last line.
 */
export const wrapText = (text: string, maxChars: number, maxLines: number): string[] => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const pieces = words.flatMap((word) => {
    const chars = [...word]
    if (chars.length <= maxChars) return [word]
    const parts: string[] = []
    for (let index = 0; index < chars.length; index += maxChars) parts.push(chars.slice(index, index + maxChars).join(''))
    return parts
  })
  const lines: string[] = []
  for (const piece of pieces) {
    const last = lines[lines.length - 1]
    if (last !== undefined && [...last].length + 1 + [...piece].length <= maxChars) lines[lines.length - 1] = `${last} ${piece}`
    else lines.push(piece)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const lastLine = [...kept[maxLines - 1]!]
  const room = lastLine.length + 1 <= maxChars ? lastLine : lastLine.slice(0, Math.max(1, maxChars - 1))
  kept[maxLines - 1] = `${room.join('').trimEnd()}…`
  return kept
}

/** The lines, and the font size that fits them: shrink up to twice before cutting with an ellipsis. */
export const fitText = (
  text: string,
  box: { width: number; fontSize: number; maxLines: number; charWidth: number },
): { lines: string[]; fontSize: number } => {
  let fontSize = box.fontSize
  for (let attempt = 0; attempt < 3; attempt++) {
    const maxChars = Math.max(4, Math.floor(box.width / (fontSize * box.charWidth)))
    const lines = wrapText(text, maxChars, Number.POSITIVE_INFINITY)
    if (lines.length <= box.maxLines || attempt === 2) return { lines: wrapText(text, maxChars, box.maxLines), fontSize }
    fontSize = Math.round(fontSize * 0.85)
  }
  return { lines: [], fontSize }
}
