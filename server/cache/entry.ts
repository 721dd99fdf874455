/** What L1 holds: a value with its fresh and stale windows, and the namespace it belongs to. */
import { decodeEnvelope, encodeEnvelope, valueCodec, type Codec } from './codec.ts'
import { createCounters, type NamespaceCounters } from './stats.ts'
import type { EntryOptions } from './store-options.ts'

/**
 * A namespace's counters, and the full L1 key (`db:video:42`) of every key it has in L1. Building
 * that string per lookup costs more than the lookup itself (a fresh string must be hashed); the
 * map gives the stored one back. It only ever holds `name + ':' + key`, so it cannot be wrong,
 * and the L1 insert/dispose hooks keep it as small as L1.
 */
export interface Namespace {
  readonly name: string
  readonly counters: NamespaceCounters
  readonly fullKeys: Map<string, string>
}

const NAMESPACE_NAME = /^[a-z][a-z0-9-]*(:[a-z0-9-]+)?$/

export const createNamespace = (name: string): Namespace => {
  if (!NAMESPACE_NAME.test(name)) throw new TypeError(`invalid cache namespace "${name}"`)
  return { name, counters: createCounters(), fullKeys: new Map() }
}

export interface Entry {
  readonly value: unknown
  /** Epoch ms: fresh up to and including this time. */
  readonly freshUntil: number
  /** Epoch ms: may be served stale up to and including this time. */
  readonly staleUntil: number
  readonly tags: readonly string[]
  /** Memory estimate of the value (the L1 budget adds key and bookkeeping). */
  readonly size: number
  readonly ns: Namespace
  /** The caller's key, without the namespace. */
  readonly key: string
}

export const NO_TAGS: readonly string[] = Object.freeze([])

/** A new entry: one allocation, since `set()` is on the hot path. */
export const createEntry = (value: unknown, options: EntryOptions<unknown>, ns: Namespace, key: string, now: number): Entry => {
  const { ttl, staleTtl = 0 } = options
  if (!(ttl > 0 && ttl < Infinity)) throw new TypeError('ttl must be a positive number of milliseconds')
  if (!(staleTtl >= 0 && staleTtl < Infinity)) throw new TypeError('staleTtl must be a non-negative number of milliseconds')
  return {
    value,
    freshUntil: now + ttl,
    staleUntil: now + ttl + staleTtl,
    tags: options.tags?.length ? [...options.tags] : NO_TAGS,
    size: Math.ceil(((options.codec ?? valueCodec) as Codec<unknown>).size(value)),
    ns,
    key,
  }
}

/** The bytes Redis stores for an entry. */
export const encodeEntry = (entry: Entry, codec: Codec<unknown> = valueCodec): Uint8Array =>
  encodeEnvelope(entry, codec.encode(entry.value))

/** An entry from Redis bytes; undefined for another format version. Throws if the codec does. */
export const decodeEntry = (bytes: Uint8Array, codec: Codec<unknown>, ns: Namespace, key: string): Entry | undefined => {
  const envelope = decodeEnvelope(bytes)
  if (!envelope) return undefined
  const value = codec.decode(envelope.payload)
  const { freshUntil, staleUntil, tags } = envelope
  return { value, freshUntil, staleUntil, tags, size: Math.ceil(codec.size(value)), ns, key }
}

/** lru-cache's TTL is the fresh part, at least 1 ms (0 would mean "no TTL"). */
export const lruTtl = (entry: Entry, now: number): number => Math.max(1, Math.ceil(entry.freshUntil - now))
