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
  /** The narration step's decision (narrate-video.ts): the rate of its faster pass for this speech. */
  secondPassRate: (speeches: readonly SceneSpeech[]) => number
}

/** A scene dropped from the final storyboard before its turn came: never spoken, never handed over. */
const SKIPPED = 'skipped'

/** A scene rewritten by a retry, or moved by a cut, is matched by what it says. */
const textsKey = (texts: readonly string[]) => texts.join('\n')
const keyOf = (texts: readonly string[], rate: number) => `${rate}\n${textsKey(texts)}`

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
  /** Per scene as written: its sentences (holes where a scene failed the scene schema). */
  const written: (string[] | undefined)[] = []
  let queue: Promise<unknown> = Promise.resolve()
  let wanted: Set<string> | undefined
  let started = 0

  /** Queues one scene's speech at `voice`, once per sentences and rate. */
  const speak = (texts: string[], voice: Voice, onError?: (error: unknown) => void): Promise<SceneSpeech> => {
    const key = keyOf(texts, voice.rate)
    let speech = speeches.get(key)
    if (speech) return speech
    speech = queue.then(() => {
      options.signal.throwIfAborted()
      if (wanted && !wanted.has(textsKey(texts))) return { texts, clips: null, error: SKIPPED } satisfies SceneSpeech
      started++
      return narrateScene(options.narrator, texts, voice, options.signal, onError)
    })
    speeches.set(key, speech)
    // The queue goes on whatever one scene did; an abort is seen by whoever awaits the speech.
    queue = speech.catch(() => {})
    return speech
  }

  return {
    statuses: statuses as readonly NarrationStatus[],
    /** Scenes whose narration has begun (or ended). */
    get started() {
      return started
    },

    /** Scene `index` has been written: queue its narration (a scene with the same sentences is spoken once). */
    written(scene: Scene, index: number) {
      const texts = splitSentences(scene.narration, options.language)
      const key = keyOf(texts, options.voice.rate)
      written[index] = texts
      statuses[index] = 'pending'
      keys[index] = key
      const speech = speak(texts, options.voice, (error) => options.onSceneError?.(index, error))
      void speech.then(
        (done) => {
          if (done.error === SKIPPED || keys[index] !== key) return
          statuses[index] = done.clips ? 'ready' : 'failed'
          options.onNarrated?.(index, statuses[index])
        },
        () => {},
      )
    },

    /**
     * Every scene is written (the model may still be writing other fields): once they are spoken,
     * if the speech runs too long for the video, the faster second pass is queued too, at the rate
     * the narration step will ask for, so that pass also starts before the storyboard is final.
     */
    allWritten(count: number) {
      const scenes = written.slice(0, count).filter((texts) => texts !== undefined)
      // A scene missing (it failed the scene schema) means the reply will be asked for again.
      if (scenes.length < count) return
      void Promise.all(scenes.map((texts) => speeches.get(keyOf(texts, options.voice.rate))!))
        .then((spoken) => {
          const rate = options.secondPassRate(spoken)
          if (rate === options.voice.rate || options.signal.aborted) return
          for (const texts of scenes) speak(texts, { ...options.voice, rate }).catch(() => {})
        })
        .catch(() => {})
    },

    /** The storyboard is final: scenes not in it that have not started are skipped. */
    keepOnly(sceneTexts: readonly (readonly string[])[]) {
      wanted = new Set(sceneTexts.map(textsKey))
    },

    /** The speech of a scene with exactly these sentences at this rate, if it was queued here. */
    speechFor(texts: readonly string[], rate: number): Promise<SceneSpeech> | undefined {
      const speech = speeches.get(keyOf(texts, rate))
      return speech && (!wanted || wanted.has(textsKey(texts))) ? speech : undefined
    },
  }
}

export type EarlyNarration = ReturnType<typeof createEarlyNarration>
