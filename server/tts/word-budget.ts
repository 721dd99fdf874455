import { SPEAKING_RATE_BASIS, SPEAKING_RATES } from './speaking-rates.ts'
import type { Voice } from './types.ts'

/**
 * How many words the local voice speaks in `durationSec`: the measured rate of the language,
 * scaled by the voice's rate against the rate it was measured at. The scaling is close, not
 * exact (eSpeak stretches pauses a little differently from words), so leave some slack.
 *
 * @example wordBudget(30, defaultVoice('en')) // 83
 */
export const wordBudget = (durationSec: number, voice: Voice): number =>
  Math.floor(durationSec * SPEAKING_RATES[voice.language] * (voice.rate / SPEAKING_RATE_BASIS.rate))
