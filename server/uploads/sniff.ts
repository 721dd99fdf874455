import { UploadRejected } from './errors.ts'

export type ImageType = 'png' | 'jpeg' | 'webp'

/** What the file's own bytes say it is: never the declared Content-Type or file name. */
export interface SniffedImage {
  type: ImageType
  width: number
  height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte)
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length))

const truncated = () => new UploadRejected('truncated', 'The image file is cut short; send the whole file.')
const undecodable = (what: string) => new UploadRejected('undecodable', `The image could not be read: ${what}.`)

/**
 * Reads the type from the magic bytes and the size from the header, and checks the file's own
 * structure reaches its end marker: nothing is decoded yet, so a hostile header costs nothing.
 */
export const sniffImage = (bytes: Uint8Array): SniffedImage => {
  if (startsWith(bytes, PNG_SIGNATURE)) return sniffPng(bytes)
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return sniffJpeg(bytes)
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return sniffWebp(bytes)
  throw new UploadRejected('unsupported-type', 'Only PNG, JPEG and WebP images are accepted.')
}

/** Chunks from the signature to IEND, each one's length inside the file; IHDR first. */
const sniffPng = (bytes: Uint8Array): SniffedImage => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 33) throw truncated()
  if (ascii(bytes, 12, 4) !== 'IHDR' || view.getUint32(8) !== 13) throw undecodable('the PNG does not start with its header')
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  let at = 8
  for (;;) {
    if (at + 12 > bytes.length) throw truncated()
    const length = view.getUint32(at)
    const type = ascii(bytes, at + 4, 4)
    at += 12 + length
    if (at > bytes.length) throw truncated()
    if (type === 'IEND') return { type: 'png', width, height }
  }
}

/** Segments from SOI to the first scan: the frame header (SOF) names the size; EOI must follow the scan. */
const sniffJpeg = (bytes: Uint8Array): SniffedImage => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 2
  let size: { width: number; height: number } | undefined
  for (;;) {
    if (at + 4 > bytes.length) throw truncated()
    if (bytes[at] !== 0xff) throw undecodable('a JPEG segment is damaged')
    const marker = bytes[at + 1]!
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    const length = view.getUint16(at + 2)
    if (length < 2 || at + 2 + length > bytes.length) throw truncated()
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8) throw undecodable('the JPEG frame header is too short')
      size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) }
    }
    if (marker === 0xda) break
    at += 2 + length
  }
  if (!size) throw undecodable('the JPEG has no frame header')
  if (!hasEndOfImage(bytes, at)) throw truncated()
  return { type: 'jpeg', ...size }
}

/** EOI (FF D9) after the scan; bytes after it (a polyglot's payload) are dropped by the re-encode. */
const hasEndOfImage = (bytes: Uint8Array, from: number) => {
  for (let i = bytes.length - 2; i >= from; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true
  return false
}

/** RIFF length inside the file, then the size from VP8X, VP8 (lossy) or VP8L (lossless). */
const sniffWebp = (bytes: Uint8Array): SniffedImage => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(4, true) + 8 > bytes.length || bytes.length < 30) throw truncated()
  const chunk = ascii(bytes, 12, 4)
  const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)
  if (chunk === 'VP8X') {
    if (bytes[20]! & 0x02) throw new UploadRejected('unsupported-type', 'Animated WebP images are not accepted; send a still image.')
    return { type: 'webp', width: u24(24) + 1, height: u24(27) + 1 }
  }
  if (chunk === 'VP8 ') {
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) throw undecodable('the WebP frame is damaged')
    return { type: 'webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) throw undecodable('the WebP frame is damaged')
    const bits = view.getUint32(21, true)
    return { type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  throw undecodable('the WebP holds no image')
}
