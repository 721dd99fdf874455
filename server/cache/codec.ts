/**
 * How cache values become bytes for Redis (L2) and back, and how much memory they weigh in L1.
 *
 * A Redis value is an envelope: a fixed 19-byte binary header (format version, fresh-until and
 * stale-until as float64 epoch ms, tags length) + the tags as JSON + the payload from the value's
 * codec. Binary numbers instead of a JSON wrapper keep the overhead small and avoid escaping the
 * payload; the version byte lets a deploy change the format without misreading old entries
 * (they read as misses).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
/** What the default codec stores: JSON-serializable data, or raw bytes (e.g. a response body). */
export type CacheValue = Json | Uint8Array

export interface Codec<T> {
  encode(value: T): Uint8Array
  /** Inverse of `encode`; throws on bytes it did not produce. */
  decode(bytes: Uint8Array): T
  /** Approximate bytes the decoded value holds in memory: what the L1 byte budget counts. */
  size(value: T): number
}

export const ENVELOPE_VERSION = 1
const HEADER_BYTES = 19
const KIND_JSON = 0
const KIND_BYTES = 1

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Memory estimate without serializing where it can: strings count 2 bytes per UTF-16 unit (the
 * engine's worst case), bytes count themselves, objects their JSON length times two (a parsed
 * object is bigger than its JSON, rarely by more than that).
 */
export const estimateSize = (value: CacheValue): number => {
  if (typeof value === 'string') return value.length * 2
  if (value instanceof Uint8Array) return value.byteLength
  if (value === null || typeof value !== 'object') return 8
  return JSON.stringify(value).length * 2
}

/** The default codec: one kind byte, then UTF-8 JSON or the raw bytes. */
export const valueCodec: Codec<CacheValue> = {
  encode(value) {
    const isBytes = value instanceof Uint8Array
    const body = isBytes ? value : encoder.encode(JSON.stringify(value))
    const out = new Uint8Array(1 + body.byteLength)
    out[0] = isBytes ? KIND_BYTES : KIND_JSON
    out.set(body, 1)
    return out
  },
  decode(bytes) {
    const kind = bytes[0]
    // Copy raw bytes: a Redis reply may be a view into a larger socket buffer we must not retain.
    if (kind === KIND_BYTES) return new Uint8Array(bytes.subarray(1))
    if (kind === KIND_JSON) return JSON.parse(decoder.decode(bytes.subarray(1))) as Json
    throw new TypeError(`unknown value kind ${kind}`)
  },
  size: estimateSize,
}

export interface EnvelopeMeta {
  /** Epoch ms until which the value is fresh. */
  freshUntil: number
  /** Epoch ms until which the value may still be served stale (>= freshUntil). */
  staleUntil: number
  tags: readonly string[]
}

export const encodeEnvelope = (meta: EnvelopeMeta, payload: Uint8Array): Uint8Array => {
  const tags = meta.tags.length ? encoder.encode(JSON.stringify(meta.tags)) : new Uint8Array(0)
  if (tags.byteLength > 0xffff) throw new RangeError('tags too long for one cache entry')
  const out = new Uint8Array(HEADER_BYTES + tags.byteLength + payload.byteLength)
  const view = new DataView(out.buffer)
  out[0] = ENVELOPE_VERSION
  view.setFloat64(1, meta.freshUntil)
  view.setFloat64(9, meta.staleUntil)
  view.setUint16(17, tags.byteLength)
  out.set(tags, HEADER_BYTES)
  out.set(payload, HEADER_BYTES + tags.byteLength)
  return out
}

/** `undefined` for bytes written by another format version or cut short. */
export const decodeEnvelope = (bytes: Uint8Array): (EnvelopeMeta & { payload: Uint8Array }) | undefined => {
  if (bytes.byteLength < HEADER_BYTES || bytes[0] !== ENVELOPE_VERSION) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tagsLength = view.getUint16(17)
  if (HEADER_BYTES + tagsLength > bytes.byteLength) return undefined
  const tags = tagsLength ? (JSON.parse(decoder.decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + tagsLength))) as string[]) : []
  return {
    freshUntil: view.getFloat64(1),
    staleUntil: view.getFloat64(9),
    tags,
    payload: bytes.subarray(HEADER_BYTES + tagsLength),
  }
}
