import { TtsError } from '../errors.ts'
import { speakableText } from '../text.ts'
import type { TtsProvider } from '../types.ts'
import { LANGUAGES } from '../../ai/storyboard.ts'
import { ESPEAK_VOICES, espeakVoice, parseVoice } from '../voices.ts'
import { readWav } from '../wav.ts'
import { createWorkerPool, type WorkerPoolOptions } from './pool.ts'

/**
 * The bundled engine, part of every clip's hash: the npm package, the eSpeak NG build inside it,
 * and which eSpeak voice speaks each language (remapping one must not serve the old voice's clips).
 * `local/provider.test.ts` fails when the installed package no longer matches.
 */
export const ESPEAK_ENGINE_VERSION = `espeak-ng@1.0.2 (eSpeak NG 1.52-dev) ${LANGUAGES.map((language) => `${language}=${ESPEAK_VOICES[language]}`).join(',')}`

export type LocalTtsOptions = Partial<WorkerPoolOptions>

/** eSpeak NG in worker threads: offline, mono 22050 Hz 16-bit PCM WAV. */
export const createLocalTtsProvider = (options: LocalTtsOptions = {}): TtsProvider => {
  const pool = createWorkerPool({ size: 1, queueLimit: 200, timeoutMs: 15000, ...options })
  return {
    name: 'local',
    engineVersion: ESPEAK_ENGINE_VERSION,
    async synthesize(text, voice, signal) {
      const spoken = speakableText(text)
      const { language, rate, pitch } = parseVoice(voice)
      const wav = await pool.run({ text: spoken, voice: espeakVoice(language), rate, pitch }, signal)
      const info = readWav(wav)
      if (!info || info.dataBytes === 0) throw new TtsError('invalid_output', 'eSpeak NG produced no audio')
      return { audio: wav, contentType: 'audio/wav', durationSec: info.durationSec }
    },
    close: () => pool.close(),
  }
}
