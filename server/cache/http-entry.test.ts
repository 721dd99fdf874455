import { describe, expect, test } from 'bun:test'
import { createHttpEntry, httpEntryCodec, storableHeaders, strongEtag } from './http-entry.ts'

describe('createHttpEntry', () => {
  test('prepares the 304 headers once: only those RFC 9110 keeps', () => {
    const entry = createHttpEntry(
      { 'content-type': 'text/html', 'cache-control': 'public, max-age=60', vary: 'accept-language', 'x-frame-options': 'DENY' },
      new Uint8Array([1]),
      '"abc"',
      0,
    )
    expect(entry.headers.etag).toBe('"abc"')
    expect(entry.notModifiedHeaders).toEqual({ 'cache-control': 'public, max-age=60', vary: 'accept-language', etag: '"abc"' })
  })
})

describe('Content-Length', () => {
  test("the 200 headers carry the stored body's length; the 304 headers none; Redis keeps it derived", () => {
    const entry = createHttpEntry({ 'content-type': 'text/plain', 'content-length': '999' }, new Uint8Array(42), '"e"', 0)
    expect(entry.headers['content-length']).toBe('42')
    expect(entry.hitHeaders['content-length']).toBe('42')
    expect(entry.notModifiedHeaders['content-length']).toBeUndefined()
    expect(entry.hitNotModifiedHeaders['content-length']).toBeUndefined()
    const decoded = httpEntryCodec.decode(httpEntryCodec.encode(entry))
    expect(decoded.hitHeaders['content-length']).toBe('42')
  })
})

describe('storableHeaders', () => {
  test('drops what describes one request, one connection or one user', () => {
    const headers = new Headers({
      'content-type': 'application/json',
      'set-cookie': 'a=b',
      date: 'Tue, 01 Jan 2030 00:00:00 GMT',
      'x-request-id': 'r-1',
      'server-timing': 'db;dur=3',
      'content-length': '10',
      connection: 'keep-alive',
    })
    expect(storableHeaders(headers)).toEqual({ 'content-type': 'application/json' })
  })
})

describe('strongEtag', () => {
  test('is strong, stable and changes with the body', () => {
    const body = new TextEncoder().encode('hello')
    expect(strongEtag(body)).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(strongEtag(body)).toBe(strongEtag(new TextEncoder().encode('hello')))
    expect(strongEtag(body)).not.toBe(strongEtag(new TextEncoder().encode('hellp')))
  })
})

describe('httpEntryCodec', () => {
  test('round-trips headers, ETag, time and the raw body (no base64)', () => {
    const body = new Uint8Array(1000).map((_, i) => i % 256)
    const entry = createHttpEntry({ 'content-type': 'image/png' }, body, '"e"', 1_700_000_000_000)
    const encoded = httpEntryCodec.encode(entry)
    expect(encoded.byteLength).toBeLessThan(body.byteLength + 100)
    const decoded = httpEntryCodec.decode(encoded)
    expect(decoded.headers).toEqual(entry.headers)
    expect(decoded.notModifiedHeaders).toEqual(entry.notModifiedHeaders)
    expect(decoded.etag).toBe('"e"')
    expect(decoded.storedAt).toBe(1_700_000_000_000)
    expect(decoded.body).toEqual(body)
  })

  test('counts the body and the headers in the memory estimate', () => {
    const entry = createHttpEntry({ 'content-type': 'text/plain' }, new Uint8Array(5000), '"e"', 0)
    expect(httpEntryCodec.size(entry)).toBeGreaterThan(5000)
  })
})
