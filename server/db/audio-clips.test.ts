import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { createAudioClipRepo } from './audio-clips.ts'
import { testBackends } from './test-backends.ts'

/** Every byte value, so a driver that treats the blob as text (or stops at NUL) is caught. */
const allBytes = () => Uint8Array.from({ length: 70000 }, (_, index) => (index * 7 + 3) % 256)

describe.each(testBackends())('audio clips on $name', (backend) => {
  // initdb on a busy shared machine can take longer than the default 5 s hook timeout.
  beforeAll(() => backend.start(), 60_000)
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  test('bytes round-trip exactly, with their type, duration and creation time', async () => {
    const repo = createAudioClipRepo(await backend.openFresh(), { now: () => 1_700_000_000_123 })
    const bytes = allBytes()
    await repo.put({ hash: 'a'.repeat(22), contentType: 'audio/wav', durationMs: 2085.3, bytes })
    const clip = await repo.get('a'.repeat(22))
    expect(clip).toMatchObject({ hash: 'a'.repeat(22), contentType: 'audio/wav', durationMs: 2085, createdAt: 1_700_000_000_123 })
    expect(clip!.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(clip!.bytes).equals(Buffer.from(bytes))).toBe(true)
    expect(await repo.meta('a'.repeat(22))).toEqual({ hash: 'a'.repeat(22), contentType: 'audio/wav', durationMs: 2085 })
  })

  test('an unknown hash is null', async () => {
    const repo = createAudioClipRepo(await backend.openFresh())
    expect(await repo.get('nope')).toBeNull()
    expect(await repo.meta('nope')).toBeNull()
  })

  test('two replicas storing the same hash at once: one row, no error, the first bytes kept', async () => {
    const url = await backend.freshUrl()
    const [one, two] = [createAudioClipRepo(await backend.open(url)), createAudioClipRepo(await backend.open(url))]
    const first = new Uint8Array([1, 2, 3])
    await one.put({ hash: 'h'.repeat(22), contentType: 'audio/wav', durationMs: 10, bytes: first })
    await Promise.all([
      two.put({ hash: 'h'.repeat(22), contentType: 'audio/wav', durationMs: 10, bytes: new Uint8Array([9]) }),
      one.put({ hash: 'h'.repeat(22), contentType: 'audio/wav', durationMs: 10, bytes: new Uint8Array([8]) }),
    ])
    expect([...(await two.get('h'.repeat(22)))!.bytes]).toEqual([1, 2, 3])
  })
})
