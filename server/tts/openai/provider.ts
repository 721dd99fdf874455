import { VOICE_RATE_LIMITS } from '../../../shared/voice.ts'
import type { Fetch } from '../../ai/provider.ts'
import type { Logger } from '../../log.ts'
import { silentLogger } from '../../log.ts'
import { TtsError } from '../errors.ts'
import { speakableText } from '../text.ts'
import type { TtsProvider } from '../types.ts'
import { parseVoice } from '../voices.ts'
import { readWav } from '../wav.ts'

export type { Fetch }

export interface OpenAiTtsOptions {
  baseUrl: string
  apiKey?: string
  model: string
  /** The endpoint's voice name (OpenAI: alloy, nova, …); the language comes from the text itself. */
  voice: string
  timeoutMs: number
  fetch?: Fetch
  logger?: Logger
}

/** OpenAI's accepted `speed` range. */
const MIN_SPEED = 0.25
const MAX_SPEED = 4

/** Error bodies end up in messages: short, and never with the key. */
const sanitize = (text: string, apiKey: string | undefined): string => {
  const short = text.replace(/\s+/g, ' ').trim().slice(0, 300)
  return apiKey ? short.replaceAll(apiKey, '[redacted]') : short
}

/**
 * Any server speaking OpenAI's `POST {baseUrl}/audio/speech` (OpenAI, Kokoro-FastAPI, LocalAI, …),
 * asked for WAV. `rate` maps to `speed` relative to the default rate; `pitch` has no equivalent
 * there and is ignored (it still enters the clip's hash, harmlessly).
 */
export const createOpenAiTtsProvider = (options: OpenAiTtsOptions): TtsProvider => {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/speech`
  const host = new URL(url).host
  const fetch = options.fetch ?? globalThis.fetch
  const logger = options.logger ?? silentLogger
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'audio/wav' }
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`

  return {
    name: 'openai',
    // Another endpoint, model or voice sounds different: each gets its own clips.
    engineVersion: `${host}/${options.model}/${options.voice}`,
    async synthesize(text, voice, signal) {
      const input = speakableText(text)
      const { rate } = parseVoice(voice)
      const speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round((rate / VOICE_RATE_LIMITS.default) * 100) / 100))
      const body = JSON.stringify({ model: options.model, voice: options.voice, input, response_format: 'wav', speed })
      const timeout = AbortSignal.timeout(options.timeoutMs)
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
      let response: Response
      let bytes: Uint8Array
      try {
        response = await fetch(url, { method: 'POST', headers, body, signal: combined })
        bytes = new Uint8Array(await response.arrayBuffer())
      } catch (error) {
        if (signal?.aborted) throw signal.reason
        if (timeout.aborted) {
          logger.warn('tts request timed out', { host, timeoutMs: options.timeoutMs })
          throw new TtsError('timeout', `The speech endpoint at ${host} did not answer within ${options.timeoutMs} ms`, { cause: error })
        }
        const reason = sanitize(error instanceof Error ? error.message : String(error), options.apiKey)
        logger.warn('tts endpoint unreachable', { host, reason })
        throw new TtsError('upstream', `Could not reach the speech endpoint at ${host}: ${reason}`, { cause: error })
      }
      if (!response.ok) {
        const detail = sanitize(new TextDecoder().decode(bytes), options.apiKey)
        logger.warn('tts endpoint error', { host, status: response.status })
        throw new TtsError('upstream', `The speech endpoint at ${host} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`, {
          status: response.status,
        })
      }
      const info = readWav(bytes)
      if (!info || info.dataBytes === 0) {
        logger.warn('tts endpoint sent no wav', { host, bytes: bytes.byteLength })
        throw new TtsError('invalid_output', `The speech endpoint at ${host} did not answer with a WAV file`)
      }
      return { audio: bytes, contentType: 'audio/wav', durationSec: info.durationSec }
    },
    close: async () => {},
  }
}
