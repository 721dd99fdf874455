import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `This is the story of ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `a first glimpse of ${c.s.the}, alone in the frame`,
    },
    {
      say: 'It began on an ordinary day, the way the best stories do.',
      show: 'An ordinary day',
      see: 'a quiet morning with nothing out of place, yet',
    },
    {
      say: (c) => `Nobody expected much from ${c.s.the}. That was their first mistake.`,
      show: 'Nobody expected much',
      see: (c) => `${c.s.the}, small against a very big world`,
    },
    {
      say: (c) => `Once, not so long ago, there was ${c.s.a}.`,
      show: 'Once upon a time',
      see: 'a storybook landscape slowly coming into focus',
    },
  ],
  context: [
    {
      say: 'Every day looked the same, and every day something felt missing.',
      show: 'Something missing',
      see: 'the same routine, repeated, in muted colors',
    },
    {
      say: 'The world around was busy, loud, and always in a hurry.',
      show: 'A world in a hurry',
      see: 'a crowd rushing past without looking',
    },
    {
      say: 'But deep down, there was a wish that nobody had heard yet.',
      show: 'A secret wish',
      see: 'a window at night, one light still on',
    },
    {
      say: 'Then, one morning, something small changed everything.',
      show: 'Then, one morning…',
      see: 'a small, unexpected object catching the light',
    },
    {
      say: 'It would take courage, patience, and a little luck.',
      show: 'Courage. Patience. Luck.',
      see: 'a long road stretching to the horizon',
    },
  ],
  development: [
    {
      say: 'The first try went wrong. So did the second.',
      show: 'Try again',
      see: 'a clumsy first attempt, then another',
    },
    {
      say: 'Step by step, the impossible started to look possible.',
      show: 'Step by step',
      see: 'footsteps on a path, getting steadier',
    },
    {
      say: 'Along the way came an unexpected friend.',
      show: 'An unexpected friend',
      see: 'two silhouettes meeting on the road',
    },
    {
      say: 'There were doubts, long nights, and one very bad idea.',
      show: 'One very bad idea',
      see: 'a messy table under a single lamp',
    },
    {
      say: 'Then came the moment to choose: turn back, or keep going.',
      show: 'Turn back, or keep going?',
      see: 'a fork in the road under a changing sky',
    },
    {
      say: (c) => `And ${c.s.the} kept going.`,
      show: 'Keep going',
      see: (c) => `${c.s.the} moving forward against the wind`,
    },
    {
      say: 'Every setback taught something new.',
      show: 'Every setback teaches',
      see: 'a small repair, done with care',
    },
    {
      say: 'And slowly, the goal came within reach.',
      show: 'Almost there',
      see: 'the destination appearing in the distance',
    },
  ],
  payoff: [
    {
      say: 'And then, at last, it happened.',
      show: 'At last',
      see: 'a burst of light and a held breath',
    },
    {
      say: "It wasn't perfect. It was better than perfect: it was real.",
      show: 'Better than perfect',
      see: 'an imperfect, beautiful result',
    },
    {
      say: 'Everyone who had doubted it stopped and stared.',
      show: 'Nobody doubted anymore',
      see: 'surprised faces turning to look',
    },
    {
      say: 'For the first time, everything felt exactly right.',
      show: 'Exactly right',
      see: 'a calm, wide view after the storm',
    },
  ],
  closing: [
    {
      say: 'Sometimes the smallest stories carry the biggest hearts.',
      show: 'The End',
      see: 'the camera pulling back as the light fades',
    },
    {
      say: (c) => `And that is how the story of ${c.s.the} began, not ended.`,
      show: 'Just the beginning',
      see: 'a new day rising over the horizon',
    },
    {
      say: 'Remember this one the next time something feels impossible.',
      show: 'Nothing is impossible',
      see: 'a last look back, then a smile',
    },
  ],
}
