/**
 * Captions from a scene's narration: short chunks (one or two lines on screen) shown one after the
 * other, each for a share of the scene proportional to how long it takes to read.
 */

import { chunkTokens, joinTokens, leans, tokenize, visualLength, type Token } from './phrases.ts'

/** About two lines at caption size: the length subtitle guides recommend per caption. */
export const MAX_CAPTION_CHARS = 42

/**
 * Extra reading weight per chunk, in characters: a reader also needs time to move to a new
 * caption, so a short chunk gets a little more than its letters' share.
 */
const CHUNK_PAUSE_CHARS = 6

export type Caption = { text: string; startSec: number; endSec: number }

const lengthOf = (tokens: readonly Token[]) => visualLength(joinTokens(tokens))

/**
 * A sentence's chunks (chunkTokens: at phrase ends, never after an article), with a last chunk that
 * would be a lonely word or two evened out with the one before it.
 */
const balancedChunks = (tokens: readonly Token[], maxChars: number): Token[][] => {
  const chunks = chunkTokens(tokens, maxChars)
  const last = chunks.at(-1)
  const previous = chunks.at(-2)
  if (last && previous && lengthOf(last) < maxChars / 3) {
    const both = [...previous, ...last]
    const half = lengthOf(both) / 2
    // Move the split point back until the first part is no longer than half (but keep one token in
    // it), and past any word that leans on the next.
    let split = both.length - 1
    while (split > 1 && (lengthOf(both.slice(0, split)) > half || leans(both[split - 1]))) split--
    const balanced = [both.slice(0, split), both.slice(split)]
    if (!leans(both[split - 1]) && balanced.every((part) => lengthOf(part) <= maxChars)) chunks.splice(-2, 2, ...balanced)
  }
  return chunks
}

/**
 * Splits narration into caption chunks: sentence by sentence, each sentence into pieces of at most
 * `maxChars` (a single longer word stays whole; the drawing code fits it), with the same tokens and
 * phrase rules as narrated sentences, so "?" never opens a chunk nor "the" ends one.
 */
export const chunkNarration = (narration: string, maxChars = MAX_CAPTION_CHARS): string[] =>
  narration
    .trim()
    // Not a lookbehind split: Safari before 16.4 cannot parse one, and the build targets Safari 15.
    .replace(/([.!?…])\s+/g, '$1\n')
    .split('\n')
    .map((sentence) => tokenize(sentence))
    .filter((tokens) => tokens.length > 0)
    .flatMap((tokens) => balancedChunks(tokens, maxChars).map(joinTokens))

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

/** A word of a caption with the moment it is spoken, for the active-word highlight. */
export type TimedToken = Token & { startSec: number; endSec: number }

/** A caption cue built from a narrated sentence: its text plus its words, each timed. */
export type Cue = Caption & { tokens: TimedToken[] }

/**
 * Spreads `[startSec, endSec)` over the tokens by their visual length (plus one for the gap after a
 * word): speech takes roughly as long per character, and that is all the clips tell us.
 */
export const timeTokens = (tokens: readonly Token[], startSec: number, endSec: number): TimedToken[] => {
  const weights = tokens.map((token) => visualLength(token.text) + (token.spaceAfter ? 1 : 0))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let elapsed = 0
  return tokens.map((token, index) => {
    const start = startSec + (total > 0 ? (elapsed / total) * (endSec - startSec) : 0)
    elapsed += weights[index]!
    const end = index === tokens.length - 1 ? endSec : startSec + (elapsed / total) * (endSec - startSec)
    return { ...token, startSec: start, endSec: end }
  })
}

/**
 * Cues from sentence timings (relative to the scene): each sentence is chunked at phrase
 * boundaries, and each chunk is shown while its words are spoken.
 */
export const sentenceCues = (
  sentences: readonly { text: string; startSec: number; endSec: number }[],
  maxChars = MAX_CAPTION_CHARS,
): Cue[] =>
  sentences.flatMap((sentence) => {
    const timed = timeTokens(tokenize(sentence.text), sentence.startSec, Math.max(sentence.startSec, sentence.endSec))
    return balancedChunks(timed, maxChars).map((chunk) => {
      const tokens = chunk as TimedToken[]
      return { text: joinTokens(tokens), startSec: tokens[0]!.startSec, endSec: tokens.at(-1)!.endSec, tokens }
    })
  })

/**
 * A scene's cues: from its sentence timings when the narration exists, else (still being narrated)
 * the narration text timed over the whole scene, so captions show either way.
 */
export const sceneCues = (scene: {
  narration: string
  durationSec: number
  sentences?: readonly { text: string; startSec: number; endSec: number }[]
}): Cue[] => {
  if (scene.sentences && scene.sentences.length > 0) return sentenceCues(scene.sentences)
  return timeCaptions(chunkNarration(scene.narration), scene.durationSec).map((caption) => {
    const tokens = timeTokens(tokenize(caption.text), caption.startSec, caption.endSec)
    return { ...caption, tokens }
  })
}

/** The cue showing `localSec` into the scene, or null between sentences. */
export const cueAt = (cues: readonly Cue[], localSec: number): Cue | null => {
  for (const cue of cues) if (localSec >= cue.startSec && localSec < cue.endSec) return cue
  const last = cues.at(-1)
  // At the very end of the scene the last cue stays up.
  return last && localSec === last.endSec ? last : null
}

/** The index of the word being spoken at `localSec`, or -1. */
export const activeTokenIndex = (cue: Cue, localSec: number): number =>
  cue.tokens.findIndex((token, index) => localSec >= token.startSec && (localSec < token.endSec || index === cue.tokens.length - 1))
