import { TtsError } from '../errors.ts'
import { speakableText } from '../text.ts'
import type { TtsProvider } from '../types.ts'
import { espeakVoice, voiceSchema } from '../voices.ts'
import { readWav } from '../wav.ts'
import { createWorkerPool, type WorkerPoolOptions } from './pool.ts'

/**
 * The bundled engine, part of every clip's hash: the npm package and the eSpeak NG build inside it.
 * `local/provider.test.ts` fails when the installed package no longer matches.
 */
export const ESPEAK_ENGINE_VERSION = 'espeak-ng@1.0.2 (eSpeak NG 1.52-dev)'

export type LocalTtsOptions = Partial<WorkerPoolOptions>

/** eSpeak NG in worker threads: offline, mono 22050 Hz 16-bit PCM WAV. */
export const createLocalTtsProvider = (options: LocalTtsOptions = {}): TtsProvider => {
  const pool = createWorkerPool({ size: 1, queueLimit: 200, timeoutMs: 15000, ...options })
  return {
    name: 'local',
    engineVersion: ESPEAK_ENGINE_VERSION,
    async synthesize(text, voice, signal) {
      const spoken = speakableText(text)
      const parsed = voiceSchema.safeParse(voice)
      if (!parsed.success) throw new TtsError('invalid_input', `Bad voice: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`)
      const { language, rate, pitch } = parsed.data
      const wav = await pool.run({ text: spoken, voice: espeakVoice(language), rate, pitch }, signal)
      const info = readWav(wav)
      if (!info || info.dataBytes === 0) throw new TtsError('invalid_output', 'eSpeak NG produced no audio')
      return { audio: wav, contentType: 'audio/wav', durationSec: info.durationSec }
    },
    close: () => pool.close(),
  }
}
