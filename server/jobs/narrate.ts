import { wordsPerSecond } from '../ai/pacing.ts'
import type { Language } from '../ai/storyboard.ts'
import type { SceneNarration } from '../db/model.ts'
import { isTtsError, type NarratedClip, type Narrator, type Voice } from '../tts/index.ts'
import type { FittedScene } from './fit.ts'

/** One scene's speech: its sentences and, unless narration failed, one clip per sentence. */
export type SceneSpeech = { texts: string[] } & ({ clips: NarratedClip[]; error: null } | { clips: null; error: string })

/** What a person reads when a scene could not be narrated: the engine's words stay in the log. */
export const NARRATION_FAILED = 'This scene could not be narrated. Try again.'
const NARRATION_TIMED_OUT = 'Narrating this scene took too long. Try again.'

/**
 * Narrates every sentence of one scene. The sentences go to the narrator together (its worker pool
 * queues them), so a scene takes as long as its slowest clip rather than the sum. One failed
 * sentence fails the scene, never the video; an abort (the job lost or shutting down) is rethrown.
 */
export const narrateScene = async (
  narrator: Narrator,
  texts: string[],
  voice: Voice,
  signal: AbortSignal,
  onError?: (error: unknown) => void,
): Promise<SceneSpeech> => {
  try {
    const clips = await Promise.all(texts.map((text) => narrator.narrate(text, voice, signal)))
    return { texts, clips, error: null }
  } catch (error) {
    if (signal.aborted) throw signal.reason
    onError?.(error)
    return { texts, clips: null, error: isTtsError(error) && error.code === 'timeout' ? NARRATION_TIMED_OUT : NARRATION_FAILED }
  }
}

/**
 * The length of each sentence for the fit: the clip's when there is one, else an estimate from the
 * word count, so a failed scene keeps a slot its retry can fill.
 */
export const speechDurations = (speech: SceneSpeech, language: Language, rate: number): number[] =>
  speech.clips
    ? speech.clips.map((clip) => clip.durationSec)
    : speech.texts.map((text) => Math.round((text.split(/\s+/u).filter(Boolean).length / wordsPerSecond(language, rate)) * 1000) / 1000)

/** What is stored for a scene once its speech is fitted: the kept sentences with their times and clips. */
export const sceneNarration = (speech: SceneSpeech, fitted: FittedScene): SceneNarration => ({
  sentences: fitted.sentences.map((timing, index) => ({
    text: speech.texts[index]!,
    audioHash: speech.clips?.[index]?.hash ?? null,
    ...timing,
  })),
  narrationStatus: speech.clips ? 'ready' : 'failed',
  narrationError: speech.error,
})
