import { describe, expect, test } from 'bun:test'
import { storyboardSchema } from '../storyboard.ts'
import { createLocalProvider, LOCAL_MODEL } from './provider.ts'

const request = {
  prompt: 'a 30-second ad for a bicycle repair shop',
  style: 'cinematic',
  durationSec: 30,
  aspect: '9:16',
  language: 'en',
} as const

describe('the local provider', () => {
  const ai = createLocalProvider()

  test('returns a valid storyboard with its model and an estimate of the tokens', async () => {
    const result = await ai.generateStoryboard(request)
    expect(storyboardSchema.safeParse(result.value).success).toBe(true)
    expect(result.model).toBe(LOCAL_MODEL)
    expect(result.usage.promptTokens).toBe(Math.ceil(JSON.stringify(request).length / 4))
    expect(result.usage.completionTokens).toBe(Math.ceil(JSON.stringify(result.value).length / 4))
  })

  test('answers a question as Markdown', async () => {
    const { value: storyboard } = await ai.generateStoryboard(request)
    const result = await ai.answerQuestion({ video: storyboard, question: 'What music fits?', language: 'en' })
    expect(result.value).toContain('For this cinematic video')
    expect(result.usage.completionTokens).toBeGreaterThan(0)
  })

  test('rejects an invalid request with the schema’s error', async () => {
    await expect(ai.generateStoryboard({ ...request, durationSec: 4 })).rejects.toThrow()
    await expect(ai.generateStoryboard({ ...request, durationSec: 90, shorts: true })).rejects.toThrow()
  })

  test('honours an aborted signal', async () => {
    const controller = new AbortController()
    controller.abort(new Error('job cancelled'))
    await expect(ai.generateStoryboard(request, { signal: controller.signal })).rejects.toThrow('job cancelled')
  })
})
