import { describe, expect, test } from 'bun:test'
import { readWav, toneWav, writeWav } from './wav.ts'

describe('readWav', () => {
  test('the duration is the data length over the byte rate, exactly', () => {
    const info = readWav(writeWav(new Float32Array(22050 * 3 + 441), 22050))
    expect(info).toEqual({ sampleRate: 22050, channels: 1, bitsPerSample: 16, dataBytes: (22050 * 3 + 441) * 2, durationSec: 3.02 })
  })

  test('chunks before "data" (LIST, fact) are skipped, padded to even lengths', () => {
    const plain = toneWav(0.5)
    const extra = new Uint8Array([...new TextEncoder().encode('LIST'), 3, 0, 0, 0, 1, 2, 3, 0])
    const withList = new Uint8Array(plain.byteLength + extra.byteLength)
    withList.set(plain.subarray(0, 36))
    withList.set(extra, 36)
    withList.set(plain.subarray(36), 36 + extra.byteLength)
    expect(readWav(withList)?.durationSec).toBe(0.5)
  })

  test('a streamed header (size 0xFFFFFFFF) or a truncated file counts the bytes really there', () => {
    const wav = toneWav(1)
    new DataView(wav.buffer).setUint32(40, 0xffffffff, true)
    expect(readWav(wav)?.durationSec).toBe(1)
    const cut = toneWav(1).subarray(0, 44 + 22050)
    expect(readWav(cut)?.durationSec).toBe(0.5)
  })

  test('an odd trailing byte is not half a sample', () => {
    const wav = toneWav(1)
    const odd = new Uint8Array(wav.byteLength + 1)
    odd.set(wav)
    new DataView(odd.buffer).setUint32(40, 44101, true)
    expect(readWav(odd)?.dataBytes).toBe(44100)
  })

  test.each([
    ['empty', new Uint8Array()],
    ['text', new TextEncoder().encode('<html>not audio</html>')],
    ['RIFF but not WAVE', new TextEncoder().encode('RIFF\0\0\0\0AVI LIST')],
    ['data before fmt', new TextEncoder().encode('RIFF\0\0\0\0WAVEdata\x04\0\0\0abcd')],
  ])('%s is not a WAV', (_, bytes) => {
    expect(readWav(bytes)).toBeNull()
  })

  test('compressed formats are refused (only PCM has a duration from its length)', () => {
    const wav = toneWav(0.1)
    new DataView(wav.buffer).setUint16(20, 85, true) // MPEG layer 3
    expect(readWav(wav)).toBeNull()
  })
})
