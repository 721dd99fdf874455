import { describe, expect, test } from 'bun:test'
import { decodeEnvelope, encodeEnvelope, ENVELOPE_VERSION, estimateSize, valueCodec } from './codec.ts'

describe('valueCodec', () => {
  test.each([
    ['an object', { title: 'Sunrise', scenes: [1, 2, 3], draft: false, note: null }],
    ['a string with non-ASCII text', 'crème brûlée 🎬'],
    ['a number', 42.5],
    ['null', null],
  ])('round-trips %s', (_name, value) => {
    expect(valueCodec.decode(valueCodec.encode(value))).toEqual(value)
  })

  test('round-trips raw bytes as bytes (not as JSON)', () => {
    const body = new Uint8Array([0, 1, 2, 250, 255])
    const encoded = valueCodec.encode(body)
    expect(encoded.byteLength).toBe(body.byteLength + 1)
    const decoded = valueCodec.decode(encoded)
    expect(decoded).toBeInstanceOf(Uint8Array)
    expect(decoded).toEqual(body)
  })

  test('decoded bytes are a copy, not a view into the reply buffer', () => {
    const encoded = valueCodec.encode(new Uint8Array([7, 8, 9]))
    const decoded = valueCodec.decode(encoded) as Uint8Array
    encoded[1] = 0
    expect(decoded[0]).toBe(7)
  })

  test('refuses bytes of an unknown kind', () => {
    expect(() => valueCodec.decode(new Uint8Array([9, 1]))).toThrow('unknown value kind 9')
  })
})

describe('envelope', () => {
  const meta = { freshUntil: 1_700_000_000_123, staleUntil: 1_700_000_060_123, tags: ['video:42', 'user:7'] }

  test('round-trips its metadata and payload', () => {
    const payload = valueCodec.encode({ hello: 'world' })
    const decoded = decodeEnvelope(encodeEnvelope(meta, payload))
    expect(decoded?.freshUntil).toBe(meta.freshUntil)
    expect(decoded?.staleUntil).toBe(meta.staleUntil)
    expect(decoded?.tags).toEqual(meta.tags)
    expect(valueCodec.decode(decoded!.payload)).toEqual({ hello: 'world' })
  })

  test('is compact: a 512-character string costs 22 bytes of overhead without tags', () => {
    const value = 'x'.repeat(512)
    const encoded = encodeEnvelope({ ...meta, tags: [] }, valueCodec.encode(value))
    // The 19-byte header, 1 kind byte and the 2 quotes of the JSON string: nothing else.
    expect(encoded.byteLength - value.length).toBe(19 + 1 + 2)
  })

  test('reads as a miss when written by another format version or cut short', () => {
    const encoded = encodeEnvelope(meta, valueCodec.encode('v'))
    expect(encoded[0]).toBe(ENVELOPE_VERSION)
    const otherVersion = encoded.slice()
    otherVersion[0] = ENVELOPE_VERSION + 1
    expect(decodeEnvelope(otherVersion)).toBeUndefined()
    expect(decodeEnvelope(encoded.subarray(0, 10))).toBeUndefined()
    expect(decodeEnvelope(encoded.subarray(0, 25))).toBeUndefined()
  })
})

describe('estimateSize', () => {
  test('counts strings as UTF-16, bytes as themselves, objects by their JSON', () => {
    expect(estimateSize('abcd')).toBe(8)
    expect(estimateSize(new Uint8Array(100))).toBe(100)
    expect(estimateSize({ a: 'bc' })).toBe(JSON.stringify({ a: 'bc' }).length * 2)
    expect(estimateSize(3)).toBe(8)
  })
})
