import { expect, test } from 'bun:test'
import type { Storyboard } from '../../storyboard.ts'
import type { CorpusIdea } from './ideas.ts'
import { scoreIdea } from './score.ts'

const board = (title: string, narration: string, onScreenText = ''): Storyboard => ({
  title,
  logline: 'x',
  script: narration,
  scenes: [{ narration, onScreenText, visual: 'x', shot: 'wide', palette: ['#000000', '#111111', '#222222'], durationSec: 5 }],
})

test('a lost detail, a phrase cut after an article and a wrong phrasing are each reported', () => {
  const idea: CorpusIdea = {
    language: 'en',
    kind: 'story',
    prompt: 'p',
    details: ['message in a bottle', 'island'],
    absent: ['the Lisbon’s'],
  }
  expect(scoreIdea(board('Keeper Finds a: A Short Story', 'On the island.'), idea)).toEqual({
    lost: ['message in a bottle'],
    cut: ['Keeper Finds a: A Short Story'],
    unwanted: [],
  })
  expect(scoreIdea(board('Alfama', "This is the Lisbon's Alfama.", 'a message in a bottle, island'), idea)).toEqual({
    lost: [],
    cut: [],
    unwanted: ['the Lisbon’s'],
  })
})
