import type { Beat } from '../../../shared/templates.ts'

/** What a model is asked to do in a scene of each beat (shared/templates.ts); English, never shown. */
export const BEAT_BRIEFS: Record<Beat, string> = {
  hook: 'grab attention in the first seconds with the most striking promise or image',
  problem: 'show the pain or need the viewer recognises',
  solution: 'present the product or idea as the answer',
  feature: 'show one concrete feature or benefit',
  proof: 'give evidence: a number, a result, a customer, a demonstration',
  context: 'set the background the viewer needs',
  point: 'explain one key point with a concrete example',
  recap: 'sum up what to remember in one line',
  setup: 'introduce the character and their world',
  conflict: 'something goes wrong or stands in the way',
  turn: 'the moment things change',
  resolution: 'how it ends, and what it means',
  goal: 'say what the viewer will be able to do at the end',
  step: 'one step, in the order it is done',
  result: 'show the finished result',
  payoff: 'deliver the surprise, the answer or the best moment',
  news: 'say what is new, plainly',
  details: 'when, where, who and what it changes',
  cta: 'tell the viewer exactly what to do next',
}
