import { VOICE_RATE_LIMITS } from '../ai/storyboard.ts'
import type { SceneNarration, StoredScene, Video } from '../db/model.ts'
import { splitSentences, type Narrator, type Voice } from '../tts/index.ts'
import { fitIntoSlot, MAX_SPEEDUP } from './fit.ts'
import { narrateScene, sceneNarration, speechDurations } from './narrate.ts'

/**
 * One scene narrated again, alone (a retry after a failure, or a scene made before narration). The
 * scene keeps its slot so every other scene keeps its times and the captions stay valid: its
 * sentences are laid out inside it, at the video's rate or, when that leaves sentences out, up to
 * {@link MAX_SPEEDUP} faster, whichever keeps more of them.
 */
export const renarrateScene = async (
  narrator: Narrator,
  video: Pick<Video, 'language' | 'voiceRate' | 'voicePitch'>,
  scene: Pick<StoredScene, 'narration' | 'durationSec'>,
): Promise<SceneNarration> => {
  const texts = splitSentences(scene.narration, video.language)
  const voice: Voice = { language: video.language, rate: video.voiceRate, pitch: video.voicePitch }
  const never = new AbortController().signal
  const speech = await narrateScene(narrator, texts, voice, never)
  const fitted = fitIntoSlot(speechDurations(speech, video.language, voice.rate), scene.durationSec)
  if (!speech.clips || fitted.kept === texts.length) return sceneNarration(speech, fitted)
  const rate = Math.min(VOICE_RATE_LIMITS.max, Math.ceil(voice.rate * MAX_SPEEDUP))
  const faster = await narrateScene(narrator, texts, { ...voice, rate }, never)
  const fittedFaster = fitIntoSlot(speechDurations(faster, video.language, rate), scene.durationSec)
  return faster.clips && fittedFaster.kept > fitted.kept ? sceneNarration(faster, fittedFaster) : sceneNarration(speech, fitted)
}
