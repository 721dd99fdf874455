/**
 * The music in the export: the whole score scheduled into the export's OfflineAudioContext from 0,
 * with its fades, ducked under the narration's sentences, at the chosen level. Loaded (dynamic
 * import) only when an export has music on.
 */
import type { MusicSettings } from '../../../shared/music.ts'
import { scheduleCurve } from './curve.ts'
import { duckingCurve, type Span } from './ducking.ts'
import { composeScore, fadeCurve } from './score.ts'
import { createMusicChain, playNote } from './synth.ts'

export { speechSpans } from './ducking.ts'

export type MusicMixOptions = MusicSettings & { levelPercent: number; durationSec: number; speech: readonly Span[] }

export const addMusic = (context: BaseAudioContext, destination: AudioNode, options: MusicMixOptions) => {
  if (options.levelPercent <= 0 || options.durationSec <= 0) return
  const score = composeScore(options)
  const chain = createMusicChain(context, destination, score, options.levelPercent)
  scheduleCurve(chain.fade.gain, fadeCurve(score), 0, 0)
  scheduleCurve(chain.duck.gain, duckingCurve(options.speech), 0, 0)
  for (const note of score.notes) playNote(chain.instruments, note, note.atSec)
}
