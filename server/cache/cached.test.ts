import { describe, expect, test } from 'bun:test'
import { cached, digestKey, presets } from './cached.ts'
import { CacheStore } from './store.ts'
import { fakeClock, recordingLogger } from './test-helpers.ts'

const MINUTE = 60_000

const setup = () => {
  const clock = fakeClock()
  const store = new CacheStore({ memoryBytes: 1 << 20, logger: recordingLogger().logger, now: clock.now })
  return { store, ...clock }
}

describe('cached', () => {
  test('calls the function once per key and returns the cached result after', async () => {
    const { store } = setup()
    const seen: number[] = []
    const findVideo = cached(store, async (id: number) => (seen.push(id), { id, title: `Video ${id}` }), {
      ...presets.db,
      key: (id) => `video:${id}`,
    })
    expect(await findVideo(1)).toEqual({ id: 1, title: 'Video 1' })
    expect(await findVideo(1)).toEqual({ id: 1, title: 'Video 1' })
    expect(await findVideo(2)).toEqual({ id: 2, title: 'Video 2' })
    expect(seen).toEqual([1, 2])
  })

  test('tags derived from the arguments make the entry invalidatable', async () => {
    const { store } = setup()
    let version = 0
    const findVideo = cached(store, async (id: number) => `video ${id} v${++version}`, {
      ...presets.db,
      key: (id) => `video:${id}`,
      tags: (id) => [`video:${id}`],
    })
    expect(await findVideo(42)).toBe('video 42 v1')
    await store.invalidateTags(['video:42'])
    expect(await findVideo(42)).toBe('video 42 v2')
  })

  test('uses the preset namespace, so stats are per kind of value', async () => {
    const { store } = setup()
    const ask = cached(store, async (prompt: string) => `answer to ${prompt}`, { ...presets.ai, key: (prompt) => digestKey(prompt) })
    await ask('a storyboard about cats')
    await ask('a storyboard about cats')
    expect(store.stats().namespaces.ai).toMatchObject({ misses: 1, hits: 1 })
  })
})

describe('presets', () => {
  test.each([
    ['ai', 30, presets.ai],
    ['db', 60, presets.db],
    ['user', 120, presets.user],
  ] as const)('%s values stay fresh for %d minutes', async (_name, minutes, preset) => {
    const { store, advance } = setup()
    let calls = 0
    const load = cached(store, async () => ++calls, { ...preset, key: () => 'k' })
    await load()
    advance(minutes * MINUTE)
    await load()
    expect(calls).toBe(1)
    advance(1)
    await load() // stale now: served, and refreshed in the background
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(calls).toBe(2)
  })
})

describe('digestKey', () => {
  test('is stable, short, and does not reveal its input', () => {
    const prompt = 'a very long prompt '.repeat(100)
    expect(digestKey('gpt-4o-mini', prompt)).toBe(digestKey('gpt-4o-mini', prompt))
    expect(digestKey('gpt-4o-mini', prompt)).not.toBe(digestKey('other-model', prompt))
    expect(digestKey('gpt-4o-mini', prompt)).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
