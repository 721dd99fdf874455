import type { Language } from '../ai/storyboard.ts'

/**
 * How a sentence is spoken. `rate` is words per minute as eSpeak's `-s` understands it (other
 * engines map it onto their own speed); `pitch` is eSpeak's 0..99 (engines without pitch ignore it).
 */
export interface Voice {
  language: Language
  rate: number
  pitch: number
}

/** One synthesized clip: the encoded bytes and their exact length in seconds. */
export interface TtsClip {
  audio: Uint8Array
  contentType: string
  durationSec: number
}

/**
 * Everything the app asks of a speech engine. Implementations throw a `TtsError`. `name` and
 * `engineVersion` enter every clip's content hash, so a new engine or voice build never serves an
 * old clip.
 */
export interface TtsProvider {
  readonly name: 'local' | 'openai'
  readonly engineVersion: string
  synthesize(text: string, voice: Voice, signal?: AbortSignal): Promise<TtsClip>
  /** Stops background workers; pending calls reject. Safe to call twice. */
  close(): Promise<void>
}

/** What the narrator returns for one sentence: where to find the clip (`audioUrl(hash)`) and its length. */
export interface NarratedClip {
  hash: string
  durationSec: number
  contentType: string
}

export interface Narrator {
  /** The clip for `text` in `voice`: from storage when any replica made it before, else synthesized once. */
  narrate(text: string, voice: Voice, signal?: AbortSignal): Promise<NarratedClip>
}
