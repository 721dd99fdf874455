import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalProvider } from '../ai/local/provider.ts'
import { DURATION_PRESETS_SEC, LANGUAGES, MAX_DURATION_SEC, MIN_DURATION_SEC, type Language } from '../ai/storyboard.ts'
import { createRepositories, openDatabase, type Database } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createAudioStore } from '../tts/audio-store.ts'
import { createLocalTtsProvider } from '../tts/local/provider.ts'
import { createNarrator } from '../tts/narrator.ts'
import type { Narrator } from '../tts/types.ts'
import { hardCapSec, toleranceSec } from './fit.ts'
import { narrateVideo } from './narrate-video.ts'

/**
 * The length asked for, end to end on real parts: the local writer's script, spoken by the real
 * eSpeak NG one clip per sentence, fitted. Every preset (and the limits) in every language lands
 * within ±5 % or ±1 s of the target and never past the cap.
 */

const PROMPTS: Record<Language, string> = {
  en: 'An ad for a bicycle repair shop, warm and funny',
  es: 'Un anuncio para un taller de bicicletas, cálido y divertido',
  fr: 'Une publicité pour un atelier de vélos, chaleureuse et drôle',
  de: 'Eine Werbung für eine Fahrradwerkstatt, warm und witzig',
  pt: 'Um anúncio para uma oficina de bicicletas, caloroso e divertido',
  it: 'Una pubblicità per un’officina di biciclette, calda e divertente',
}
const TARGETS = [MIN_DURATION_SEC, ...DURATION_PRESETS_SEC, MAX_DURATION_SEC]

const engine = createLocalTtsProvider({ size: 2, timeoutMs: 60_000, queueLimit: 1000 })
const ai = createLocalProvider()
let dir: string
let db: Database
let narrator: Narrator

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-fit-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  narrator = createNarrator({
    provider: engine,
    store: createAudioStore({ clips: createRepositories(db).audioClips, dir: join(dir, 'audio') }),
  })
})
afterAll(async () => {
  await engine.close()
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

const narrate = async (language: Language, durationSec: number, shorts = false) => {
  const { value: storyboard } = await ai.generateStoryboard({
    prompt: PROMPTS[language],
    style: 'playful',
    durationSec,
    aspect: '16:9',
    language,
  })
  return narrateVideo(
    storyboard,
    { language, durationSec, shorts, voiceRate: 165, voicePitch: 50 },
    { narrator, signal: new AbortController().signal },
  )
}

describe('every preset in every language lands on its length', () => {
  for (const language of LANGUAGES) {
    test.each(TARGETS)(
      `${language}: %i s`,
      async (target) => {
        const { storyboard, narrations, fit } = await narrate(language, target)
        const total = storyboard.scenes.reduce((sum, scene) => sum + Math.round(scene.durationSec * 1000), 0) / 1000
        expect(total).toBe(fit.totalSec)
        expect(Math.abs(total - target)).toBeLessThanOrEqual(toleranceSec(target))
        expect(total).toBeLessThanOrEqual(hardCapSec(target, false))
        expect(narrations.every((narration) => narration.narrationStatus === 'ready' && narration.sentences.length > 0)).toBe(true)
        for (const [index, narration] of narrations.entries()) {
          for (const sentence of narration.sentences) expect(sentence.endSec).toBeLessThanOrEqual(storyboard.scenes[index]!.durationSec)
        }
      },
      300_000,
    )
  }

  test('a 60 s Short never runs past 60 s', async () => {
    for (const language of ['en', 'de'] as const) {
      const { fit } = await narrate(language, 60, true)
      expect(fit.totalSec).toBeLessThanOrEqual(60)
      expect(fit.totalSec).toBeGreaterThanOrEqual(57)
    }
  }, 300_000)
})
