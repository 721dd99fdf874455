import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAudioClipRepo } from '../db/audio-clips.ts'
import { testBackends } from '../db/test-backends.ts'
import { createAudioStore } from './audio-store.ts'
import { isTtsError } from './errors.ts'
import { createLocalTtsProvider } from './local/provider.ts'
import { createNarrator, type NarrationObserver } from './narrator.ts'
import type { TtsProvider } from './types.ts'
import { defaultVoice } from './voices.ts'

/** The real engine, with its calls counted: what "never twice" is measured by. */
const counting = (provider: TtsProvider) => {
  const calls: string[] = []
  const counted: TtsProvider = {
    name: provider.name,
    engineVersion: provider.engineVersion,
    synthesize: (text, voice, signal) => {
      calls.push(text)
      return provider.synthesize(text, voice, signal)
    },
    close: () => provider.close(),
  }
  return { provider: counted, calls }
}

const recordingObserver = () => {
  const events: string[] = []
  const observer: NarrationObserver = {
    synthesized: (provider, audioSec) => events.push(`synthesized ${provider} ${audioSec > 0}`),
    saved: (provider) => events.push(`saved ${provider}`),
    failed: (provider, error) => events.push(`failed ${provider} ${isTtsError(error) ? error.code : 'other'}`),
  }
  return { observer, events }
}

const engine = createLocalTtsProvider()
afterAll(() => engine.close())

describe.each(testBackends())('narrator on $name', (backend) => {
  let dirs: string[] = []
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'narrator-'))
    dirs.push(dir)
    return dir
  }
  // initdb on a busy shared machine can take longer than the default 5 s hook timeout.
  beforeAll(() => backend.start(), 60_000)
  afterEach(async () => {
    await backend.closeAll()
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
    dirs = []
  })
  afterAll(() => backend.stop())

  test('the same sentence 5 times at once and once more later: one synthesis, one stored clip', async () => {
    const { provider, calls } = counting(engine)
    const { observer, events } = recordingObserver()
    const dir = await tempDir()
    const clips = createAudioClipRepo(await backend.openFresh())
    const narrator = createNarrator({ provider, store: createAudioStore({ clips, dir }), observer })
    const voice = defaultVoice('en')
    const together = await Promise.all(Array.from({ length: 5 }, () => narrator.narrate('The lighthouse blinked twice.', voice)))
    const later = await narrator.narrate('  The lighthouse   blinked twice. ', voice)
    expect(calls).toEqual(['The lighthouse blinked twice.'])
    expect(new Set([...together, later].map((clip) => clip.hash)).size).toBe(1)
    expect(later).toEqual(together[0]!)
    expect(later.durationSec).toBeGreaterThan(0.5)
    expect(Number.isInteger(later.durationSec * 1000)).toBe(true)
    expect(events).toEqual(['saved local', 'saved local', 'saved local', 'saved local', 'synthesized local true', 'saved local'])
    const stored = await clips.get(later.hash)
    expect(stored?.contentType).toBe('audio/wav')
    expect(await readdir(dir)).toEqual([`${later.hash}.wav`])
  })

  test('a second replica on the same database never synthesizes a sentence the first one made', async () => {
    const url = await backend.freshUrl()
    const first = counting(engine)
    const second = counting(engine)
    const replicaA = createNarrator({
      provider: first.provider,
      store: createAudioStore({ clips: createAudioClipRepo(await backend.open(url)), dir: await tempDir() }),
    })
    const replicaBDir = await tempDir()
    const replicaBStore = createAudioStore({ clips: createAudioClipRepo(await backend.open(url)), dir: replicaBDir })
    const replicaB = createNarrator({ provider: second.provider, store: replicaBStore })
    const a = await replicaA.narrate('Gulls circled the harbour.', defaultVoice('en'))
    const b = await replicaB.narrate('Gulls circled the harbour.', defaultVoice('en'))
    expect(b).toEqual(a)
    expect([first.calls.length, second.calls.length]).toEqual([1, 0])
    // B serves it too: fetched from the database once, then from its own disk.
    expect(await readdir(replicaBDir)).toEqual([])
    const served = await replicaBStore.open(a.hash, 'audio/wav')
    expect(served?.size).toBeGreaterThan(44)
    expect(await readdir(replicaBDir)).toEqual([`${a.hash}.wav`])
  })

  test('a different voice is a different clip; a bad voice or empty text is refused before any work', async () => {
    const { provider, calls } = counting(engine)
    const { observer, events } = recordingObserver()
    const narrator = createNarrator({
      provider,
      store: createAudioStore({ clips: createAudioClipRepo(await backend.openFresh()), dir: await tempDir() }),
      observer,
    })
    const slow = await narrator.narrate('Same words.', { language: 'en', rate: 120, pitch: 50 })
    const fast = await narrator.narrate('Same words.', { language: 'en', rate: 300, pitch: 50 })
    expect(slow.hash).not.toBe(fast.hash)
    expect(fast.durationSec).toBeLessThan(slow.durationSec)
    const bad = await Promise.all([
      narrator.narrate('Hello.', { language: 'en', rate: 10, pitch: 50 }).catch((error: unknown) => error),
      narrator.narrate('   ', defaultVoice('en')).catch((error: unknown) => error),
      narrator.narrate('Hello.', { language: 'xx' as 'en', rate: 165, pitch: 50 }).catch((error: unknown) => error),
    ])
    expect(bad.map((error) => isTtsError(error) && error.code)).toEqual(['invalid_input', 'invalid_input', 'invalid_input'])
    expect(calls.length).toBe(2)
    expect(events).toEqual(['synthesized local true', 'synthesized local true'])
  })

  test('a caller that aborts gets its reason; the others still get the clip, made once', async () => {
    const { provider, calls } = counting(engine)
    const narrator = createNarrator({
      provider,
      store: createAudioStore({ clips: createAudioClipRepo(await backend.openFresh()), dir: await tempDir() }),
    })
    const controller = new AbortController()
    const leaving = narrator.narrate('Waves broke on the rocks.', defaultVoice('de'), controller.signal).catch((error: unknown) => error)
    const staying = narrator.narrate('Waves broke on the rocks.', defaultVoice('de'))
    controller.abort(new Error('video deleted'))
    expect(((await leaving) as Error).message).toBe('video deleted')
    expect((await staying).durationSec).toBeGreaterThan(0)
    expect(calls.length).toBe(1)
  })
})
