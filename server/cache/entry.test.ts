import { describe, expect, test } from 'bun:test'
import { valueCodec } from './codec.ts'
import { createEntry, createNamespace, decodeEntry, encodeEntry, lruTtl } from './entry.ts'

const ns = createNamespace('db')

describe('createEntry', () => {
  test('is fresh for ttl, then may be served stale for staleTtl more', () => {
    const entry = createEntry({ a: 1 }, { namespace: 'db', ttl: 1000, staleTtl: 500, tags: ['video:1'] }, ns, 'k', 10_000)
    expect(entry).toMatchObject({ freshUntil: 11_000, staleUntil: 11_500, tags: ['video:1'], key: 'k' })
    expect(entry.size).toBe(JSON.stringify({ a: 1 }).length * 2)
  })

  test('copies the tags (a caller reusing its array cannot change them)', () => {
    const tags = ['video:1']
    const entry = createEntry('v', { namespace: 'db', ttl: 1000, tags }, ns, 'k', 0)
    tags.push('video:2')
    expect(entry.tags).toEqual(['video:1'])
  })

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses ttl %p', (ttl) => {
    expect(() => createEntry('v', { namespace: 'db', ttl }, ns, 'k', 0)).toThrow('ttl must be a positive number of milliseconds')
  })
})

describe('createNamespace', () => {
  test.each(['ai', 'db', 'user', 'http:videos', 'http:my-videos'])('accepts %s', (name) => {
    expect(createNamespace(name).name).toBe(name)
  })

  test.each(['', 'DB', 'http:', 'a:b:c', 'has space'])('refuses %p', (name) => {
    expect(() => createNamespace(name)).toThrow('invalid cache namespace')
  })
})

describe('encodeEntry / decodeEntry', () => {
  test('round-trip value, windows and tags through Redis bytes', () => {
    const entry = createEntry({ scenes: [1, 2] }, { namespace: 'db', ttl: 1000, staleTtl: 100, tags: ['t'] }, ns, 'k', 5000)
    const decoded = decodeEntry(encodeEntry(entry), valueCodec, ns, 'k', 5000)
    expect(decoded).toMatchObject({ value: { scenes: [1, 2] }, freshUntil: 6000, staleUntil: 6100, tags: ['t'], key: 'k' })
  })
})

describe('lruTtl', () => {
  test('is the fresh time left, and never 0 (which lru-cache reads as "no TTL")', () => {
    const entry = createEntry('v', { namespace: 'db', ttl: 1000 }, ns, 'k', 0)
    expect(lruTtl(entry, 400)).toBe(600)
    expect(lruTtl(entry, 5000)).toBe(1)
  })
})
