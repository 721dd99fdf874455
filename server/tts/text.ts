import { TtsError } from './errors.ts'

/** Longer than any scene's narration (600 characters): one sentence never needs more. */
export const MAX_SENTENCE_CHARS = 1000

/** The text every provider speaks: white space folded, bounded, something to say. */
export const speakableText = (text: string): string => {
  const folded = text.replace(/\s+/gu, ' ').trim()
  if (!/[\p{L}\p{N}]/u.test(folded)) throw new TtsError('invalid_input', 'Nothing to say: the text has no letters or digits')
  if (folded.length > MAX_SENTENCE_CHARS) {
    throw new TtsError('invalid_input', `One sentence is at most ${MAX_SENTENCE_CHARS} characters (got ${folded.length})`)
  }
  return folded
}
