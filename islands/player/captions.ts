/**
 * Captions from a scene's narration: short chunks (one or two lines on screen) shown one after the
 * other, each for a share of the scene proportional to how long it takes to read.
 */

/** About two lines at caption size: the length subtitle guides recommend per caption. */
export const MAX_CAPTION_CHARS = 42

/**
 * Extra reading weight per chunk, in characters: a reader also needs time to move to a new
 * caption, so a short chunk gets a little more than its letters' share.
 */
const CHUNK_PAUSE_CHARS = 6

export type Caption = { text: string; startSec: number; endSec: number }

const joinedLength = (words: readonly string[]) => words.join(' ').length

/** Splits one sentence's words greedily, then evens out a last chunk that would be a lonely word or two. */
const chunkWords = (words: string[], maxChars: number): string[] => {
  const chunks: string[][] = []
  for (const word of words) {
    const current = chunks.at(-1)
    if (current && joinedLength([...current, word]) <= maxChars) current.push(word)
    else chunks.push([word])
  }
  const last = chunks.at(-1)
  const previous = chunks.at(-2)
  if (last && previous && joinedLength(last) < maxChars / 3) {
    const words = [...previous, ...last]
    const half = joinedLength(words) / 2
    // Move the split point back until the first part is no longer than half (but keep one word in it).
    let split = words.length - 1
    while (split > 1 && joinedLength(words.slice(0, split)) > half) split--
    const balanced = [words.slice(0, split), words.slice(split)]
    if (balanced.every((part) => joinedLength(part) <= maxChars)) chunks.splice(-2, 2, ...balanced)
  }
  return chunks.map((chunk) => chunk.join(' '))
}

/**
 * Splits narration into caption chunks: sentence by sentence, each sentence into pieces of at most
 * `maxChars` (a single longer word stays whole; the drawing code wraps it).
 */
export const chunkNarration = (narration: string, maxChars = MAX_CAPTION_CHARS): string[] =>
  narration
    .trim()
    // Not a lookbehind split: Safari before 16.4 cannot parse one, and the build targets Safari 15.
    .replace(/([.!?…])\s+/g, '$1\n')
    .split('\n')
    .map((sentence) => sentence.split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .flatMap((words) => chunkWords(words, maxChars))

/** Spreads the chunks over the scene without gaps: the first starts at 0, the last ends at `durationSec`. */
export const timeCaptions = (chunks: readonly string[], durationSec: number): Caption[] => {
  const weights = chunks.map((chunk) => chunk.length + CHUNK_PAUSE_CHARS)
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0)
  let elapsed = 0
  return chunks.map((text, index) => {
    const startSec = (elapsed / totalWeight) * durationSec
    elapsed += weights[index]!
    const endSec = index === chunks.length - 1 ? durationSec : (elapsed / totalWeight) * durationSec
    return { text, startSec, endSec }
  })
}

/** The caption showing `localSec` into the scene, or '' when there is none. */
export const captionAt = (captions: readonly Caption[], localSec: number): string => {
  for (const caption of captions) if (localSec < caption.endSec) return localSec >= caption.startSec ? caption.text : ''
  // At the very end of the scene the last caption stays up.
  const last = captions.at(-1)
  return last && localSec <= last.endSec ? last.text : ''
}
