import type { ImageType } from './sniff.ts'

/** Main thread -> worker: one sniffed file to decode and re-encode. */
export interface TranscodeRequest {
  id: number
  type: ImageType
  width: number
  height: number
  bytes: Uint8Array
  outputMaxSide: number
}

export type OutputType = 'image/jpeg' | 'image/png' | 'image/webp'

/** Worker -> main thread: the new file (buffer transferred) or why there is none. */
export type TranscodeReply =
  | { id: number; ok: true; bytes: Uint8Array; contentType: OutputType; width: number; height: number }
  | { id: number; ok: false; message: string }
