/**
 * Image files built byte by byte for tests: real PNGs of any claimed size (a 1-bit grey PNG of
 * 8000x8000 is a few KB and inflates to 256 MB of RGBA), JPEG segments, polyglots. Test-only.
 */
import { deflateSync } from 'node:zlib'

const be32 = (value: number) => new Uint8Array([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255])

export const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

export const text = (value: string) => new TextEncoder().encode(value)

export const pngChunk = (type: string, data: Uint8Array) => {
  const typed = concat(text(type), data)
  return concat(be32(data.length), typed, be32(Bun.hash.crc32(typed)))
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A 1-bit greyscale PNG of any size, all black: tiny on disk whatever it claims. */
export const greyPng = (width: number, height: number, extra: Uint8Array[] = []) => {
  const ihdr = concat(be32(width), be32(height), new Uint8Array([1, 0, 0, 0, 0]))
  const row = 1 + Math.ceil(width / 8)
  const idat = deflateSync(new Uint8Array(row * height), { level: 9 })
  return concat(PNG_SIGNATURE, pngChunk('IHDR', ihdr), ...extra, pngChunk('IDAT', idat), pngChunk('IEND', new Uint8Array()))
}

/** An 8-bit RGBA PNG filled with one colour. */
export const solidPng = (width: number, height: number, rgba: [number, number, number, number]) => {
  const ihdr = concat(be32(width), be32(height), new Uint8Array([8, 6, 0, 0, 0]))
  const raw = new Uint8Array((1 + width * 4) * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(rgba, y * (1 + width * 4) + 1 + x * 4)
  return concat(PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', new Uint8Array()))
}

/** A minimal ZIP archive (one stored file) whose local and central headers a scanner would find. */
export const zipArchive = () => {
  const name = text('payload.html')
  const body = text('<script>alert(1)</script>')
  const local = concat(text('PK\x03\x04'), new Uint8Array(22), new Uint8Array([name.length, 0, 0, 0]), name, body)
  const central = concat(text('PK\x01\x02'), new Uint8Array(42), name)
  return concat(local, central, text('PK\x05\x06'), new Uint8Array(18))
}

/** A JPEG APP1 segment holding EXIF with a GPS IFD marker string, as a phone writes one. */
export const exifGpsSegment = () => {
  const payload = concat(text('Exif\0\0MM\0*'), text('GPSLatitude 48.8584 N GPSLongitude 2.2945 E'))
  return concat(new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255]), payload)
}

/** Inserts segments right after a JPEG's SOI marker. */
export const withJpegSegments = (jpeg: Uint8Array, ...segments: Uint8Array[]) => concat(jpeg.subarray(0, 2), ...segments, jpeg.subarray(2))

const fromBase64 = (value: string) => Uint8Array.from(atob(value), (char) => char.charCodeAt(0))
/** 48x32 solid #3366cc, lossy (VP8) and lossless (VP8L), written by ffmpeg's libwebp. */
export const WEBP_LOSSY = fromBase64(
  'UklGRkwAAABXRUJQVlA4IEAAAABwAwCdASowACAAPpFGnkslo6KhpWgAsBIJZwDMDoAAMavkU0AA/ulpH/8bx4FeS7K//ui+1FS9EquHN5Z0AAAA',
)
export const WEBP_LOSSLESS = fromBase64('UklGRh4AAABXRUJQVlA4TBEAAAAvL8AHAAdQs8p0uf+BiOh/AAA=')
