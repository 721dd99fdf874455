import { describe, expect, test } from 'bun:test'
import { AiError, type AiProvider } from '../ai/provider.ts'
import { createAiMetrics, instrumentAiProvider } from './ai.ts'
import { renderExposition } from './exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'

/** A provider whose next answer the test decides. */
const fakeProvider = (clock: { now: number }) => {
  let next: () => unknown = () => ({ value: 'ok', usage: { promptTokens: 10, completionTokens: 4 }, model: 'm' })
  const provider = {
    name: 'openai',
    model: 'm',
    generateStoryboard: async () => {
      clock.now += 1200
      return next()
    },
    answerQuestion: async () => {
      clock.now += 300
      return next()
    },
  } as unknown as AiProvider
  return { provider, answerWith: (answer: () => unknown) => (next = answer) }
}

describe('instrumentAiProvider', () => {
  test('counts calls, tokens and latency per operation; errors by code; the result passes through', async () => {
    const clock = { now: 0 }
    const registry = createRegistry()
    const metrics = createAiMetrics(registry, { provider: 'openai', now: () => clock.now })
    const { provider, answerWith } = fakeProvider(clock)
    const ai = instrumentAiProvider(provider, metrics)
    expect(ai.name).toBe('openai')
    const answer = await ai.answerQuestion({} as never)
    expect(answer.value).toBe('ok')
    await ai.generateStoryboard({} as never)
    answerWith(() => {
      throw new AiError('timeout', 'slow')
    })
    await expect(ai.answerQuestion({} as never)).rejects.toThrow('slow')
    answerWith(() => {
      throw new TypeError('bug')
    })
    await expect(ai.answerQuestion({} as never)).rejects.toThrow('bug')

    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_ai_calls_total', { provider: 'openai', operation: 'answer', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_ai_calls_total', { provider: 'openai', operation: 'answer', outcome: 'error' })).toBe(2)
    expect(parsed.value('reelsmith_ai_calls_total', { provider: 'openai', operation: 'storyboard', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_ai_errors_total', { provider: 'openai', code: 'timeout' })).toBe(1)
    expect(parsed.value('reelsmith_ai_errors_total', { provider: 'openai', code: 'other' })).toBe(1)
    expect(parsed.value('reelsmith_ai_tokens_total', { provider: 'openai', direction: 'in' })).toBe(20)
    expect(parsed.value('reelsmith_ai_tokens_total', { provider: 'openai', direction: 'out' })).toBe(8)
    expect(parsed.value('reelsmith_ai_call_duration_seconds_sum', { provider: 'openai', operation: 'storyboard' })).toBe(1.2)
    expect(parsed.value('reelsmith_ai_call_duration_seconds_count', { provider: 'openai', operation: 'answer' })).toBe(3)
  })
})

describe('createAiMetrics', () => {
  test('calls saved are read from the cache at scrape time', () => {
    const registry = createRegistry()
    let saved = 3
    createAiMetrics(registry, { provider: 'local', savedCalls: () => saved })
    saved = 9
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_ai_calls_saved_total', { provider: 'local' })).toBe(9)
  })
})
