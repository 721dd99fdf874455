import { describe, expect, test } from 'bun:test'
import { aiRequestKey, normalizeText } from './request-key.ts'
import type { QuestionInput, VideoRequest } from './storyboard.ts'

const local = { name: 'local', model: 'reelsmith-local-1' } as const
const request: VideoRequest = {
  prompt: 'An ad for a bicycle repair shop',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
}
const key = (changes: Partial<VideoRequest>, provider: { name: 'local' | 'openai'; model: string } = local) =>
  aiRequestKey(provider, { kind: 'storyboard', request: { ...request, ...changes } })

describe('normalizeText', () => {
  test('folds case, whitespace and Unicode forms', () => {
    expect(normalizeText('  An  AD\tfor\na Café ')).toBe('an ad for a café')
    expect(normalizeText('Cafe\u0301')).toBe(normalizeText('Café'))
  })
})

describe('aiRequestKey', () => {
  test('is a prefixed SHA-256 hex digest', () => {
    expect(key({})).toMatch(/^ai:v1:storyboard:[0-9a-f]{64}$/)
  })

  test('ignores differences of case and whitespace in the prompt', () => {
    expect(key({ prompt: '  an AD for a   bicycle repair shop ' })).toBe(key({}))
  })

  test('changes with every field that changes the output', () => {
    const keys = new Set([
      key({}),
      key({ prompt: 'An ad for a bakery' }),
      key({ style: 'noir' }),
      key({ durationSec: 31 }),
      key({ aspect: '9:16' }),
      key({ language: 'es' }),
      key({ seed: 1 }),
      key({}, { name: 'openai', model: 'reelsmith-local-1' }),
      key({}, { name: 'local', model: 'other-model' }),
    ])
    expect(keys.size).toBe(9)
  })

  test('the same seed is the same request; no seed is seed 0', () => {
    expect(key({ seed: 3 })).toBe(key({ seed: 3 }))
    expect(key({ seed: 0 })).toBe(key({}))
  })

  test('an answer key changes with the question, the language and any edit to the video', () => {
    const video = {
      title: 'Bikes',
      logline: 'An ad.',
      script: 'Hello.',
      scenes: [
        {
          narration: 'Hello.',
          onScreenText: 'Hi',
          visual: 'A shop.',
          shot: 'wide',
          palette: ['#000000', '#ffffff', '#ff0000'],
          durationSec: 10,
        },
      ],
    } satisfies QuestionInput['video']
    const answerKey = (input: QuestionInput) => aiRequestKey(local, { kind: 'answer', input })
    const base: QuestionInput = { video, question: 'What music fits?', language: 'en' }
    expect(answerKey({ ...base, question: '  what MUSIC fits? ' })).toBe(answerKey(base))
    const variants = [
      answerKey(base),
      answerKey({ ...base, question: 'Is the pacing right?' }),
      answerKey({ ...base, language: 'fr' }),
      answerKey({ ...base, video: { ...video, title: 'Bikes!' } }),
      answerKey({ ...base, video: { ...video, scenes: [{ ...video.scenes[0]!, narration: 'Hello there.' }] } }),
    ]
    expect(new Set(variants).size).toBe(variants.length)
    expect(answerKey(base)).toStartWith('ai:v1:answer:')
  })
})
