import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PAUSES } from '../ai/pacing.ts'
import { splitText } from '../ai/text/sentences.ts'
import { storyboardFromScript } from '../ai/text/storyboard.ts'
import { createRepositories, openDatabase, type Database } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createAudioStore } from '../tts/audio-store.ts'
import { createLocalTtsProvider } from '../tts/local/provider.ts'
import { createNarrator } from '../tts/narrator.ts'
import type { Narrator } from '../tts/types.ts'
import { narrateVideo } from './narrate-video.ts'

/**
 * A person's own script on real eSpeak NG: with `lengthFollowsSpeech` every sentence is said at the
 * chosen rate and the video lasts what that takes, however short the stored length; without it the
 * same storyboard is squeezed to the target (faster, then sentences dropped).
 */

const SCRIPT = `The ferry leaves the harbour at noon. Dr. Weber checks every ticket himself, e.g. the day passes.

The island has one café and one bakery. Bring a warm coat! The wind turns cold after four.`

const engine = createLocalTtsProvider({ size: 1, timeoutMs: 60_000, queueLimit: 1000 })
let dir: string
let db: Database
let narrator: Narrator

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-script-'))
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

describe('a script is said as written', () => {
  const storyboard = storyboardFromScript(SCRIPT, { language: 'en', style: 'minimal', durationSec: 5 })
  const video = { language: 'en' as const, durationSec: 5, shorts: false, voiceRate: 165, voicePitch: 50 }
  const sentences = splitText(SCRIPT, 'en').map((sentence) => sentence.text)

  test('every sentence, at the chosen rate, each scene as long as its speech', async () => {
    const {
      narrations,
      rate,
      fit,
      storyboard: fitted,
    } = await narrateVideo(storyboard, video, {
      narrator,
      signal: new AbortController().signal,
      lengthFollowsSpeech: true,
    })
    expect(rate).toBe(165)
    expect(narrations.flatMap((narration) => narration.sentences.map((sentence) => sentence.text))).toEqual(sentences)
    for (const [index, narration] of narrations.entries()) {
      expect(narration.narrationStatus).toBe('ready')
      expect(narration.sentences[0]!.startSec).toBeCloseTo(PAUSES.leadInSec, 3)
      expect(fitted.scenes[index]!.durationSec).toBeCloseTo(narration.sentences.at(-1)!.endSec + PAUSES.tailSec, 3)
    }
    // Far longer than the 5 s stored: the words set the length.
    expect(fit.totalSec).toBeGreaterThan(10)
  }, 120_000)

  test('the same storyboard fitted to 5 s instead loses speed or sentences', async () => {
    const { narrations, rate } = await narrateVideo(storyboard, video, { narrator, signal: new AbortController().signal })
    const kept = narrations.flatMap((narration) => narration.sentences).length
    expect(rate > 165 || kept < sentences.length).toBe(true)
  }, 120_000)
})
