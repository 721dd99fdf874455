import type { Storyboard } from '../ai/storyboard.ts'
import type { NarrationStatus, SceneNarration, Video } from '../db/model.ts'
import { splitSentences, type Narrator, type Voice } from '../tts/index.ts'
import { fasterRate, fitTimeline, type Fit } from './fit.ts'
import { narrateScene, sceneNarration, speechDurations, type SceneSpeech } from './narrate.ts'

export interface NarratedVideo {
  /** The storyboard with every scene's duration from its real narration. */
  storyboard: Storyboard
  /** Per scene, what is stored: sentences, times, clips, status. */
  narrations: SceneNarration[]
  fit: Fit
  /** The rate the clips were spoken at: the video's, or faster when the speech ran long. */
  rate: number
  /** Scenes whose speech (either pass) was already under way, spoken while the storyboard was written. */
  reusedScenes: number
  /** Scenes spoken again at a faster rate by the second pass (0 when the first pass fitted). */
  secondPassScenes: number
}

export interface NarrateVideoOptions {
  narrator: Narrator
  signal: AbortSignal
  /** Before scene `index` (0-based) is narrated, with every scene's status so far; `pass` 2 is the faster re-run. */
  onScene?: (index: number, statuses: readonly NarrationStatus[], pass: 1 | 2) => Promise<void> | void
  /** While scene `index`'s clips synthesize in the speech workers: work for this thread (posters). */
  whileSpeaking?: (index: number) => void
  /**
   * The speech of a scene with these sentences at this rate when it was started earlier (while the
   * storyboard was still being written): awaited instead of speaking the scene again.
   */
  early?: (texts: readonly string[], rate: number) => Promise<SceneSpeech> | undefined
  /** A scene's narration failed (the scene is marked failed; this is for the log). */
  onSceneError?: (index: number, error: unknown) => void
  /**
   * The length is what the speech takes (the person's own script): no faster pass, no dropped
   * sentence, no padding; `video.durationSec` is not a target then.
   */
  lengthFollowsSpeech?: boolean
}

/**
 * The rate of the faster second pass for speech spoken at the video's rate: the video's own rate
 * when it fits. The narration step decides with it, and so can anyone who has the speech sooner.
 */
export const secondPassRate = (
  speeches: readonly SceneSpeech[],
  video: Pick<Video, 'language' | 'voiceRate' | 'durationSec' | 'shorts'>,
): number => {
  const durations = speeches.map((speech) => speechDurations(speech, video.language, video.voiceRate))
  const fit = fitTimeline(durations, { targetSec: video.durationSec, shorts: video.shorts, allowDrop: false })
  return fasterRate(video.voiceRate, durations, fit, video.durationSec)
}

/**
 * The narration step of a generation: every scene's narration split into sentences and spoken one
 * clip per sentence, then fitted to the video's length (see fit.ts). Too long at the video's rate,
 * it is all spoken again up to 1.25x faster before trailing sentences are dropped.
 */
export const narrateVideo = async (
  storyboard: Storyboard,
  video: Pick<Video, 'language' | 'voiceRate' | 'voicePitch' | 'durationSec' | 'shorts'>,
  options: NarrateVideoOptions,
): Promise<NarratedVideo> => {
  const voice: Voice = { language: video.language, rate: video.voiceRate, pitch: video.voicePitch }
  const texts = storyboard.scenes.map((scene) => splitSentences(scene.narration, video.language))
  const statuses: NarrationStatus[] = storyboard.scenes.map(() => 'pending')

  let reusedScenes = 0
  const speakAll = async (at: Voice, pass: 1 | 2): Promise<SceneSpeech[]> => {
    statuses.fill('pending')
    const speeches: SceneSpeech[] = []
    for (const [index, sentences] of texts.entries()) {
      await options.onScene?.(index, statuses, pass)
      const early = options.early?.(sentences, at.rate)
      if (early) reusedScenes++
      const speaking =
        early ?? narrateScene(options.narrator, sentences, at, options.signal, (error) => options.onSceneError?.(index, error))
      options.whileSpeaking?.(index)
      const speech = await speaking
      statuses[index] = speech.clips ? 'ready' : 'failed'
      speeches.push(speech)
    }
    return speeches
  }

  let rate = voice.rate
  let speeches = await speakAll(voice, 1)
  const durationsAt = (at: number) => speeches.map((speech) => speechDurations(speech, video.language, at))
  let fitOptions = { targetSec: video.durationSec, shorts: video.shorts }
  if (options.lengthFollowsSpeech) {
    // The target becomes the speech's own natural length, so nothing is padded, dropped or sped up.
    fitOptions = { targetSec: fitTimeline(durationsAt(rate), { targetSec: 0, shorts: false, allowDrop: false }).totalSec, shorts: false }
  } else {
    const faster = secondPassRate(speeches, video)
    if (faster > rate) {
      rate = faster
      speeches = await speakAll({ ...voice, rate }, 2)
    }
  }
  const fit = fitTimeline(durationsAt(rate), { ...fitOptions, allowDrop: !options.lengthFollowsSpeech })
  return {
    storyboard: {
      ...storyboard,
      scenes: storyboard.scenes.map((scene, index) => ({ ...scene, durationSec: fit.scenes[index]!.durationSec })),
    },
    narrations: speeches.map((speech, index) => sceneNarration(speech, fit.scenes[index]!)),
    fit,
    rate,
    reusedScenes,
    secondPassScenes: rate === voice.rate ? 0 : texts.length,
  }
}
