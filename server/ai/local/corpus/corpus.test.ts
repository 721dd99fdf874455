import { describe, expect, test } from 'bun:test'
import { readIdea, writeStoryboard } from '../writer/write.ts'
import { CORPUS } from './ideas.ts'
import { scoreIdea } from './score.ts'

/**
 * The writer's quality bar: every idea of the corpus read as the right kind, with every detail in the
 * storyboard, no phrase cut after an article or a preposition, none of the known wrong phrasings.
 * 15 s pairs parts up in fewer scenes, 60 s adds scenes: neither may lose anything.
 */
describe.each([15, 30, 60])('corpus at %i s', (durationSec) => {
  test.each(CORPUS.map((idea) => [`${idea.language} ${idea.kind}: ${idea.prompt}`, idea] as const))('%s', (_, idea) => {
    expect(readIdea(idea.prompt, idea.language).kind).toBe(idea.kind)
    const storyboard = writeStoryboard({ prompt: idea.prompt, style: 'documentary', durationSec, aspect: '16:9', language: idea.language })
    expect(scoreIdea(storyboard, idea)).toEqual({ lost: [], cut: [], unwanted: [] })
  })
})

test('the corpus covers every kind in every language', () => {
  const pairs = new Set(CORPUS.map((idea) => `${idea.language}:${idea.kind}`))
  expect(pairs.size).toBe(8 * 6)
  expect(CORPUS.length).toBeGreaterThanOrEqual(60)
})
