import type { Language, Scene } from '../ai/storyboard.ts'
import type { NarrationStatus } from '../db/model.ts'
import { splitSentences, type Narrator, type Voice } from '../tts/index.ts'
import { narrateScene, type SceneSpeech } from './narrate.ts'

export interface EarlyNarrationOptions {
  narrator: Narrator
  voice: Voice
  language: Language
  signal: AbortSignal
  /** Scene `index` (as written) was spoken, or failed. */
  onNarrated?: (index: number, status: Exclude<NarrationStatus, 'pending'>) => void
  onSceneError?: (index: number, error: unknown) => void
}

/** One key per list of sentences: a scene rewritten by a retry, or moved by a cut, is matched by what it says. */
const keyOf = (texts: readonly string[]) => texts.join('\n')

/**
 * Narrates scenes while the AI is still writing the storyboard: each scene written is queued, and
 * the queue speaks one scene at a time (its sentences together, as the narration step does), so a
 * job never floods the speech pool's queue ahead of other jobs. Once the storyboard is final,
 * {@link EarlyNarration.speechFor} hands the narration step what was spoken, matched by the
 * scene's sentences; scenes no longer in the storyboard and not yet started are skipped.
 *
 * Clips are content-addressed (a sentence is never synthesized twice), so a scene the final
 * storyboard changed only costs its changed sentences.
 */
export const createEarlyNarration = (options: EarlyNarrationOptions) => {
  const speeches = new Map<string, Promise<SceneSpeech>>()
  /** Per scene as written: its narration status (what the progress stream lists). */
  const statuses: NarrationStatus[] = []
  /** What scene `index` says now (a retry may write another scene at the same index). */
  const keys: string[] = []
  let queue: Promise<unknown> = Promise.resolve()
  let wanted: Set<string> | undefined
  let started = 0

  return {
    statuses: statuses as readonly NarrationStatus[],
    /** Scenes whose narration has begun (or ended). */
    get started() {
      return started
    },

    /** Scene `index` has been written: queue its narration (a scene with the same sentences is spoken once). */
    written(scene: Scene, index: number) {
      const texts = splitSentences(scene.narration, options.language)
      const key = keyOf(texts)
      statuses[index] = 'pending'
      keys[index] = key
      let speech = speeches.get(key)
      if (!speech) {
        speech = queue.then(() => {
          options.signal.throwIfAborted()
          if (wanted && !wanted.has(key)) return { texts, clips: null, error: 'skipped' } satisfies SceneSpeech
          started++
          return narrateScene(options.narrator, texts, options.voice, options.signal, (error) => options.onSceneError?.(index, error))
        })
        speeches.set(key, speech)
        // The queue goes on whatever one scene did; an abort is seen by whoever awaits the speech.
        queue = speech.catch(() => {})
      }
      void speech.then(
        (done) => {
          if (done.error === 'skipped' || keys[index] !== key) return
          statuses[index] = done.clips ? 'ready' : 'failed'
          options.onNarrated?.(index, statuses[index])
        },
        () => {},
      )
    },

    /** The storyboard is final: scenes not in it that have not started are skipped. */
    keepOnly(sceneTexts: readonly (readonly string[])[]) {
      wanted = new Set(sceneTexts.map(keyOf))
    },

    /** The speech of a scene with exactly these sentences, if it was queued here. */
    speechFor(texts: readonly string[]): Promise<SceneSpeech> | undefined {
      return speeches.get(keyOf(texts))
    },
  }
}

export type EarlyNarration = ReturnType<typeof createEarlyNarration>
