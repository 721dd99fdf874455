import type { Logger } from '../log.ts'
import { silentLogger } from '../log.ts'
import type { AudioStore } from './audio-store.ts'
import { audioHash } from './content-hash.ts'
import { speakableText } from './text.ts'
import type { NarratedClip, Narrator, TtsProvider, Voice } from './types.ts'
import { parseVoice } from './voices.ts'

/** What the narrator reports; `server/metrics/tts.ts` implements it. */
export interface NarrationObserver {
  synthesized(provider: string, audioSec: number, elapsedMs: number): void
  /** A sentence answered without synthesis: from storage, or by joining one already being made. */
  saved(provider: string): void
  failed(provider: string, error: unknown): void
}

export interface NarratorOptions {
  provider: TtsProvider
  store: Pick<AudioStore, 'meta' | 'save'>
  observer?: NarrationObserver
  logger?: Logger
  /** @default performance.now */
  now?: () => number
}

/** Caller-side abort: the shared synthesis carries on (others may be waiting, and it gets stored). */
const abortable = <T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * Content-addressed narration: a sentence is synthesized once, ever. Concurrent requests for the
 * same clip share one promise (in-process single-flight); then the database answers for any
 * replica that made it before; only then does the provider speak. Durations are whole
 * milliseconds (what the database keeps), so every replica reports the same timing.
 *
 * @example
 * const { hash, durationSec } = await narrator.narrate('The tide came in.', defaultVoice('en'))
 * audioUrl(hash) // '/audio/…22 chars….wav'
 */
export const createNarrator = (options: NarratorOptions): Narrator => {
  const { provider, store } = options
  const logger = options.logger ?? silentLogger
  const now = options.now ?? (() => performance.now())
  const inFlight = new Map<string, Promise<NarratedClip>>()

  const produce = async (hash: string, text: string, voice: Voice): Promise<NarratedClip> => {
    const stored = await store.meta(hash)
    if (stored) {
      options.observer?.saved(provider.name)
      return { hash, contentType: stored.contentType, durationSec: stored.durationMs / 1000 }
    }
    const started = now()
    let clip: Awaited<ReturnType<typeof provider.synthesize>>
    try {
      clip = await provider.synthesize(text, voice)
    } catch (error) {
      options.observer?.failed(provider.name, error)
      throw error
    }
    const durationMs = Math.round(clip.durationSec * 1000)
    await store.save({ hash, contentType: clip.contentType, durationMs, bytes: clip.audio })
    options.observer?.synthesized(provider.name, clip.durationSec, now() - started)
    logger.debug('narrated', { hash, provider: provider.name, chars: text.length, durationMs })
    return { hash, contentType: clip.contentType, durationSec: durationMs / 1000 }
  }

  return {
    narrate(text, voice, signal) {
      // Checked first: a clip started for a caller already gone would fail with nobody to hear it.
      if (signal?.aborted) return Promise.reject(signal.reason)
      let spoken: string
      try {
        spoken = speakableText(text)
        voice = parseVoice(voice)
      } catch (error) {
        return Promise.reject(error)
      }
      const hash = audioHash(spoken, voice, provider)
      const running = inFlight.get(hash)
      if (running) {
        options.observer?.saved(provider.name)
        return abortable(running, signal)
      }
      const made = produce(hash, spoken, voice).finally(() => inFlight.delete(hash))
      inFlight.set(hash, made)
      return abortable(made, signal)
    },
  }
}
