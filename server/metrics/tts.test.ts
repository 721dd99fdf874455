import { afterAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAudioClipRepo } from '../db/audio-clips.ts'
import { openDatabase } from '../db/database.ts'
import { silentLogger } from '../log.ts'
import { createAudioStore } from '../tts/audio-store.ts'
import { createLocalTtsProvider } from '../tts/local/provider.ts'
import { createNarrator } from '../tts/narrator.ts'
import { defaultVoice } from '../tts/voices.ts'
import { renderExposition } from './exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'
import { createTtsMetrics } from './tts.ts'

describe('TTS metrics', () => {
  const dir = mkdtemp(join(tmpdir(), 'tts-metrics-'))
  const working = createLocalTtsProvider()
  const broken = createLocalTtsProvider({ workerUrl: new URL('../tts/local/testing/crashing-worker.ts', import.meta.url) })
  afterAll(async () => {
    await Promise.all([working.close(), broken.close()])
    await rm(await dir, { recursive: true, force: true })
  })

  test('syntheses, saved sentences, audio seconds, latency and errors by code, per provider', async () => {
    let clock = 0
    const registry = createRegistry()
    const metrics = createTtsMetrics(registry)
    const db = await openDatabase({ url: 'sqlite://:memory:', dataDir: await dir, logger: silentLogger })
    const store = createAudioStore({ clips: createAudioClipRepo(db), dir: join(await dir, 'audio') })
    const narrator = createNarrator({ provider: working, store, observer: metrics.observer, now: () => (clock += 40) })
    const one = await narrator.narrate('One sentence.', defaultVoice('en'))
    const two = await narrator.narrate('Another one.', defaultVoice('en'))
    await Promise.all([narrator.narrate('One sentence.', defaultVoice('en')), narrator.narrate('One sentence.', defaultVoice('en'))])
    const failing = createNarrator({ provider: broken, store, observer: metrics.observer })
    await expect(failing.narrate('Never spoken.', defaultVoice('en'))).rejects.toThrow('crashed')

    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_tts_syntheses_total', { provider: 'local' })).toBe(2)
    expect(parsed.value('reelsmith_tts_syntheses_saved_total', { provider: 'local' })).toBe(2)
    expect(parsed.value('reelsmith_tts_audio_seconds_total', { provider: 'local' })).toBeCloseTo(one.durationSec + two.durationSec, 2)
    expect(parsed.value('reelsmith_tts_errors_total', { provider: 'local', code: 'engine' })).toBe(1)
    expect(parsed.value('reelsmith_tts_synthesis_duration_seconds_count', { provider: 'local' })).toBe(2)
    expect(parsed.value('reelsmith_tts_synthesis_duration_seconds_sum', { provider: 'local' })).toBe(0.08)
    await db.close()
  })
})
