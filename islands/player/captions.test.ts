import { describe, expect, test } from 'bun:test'
import { captionAt, chunkNarration, MAX_CAPTION_CHARS, timeCaptions } from './captions.ts'

describe('chunkNarration', () => {
  test('a short sentence is one chunk', () => {
    expect(chunkNarration('  The city wakes up.  ')).toEqual(['The city wakes up.'])
  })

  test('each sentence starts a new chunk', () => {
    expect(chunkNarration('Dawn breaks. Coffee brews! Who is up?')).toEqual(['Dawn breaks.', 'Coffee brews!', 'Who is up?'])
  })

  test('a long sentence is split at word boundaries into chunks of at most MAX_CAPTION_CHARS', () => {
    const narration =
      'Across the harbour the first ferries cut silver lines through the water while gulls argue over the fish market roofs and the bakers open their doors'
    const chunks = chunkNarration(narration)
    expect(chunks.length).toBeGreaterThan(2)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS)
    expect(chunks.join(' ')).toBe(narration)
  })

  test('a last chunk of one short word is evened out with the chunk before it', () => {
    // Greedy splitting at 20 chars would give "aaaa bbbb cccc dddd" and leave "e." alone.
    expect(chunkNarration('aaaa bbbb cccc dddd e.', 20)).toEqual(['aaaa bbbb', 'cccc dddd e.'])
  })

  test('a single word longer than the limit stays whole', () => {
    expect(chunkNarration('Pneumonoultramicroscopicsilicovolcanoconiosis is long.', 20)).toEqual([
      'Pneumonoultramicroscopicsilicovolcanoconiosis',
      'is long.',
    ])
  })

  test('French spaced punctuation stays with its word: no chunk is "?" or "!" alone', () => {
    const narration = 'Tout simplement ? Oui ! Regardez de plus près la carte de la vieille ville ? Vraiment ?'
    for (const maxChars of [10, 16, 20, 30, 42]) {
      const chunks = chunkNarration(narration, maxChars)
      for (const chunk of chunks) expect(chunk).toMatch(/^[\p{L}]/u)
      expect(chunks.join(' ')).toBe(narration)
    }
  })

  test('no chunk ends with an article or a preposition that belongs to what follows', () => {
    const narration = 'Take a closer look at the details of the map, then at the harbour with the boats at the end of the day.'
    for (const maxChars of [16, 20, 24, 30, 42]) {
      for (const chunk of chunkNarration(narration, maxChars).slice(0, -1))
        expect(['a', 'the', 'at', 'of', 'with', 'and']).not.toContain(chunk.split(' ').at(-1))
    }
  })

  test('blank narration has no chunks', () => {
    expect(chunkNarration('   ')).toEqual([])
  })
})

describe('timeCaptions', () => {
  test('covers the scene without gaps: starts at 0, each starts where the previous ended, ends at the duration', () => {
    const captions = timeCaptions(['One two three.', 'Four.', 'Five six seven eight nine ten.'], 6)
    expect(captions[0]!.startSec).toBe(0)
    for (let index = 1; index < captions.length; index++) expect(captions[index]!.startSec).toBe(captions[index - 1]!.endSec)
    expect(captions.at(-1)!.endSec).toBe(6)
  })

  test('a longer chunk is shown for longer', () => {
    const [short, long] = timeCaptions(['Hi.', 'This one takes a good while longer to read.'], 5)
    expect(long!.endSec - long!.startSec).toBeGreaterThan(2 * (short!.endSec - short!.startSec))
  })

  test('no chunks, no captions', () => {
    expect(timeCaptions([], 5)).toEqual([])
  })
})

describe('captionAt', () => {
  const captions = timeCaptions(['First part.', 'Second part.'], 4)

  test('shows the chunk whose time it is', () => {
    expect(captionAt(captions, 0)).toBe('First part.')
    expect(captionAt(captions, 1.9)).toBe('First part.')
    expect(captionAt(captions, 2.1)).toBe('Second part.')
  })

  test('the last caption stays up to the very end of the scene, and not after', () => {
    expect(captionAt(captions, 4)).toBe('Second part.')
    expect(captionAt(captions, 4.5)).toBe('')
  })

  test('nothing to show without captions', () => {
    expect(captionAt([], 1)).toBe('')
  })
})
