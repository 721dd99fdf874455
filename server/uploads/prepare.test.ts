import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { type Codecs, loadCodecs } from './codecs.ts'
import { UploadRejected, type UploadRejectedReason, uploadRejectedStatus } from './errors.ts'
import { closeImagePool, prepareImageUpload } from './prepare.ts'
import {
  concat,
  exifGpsSegment,
  greyPng,
  pngChunk,
  solidPng,
  text,
  WEBP_LOSSLESS,
  WEBP_LOSSY,
  withJpegSegments,
  zipArchive,
} from './testing/images.ts'

let codecs: Codecs
let blueJpeg: Uint8Array
beforeAll(async () => {
  codecs = await loadCodecs()
  const pixels = new Uint8ClampedArray(64 * 40 * 4)
  for (let i = 0; i < pixels.length; i += 4) pixels.set([20, 200, 60, 255], i)
  blueJpeg = new Uint8Array(await codecs.encodeJpeg(new ImageData(pixels, 64, 40), 90))
})
afterAll(closeImagePool)

const rejection = async (bytes: Uint8Array, limits?: Parameters<typeof prepareImageUpload>[1]): Promise<UploadRejectedReason> => {
  try {
    await prepareImageUpload(bytes, limits)
  } catch (error) {
    if (error instanceof UploadRejected) return error.reason
    throw error
  }
  throw new Error('the upload was accepted')
}

const includes = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).includes(Buffer.from(needle))

describe('prepareImageUpload accepts real images and writes new files', () => {
  test('an opaque PNG becomes a JPEG of the same size and colour', async () => {
    const image = await prepareImageUpload(solidPng(30, 20, [200, 40, 40, 255]))
    expect(image.contentType).toBe('image/jpeg')
    expect([image.width, image.height]).toEqual([30, 20])
    const decoded = await codecs.decode('jpeg', image.bytes)
    expect(Math.abs(decoded.data[0]! - 200)).toBeLessThan(8)
    expect(image.hash).toBe(new Bun.CryptoHasher('sha256').update(image.bytes).digest('base64url'))
  })

  test('a PNG with transparency stays PNG, alpha kept', async () => {
    const image = await prepareImageUpload(solidPng(10, 10, [0, 0, 255, 128]))
    expect(image.contentType).toBe('image/png')
    expect((await codecs.decode('png', image.bytes)).data[3]).toBe(128)
  })

  test('lossy and lossless WebP are decoded', async () => {
    for (const webp of [WEBP_LOSSY, WEBP_LOSSLESS]) {
      const image = await prepareImageUpload(webp)
      expect([image.contentType, image.width, image.height]).toEqual(['image/jpeg', 48, 32])
    }
  })

  test('a large image is scaled down to the long side asked for, aspect kept', async () => {
    const image = await prepareImageUpload(solidPng(400, 100, [1, 2, 3, 255]), { outputMaxSide: 200 })
    expect([image.width, image.height]).toEqual([200, 50])
  })

  test('EXIF with GPS does not survive', async () => {
    const tagged = withJpegSegments(blueJpeg, exifGpsSegment())
    expect(includes(tagged, text('GPSLatitude'))).toBe(true)
    const image = await prepareImageUpload(tagged)
    expect(includes(image.bytes, text('Exif'))).toBe(false)
    expect(includes(image.bytes, text('GPS'))).toBe(false)
  })

  test('a PNG/ZIP polyglot (ZIP appended, or in a chunk) comes out without the ZIP', async () => {
    const appended = concat(solidPng(8, 8, [9, 9, 9, 255]), zipArchive())
    const inChunk = solidPng(8, 8, [9, 9, 9, 255])
    const chunked = concat(inChunk.subarray(0, 33), pngChunk('zIPp', zipArchive()), inChunk.subarray(33))
    for (const polyglot of [appended, chunked]) {
      expect(includes(polyglot, text('PK\x03\x04'))).toBe(true)
      const image = await prepareImageUpload(polyglot)
      expect(includes(image.bytes, text('PK'))).toBe(false)
      expect(includes(image.bytes, text('<script'))).toBe(false)
    }
  })

  test('a JPEG with bytes after its end (a JPEG/ZIP polyglot) comes out without them', async () => {
    const image = await prepareImageUpload(concat(blueJpeg, zipArchive()))
    expect(includes(image.bytes, text('PK\x03\x04'))).toBe(false)
  })
})

describe('prepareImageUpload refuses hostile files before decoding them', () => {
  test.each([
    ['SVG with a script', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')],
    ['HTML renamed .png', text('<!doctype html><html><body><script>fetch("/api/me")</script></body></html>')],
    [
      'a PNG signature with one byte wrong',
      (() => {
        const png = solidPng(4, 4, [0, 0, 0, 255])
        png[1] = 0x51
        return png
      })(),
    ],
    ['a GIF', text('GIF89a\x01\x00\x01\x00\x00\x00\x00;')],
    ['a ZIP', zipArchive()],
    ['an empty file', new Uint8Array()],
  ])('%s: unsupported type (415)', async (_name, bytes) => {
    const reason = await rejection(bytes)
    expect(reason).toBe('unsupported-type')
    expect(uploadRejectedStatus(reason)).toBe(415)
  })

  test('30,000 px in the header is refused as bad dimensions (422)', async () => {
    expect(await rejection(greyPng(30_000, 10))).toBe('bad-dimensions')
    expect(uploadRejectedStatus('bad-dimensions')).toBe(422)
  })

  test('a decompression bomb claiming 8000x8000 (256 MB of RGBA in a few KB) is refused', async () => {
    const bomb = greyPng(8000, 8000)
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(await rejection(bomb)).toBe('too-many-pixels')
  })

  test('7999x7999 passes the side limit, not the pixel cap', async () => {
    expect(await rejection(greyPng(7999, 7999))).toBe('too-many-pixels')
  })

  test('a file over the size limit is refused as too large (413) before it is looked at', async () => {
    const reason = await rejection(solidPng(64, 64, [1, 1, 1, 255]), { maxBytes: 100 })
    expect(reason).toBe('too-large')
    expect(uploadRejectedStatus(reason)).toBe(413)
  })

  test('truncated PNG, JPEG and WebP files are refused', async () => {
    const png = solidPng(32, 32, [1, 2, 3, 255])
    expect(await rejection(png.subarray(0, png.length - 20))).toBe('truncated')
    expect(await rejection(blueJpeg.subarray(0, blueJpeg.length - 10))).toBe('truncated')
    expect(await rejection(WEBP_LOSSY.subarray(0, WEBP_LOSSY.length - 8))).toBe('truncated')
  })

  test('a header that lies about the size is caught when the pixels are decoded', async () => {
    // IHDR says 16x16 (CRC fixed up), the data is a 2x2 image: the decoder fails or disagrees.
    const small = solidPng(2, 2, [5, 5, 5, 255])
    const ihdr = concat(new Uint8Array([0, 0, 0, 16, 0, 0, 0, 16]), small.subarray(24, 29))
    const liar = concat(small.subarray(0, 8), pngChunk('IHDR', ihdr), small.subarray(33))
    expect(await rejection(liar)).toBe('undecodable')
  })

  test('pixels that do not inflate fail in the decoder (422); the next good file still goes through', async () => {
    // Structure and header are fine, the compressed data is noise: only decoding can tell.
    const good = solidPng(16, 16, [1, 2, 3, 255])
    const noise = Uint8Array.from({ length: 200 }, (_, i) => (i * 73 + 11) % 256)
    const broken = concat(good.subarray(0, 33), pngChunk('IDAT', noise), pngChunk('IEND', new Uint8Array()))
    expect(await rejection(broken)).toBe('undecodable')
    const image = await prepareImageUpload(blueJpeg)
    expect([image.width, image.height]).toEqual([64, 40])
  })
})
