import { UploadRejected } from './errors.ts'
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits.ts'
import type { OutputType } from './messages.ts'
import { createImagePool, type ImagePool } from './pool.ts'
import { sniffImage } from './sniff.ts'

/** An upload made safe: new bytes written from the decoded pixels, nothing of the original file. */
export interface PreparedImage {
  bytes: Uint8Array
  contentType: OutputType
  width: number
  height: number
  /** SHA-256 of `bytes`, base64url: the stored file's identity (cache validator, dedup). */
  hash: string
}

let sharedPool: ImagePool | undefined
/**
 * One image at a time for the process: a 24 MP photo takes the process to 620 MB, and uploads are rare
 * next to page views, so a second worker would buy little and double the peak.
 */
const pool = () => (sharedPool ??= createImagePool({ size: 1, queueLimit: 8, timeoutMs: 30_000 }))

/** Ends the worker (tests, shutdown); the next upload starts a new one. */
export const closeImagePool = () => {
  sharedPool?.close()
  sharedPool = undefined
}

/**
 * Checks an uploaded file against the limits (size, magic bytes, header dimensions, pixel count:
 * all before any decoding), then decodes and re-encodes it in the image worker. Throws
 * `UploadRejected` with the reason; anything else is a bug.
 */
export const prepareImageUpload = async (bytes: Uint8Array, limits: Partial<UploadLimits> = {}): Promise<PreparedImage> => {
  const { maxBytes, maxSide, maxPixels, outputMaxSide } = { ...DEFAULT_UPLOAD_LIMITS, ...limits }
  if (bytes.byteLength > maxBytes) {
    throw new UploadRejected('too-large', `The image is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`)
  }
  if (bytes.byteLength === 0) throw new UploadRejected('unsupported-type', 'The file is empty.')
  const sniffed = sniffImage(bytes)
  if (sniffed.width < 1 || sniffed.height < 1 || sniffed.width > maxSide || sniffed.height > maxSide) {
    throw new UploadRejected(
      'bad-dimensions',
      `The image is ${sniffed.width}x${sniffed.height} pixels; each side must be between 1 and ${maxSide}.`,
    )
  }
  if (sniffed.width * sniffed.height > maxPixels) {
    throw new UploadRejected(
      'too-many-pixels',
      `The image has ${Math.round((sniffed.width * sniffed.height) / 1e6)} megapixels; at most ${Math.round(maxPixels / 1e6)} are accepted.`,
    )
  }
  const result = await pool().run({ ...sniffed, bytes, outputMaxSide })
  const hash = new Bun.CryptoHasher('sha256').update(result.bytes).digest('base64url')
  return { ...result, hash }
}
