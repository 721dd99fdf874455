/**
 * The little of RIFF/WAVE the app needs: read a clip's format and exact duration, and write a
 * PCM file (tests and the fake speech endpoint build real WAVs with it).
 */

export interface WavInfo {
  sampleRate: number
  channels: number
  bitsPerSample: number
  /** Bytes of samples, as many as the file really holds. */
  dataBytes: number
  durationSec: number
}

const ascii = (view: DataView, at: number) =>
  String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3))

/** Parses a PCM WAV header; `null` when the bytes are not one. */
export const readWav = (bytes: Uint8Array): WavInfo | null => {
  if (bytes.byteLength < 12) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (ascii(view, 0) !== 'RIFF' || ascii(view, 8) !== 'WAVE') return null
  let format: { channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | null = null
  let at = 12
  while (at + 8 <= bytes.byteLength) {
    const id = ascii(view, at)
    const size = view.getUint32(at + 4, true)
    const body = at + 8
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.byteLength) return null
      const audioFormat = view.getUint16(body, true)
      // 1 = integer PCM, 0xFFFE = WAVE_FORMAT_EXTENSIBLE (what some engines write for plain PCM).
      if (audioFormat !== 1 && audioFormat !== 0xfffe) return null
      format = {
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        bitsPerSample: view.getUint16(body + 14, true),
      }
      if (format.channels === 0 || format.sampleRate === 0 || format.byteRate === 0) return null
    } else if (id === 'data') {
      if (!format) return null
      // Streamed WAVs declare 0xFFFFFFFF (or 0) here: what the file holds is the truth.
      const available = bytes.byteLength - body
      const declared = size === 0 || size === 0xffffffff ? available : size
      const dataBytes = Math.min(declared, available)
      const frame = format.channels * (format.bitsPerSample / 8)
      const whole = dataBytes - (dataBytes % frame)
      return {
        sampleRate: format.sampleRate,
        channels: format.channels,
        bitsPerSample: format.bitsPerSample,
        dataBytes: whole,
        durationSec: whole / format.byteRate,
      }
    }
    // Chunks are padded to an even length.
    at = body + size + (size % 2)
  }
  return null
}

/** A 16-bit PCM WAV of the given samples (-1..1). */
export const writeWav = (samples: Float32Array, sampleRate: number): Uint8Array => {
  const bytes = new Uint8Array(44 + samples.length * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, value: string) => {
    for (let i = 0; i < 4; i++) view.setUint8(at + i, value.charCodeAt(i))
  }
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples.length * 2, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true)
  view.setUint16(22, 1, true)
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, samples.length * 2, true)
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff), true)
  }
  return bytes
}

/** A WAV of `seconds` of a quiet tone: a real, playable clip for tests and the fake endpoint. */
export const toneWav = (seconds: number, sampleRate = 22050): Uint8Array => {
  const samples = new Float32Array(Math.round(seconds * sampleRate))
  for (let i = 0; i < samples.length; i++) samples[i] = 0.1 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)
  return writeWav(samples, sampleRate)
}
