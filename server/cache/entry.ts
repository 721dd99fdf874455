/** What L1 holds: a value with its fresh and stale windows, and the namespace it belongs to. */
import { decodeEnvelope, encodeEnvelope, valueCodec, type Codec } from './codec.ts'
import { createCounters, type NamespaceCounters } from './stats.ts'
import type { EntryOptions } from './store-options.ts'

/**
 * A namespace's counters, and the entry L1 holds for each of its keys. A hit is one lookup here
 * and a freshness check (docs/measurements.md, "Cache API"): building the full L1 key
 * (`db:video:42`) per lookup and asking lru-cache costs three times as much, since a fresh string
 * must be hashed. The L1 insert/dispose hooks keep the map exactly as L1 (every entry in it is in
 * L1); lru-cache's recency is refreshed from here at most once a second per entry.
 */
export interface Namespace {
  readonly name: string
  readonly counters: NamespaceCounters
  readonly entries: Map<string, Entry>
}

const NAMESPACE_NAME = /^[a-z][a-z0-9-]*(:[a-z0-9-]+)?$/

export const createNamespace = (name: string): Namespace => {
  if (!NAMESPACE_NAME.test(name)) throw new TypeError(`invalid cache namespace "${name}"`)
  return { name, counters: createCounters(), entries: new Map() }
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
  /** The L1 key: `<namespace>:<key>`. */
  readonly fullKey: string
  /** Epoch ms of the last hit that moved it up lru-cache's recency order. */
  touchedAt: number
}

export const fullKeyOf = (ns: Namespace, key: string) => `${ns.name}:${key}`

export const NO_TAGS: readonly string[] = Object.freeze([])

/** A new entry: one allocation, since `set()` is on the hot path. */
export const createEntry = (
  value: unknown,
  options: EntryOptions<unknown>,
  ns: Namespace,
  key: string,
  now: number,
  fullKey: string = fullKeyOf(ns, key),
): Entry => {
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
    fullKey,
    touchedAt: now,
  }
}

/** The bytes Redis stores for an entry. */
export const encodeEntry = (entry: Entry, codec: Codec<unknown> = valueCodec): Uint8Array =>
  encodeEnvelope(entry, codec.encode(entry.value))

/** An entry from Redis bytes; undefined for another format version. Throws if the codec does. */
export const decodeEntry = (bytes: Uint8Array, codec: Codec<unknown>, ns: Namespace, key: string, now: number): Entry | undefined => {
  const envelope = decodeEnvelope(bytes)
  if (!envelope) return undefined
  const value = codec.decode(envelope.payload)
  const { freshUntil, staleUntil, tags } = envelope
  return { value, freshUntil, staleUntil, tags, size: Math.ceil(codec.size(value)), ns, key, fullKey: fullKeyOf(ns, key), touchedAt: now }
}

/** lru-cache's TTL is the fresh part, at least 1 ms (0 would mean "no TTL"). */
export const lruTtl = (entry: Entry, now: number): number => Math.max(1, Math.ceil(entry.freshUntil - now))
