import { afterAll, describe, expect, test } from 'bun:test'
import { CacheStore } from '../cache/store.ts'
import { silentLogger } from '../log.ts'
import { createCachedAiCall } from './ai-cache.ts'

const store = new CacheStore({ memoryBytes: 1024 * 1024, logger: silentLogger })
afterAll(() => store.close())

describe('createCachedAiCall', () => {
  test('runs the origin once per key and says when the cache answered', async () => {
    const cachedAi = createCachedAiCall(store)
    let calls = 0
    const origin = async () => ({ value: `storyboard ${++calls}` })
    expect(await cachedAi('ai:v1:storyboard:one', origin)).toEqual({ value: { value: 'storyboard 1' }, cached: false })
    expect(await cachedAi('ai:v1:storyboard:one', origin)).toEqual({ value: { value: 'storyboard 1' }, cached: true })
    expect(await cachedAi('ai:v1:storyboard:two', origin)).toEqual({ value: { value: 'storyboard 2' }, cached: false })
    expect(calls).toBe(2)
  })

  test('a failed call is not cached: the next one asks again', async () => {
    const cachedAi = createCachedAiCall(store)
    let calls = 0
    const flaky = async () => {
      if (++calls === 1) throw new Error('timed out')
      return 'answer'
    }
    await expect(cachedAi('ai:v1:answer:flaky', flaky)).rejects.toThrow('timed out')
    expect(await cachedAi('ai:v1:answer:flaky', flaky)).toEqual({ value: 'answer', cached: false })
  })
})
