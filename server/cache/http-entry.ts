/**
 * A stored HTTP response, prepared once so a hit only copies it out: the headers for a 200 and
 * for a 304 are computed when the entry is made (on store or when read from Redis), never per hit.
 */
import type { Codec } from './codec.ts'

export interface HttpEntry {
  /** Everything sent with the body: the handler's headers plus Cache-Control, Vary, ETag and Content-Length. */
  readonly headers: Readonly<Record<string, string>>
  /** What a 304 keeps (RFC 9110 15.4.5). */
  readonly notModifiedHeaders: Readonly<Record<string, string>>
  /** `headers` and `notModifiedHeaders` with the HIT markers already in: a hit only adds `Age`. */
  readonly hitHeaders: Readonly<Record<string, string>>
  readonly hitNotModifiedHeaders: Readonly<Record<string, string>>
  readonly body: Uint8Array<ArrayBuffer>
  readonly etag: string
  /** Epoch ms when the handler produced it: `Age` counts from here. */
  readonly storedAt: number
}

/** Headers a 304 must carry if the 200 would (RFC 9110 15.4.5). */
export const RETAINED_304_HEADERS = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary'] as const

/**
 * Response headers never stored: they describe one request or one connection (or, Set-Cookie,
 * one user), and are set afresh on every response.
 */
export const PER_REQUEST_HEADERS: ReadonlySet<string> = new Set([
  'set-cookie',
  'date',
  'age',
  'x-cache',
  'server-timing',
  'x-request-id',
  'x-response-time',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-connection',
])

/** Marks a response served from the cache without a decision; Server-Timing has no `dur` (~0). */
const HIT_MARKERS = { 'x-cache': 'HIT', 'server-timing': 'cache;desc=HIT' } as const

export const createHttpEntry = (
  headers: Record<string, string>,
  body: Uint8Array<ArrayBuffer>,
  etag: string,
  storedAt: number,
): HttpEntry => {
  // Content-Length is written here, not left to the server: a HEAD answered from the entry has a null
  // body, and Bun would then send `Content-Length: 0` instead of the GET's (RFC 9110 8.6, 9.3.2).
  // A 304 keeps none of it (Bun sends none for a null body), so it never claims an empty body either.
  const all: Record<string, string> = { ...headers, etag, 'content-length': String(body.byteLength) }
  const notModifiedHeaders: Record<string, string> = {}
  for (const name of RETAINED_304_HEADERS) {
    const value = all[name]
    if (value !== undefined) notModifiedHeaders[name] = value
  }
  return {
    headers: all,
    notModifiedHeaders,
    hitHeaders: { ...all, ...HIT_MARKERS },
    hitNotModifiedHeaders: { ...notModifiedHeaders, ...HIT_MARKERS },
    body,
    etag,
    storedAt,
  }
}

/** The handler's response headers worth storing, lower-cased. */
export const storableHeaders = (headers: Headers): Record<string, string> => {
  const kept: Record<string, string> = {}
  for (const [name, value] of headers) if (!PER_REQUEST_HEADERS.has(name)) kept[name] = value
  return kept
}

/** A strong validator for the body: SHA-256, base64url, 27 chars (162 bits). Computed once per store. */
export const strongEtag = (body: Uint8Array): string => `"${new Bun.CryptoHasher('sha256').update(body).digest('base64url').slice(0, 27)}"`

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** For Redis: a 4-byte length, the JSON of headers/etag/time, then the raw body (no base64). */
export const httpEntryCodec: Codec<HttpEntry> = {
  encode(entry) {
    // Content-Length is the body's and comes back with createHttpEntry: not stored twice.
    const { 'content-length': _length, ...headers } = entry.headers
    const head = encoder.encode(JSON.stringify({ h: headers, e: entry.etag, t: entry.storedAt }))
    const out = new Uint8Array(4 + head.byteLength + entry.body.byteLength)
    new DataView(out.buffer).setUint32(0, head.byteLength)
    out.set(head, 4)
    out.set(entry.body, 4 + head.byteLength)
    return out
  },
  decode(bytes) {
    const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0)
    const head = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headLength))) as { h: Record<string, string>; e: string; t: number }
    // A copy: the reply buffer may be a view into a larger socket buffer.
    const body = new Uint8Array(bytes.subarray(4 + headLength))
    return createHttpEntry(head.h, body, head.e, head.t)
  },
  size(entry) {
    let headerBytes = 0
    // Four header records (200/304, plain/HIT) of UTF-16 strings.
    for (const name in entry.headers) headerBytes += (name.length + (entry.headers[name]?.length ?? 0)) * 8
    return entry.body.byteLength + headerBytes + 256
  },
}
