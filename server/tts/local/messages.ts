import type { EspeakJob } from './espeak.ts'

/** Main thread -> worker: one sentence. */
export interface SynthesisRequest extends EspeakJob {
  id: number
}

/** Worker -> main thread: the WAV (its buffer transferred, not copied) or why there is none. */
export type SynthesisReply = { id: number; ok: true; wav: Uint8Array } | { id: number; ok: false; message: string }
