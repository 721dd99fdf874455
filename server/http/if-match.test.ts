import { describe, expect, test } from 'bun:test'
import { HttpError } from './errors.ts'
import { ifMatchHolds, requireIfMatch, storyboardEtag } from './if-match.ts'

describe('If-Match (RFC 9110 13.1.1)', () => {
  const etag = storyboardEtag(7)

  test('the storyboard ETag is strong and names the version', () => {
    expect(etag).toBe('"v7"')
  })

  test('no header asks for no condition; * matches any current version', () => {
    expect(ifMatchHolds(undefined, etag)).toBe(true)
    expect(ifMatchHolds(null, etag)).toBe(true)
    expect(ifMatchHolds(' * ', etag)).toBe(true)
  })

  test('matches a listed tag strongly, never a weak one, never an older version', () => {
    expect(ifMatchHolds('"v6", "v7"', etag)).toBe(true)
    expect(ifMatchHolds('W/"v7"', etag)).toBe(false)
    expect(ifMatchHolds('"v6"', etag)).toBe(false)
    expect(ifMatchHolds('', etag)).toBe(false)
  })

  test('a stale write is a 412 that names the current version', () => {
    expect(() => requireIfMatch('"v6"', 7)).toThrow(HttpError)
    try {
      requireIfMatch('"v6"', 7)
    } catch (error) {
      expect((error as HttpError).status).toBe(412)
      expect((error as HttpError).extra).toEqual({ currentVersion: 7, currentEtag: '"v7"' })
    }
    expect(() => requireIfMatch('"v7"', 7)).not.toThrow()
  })
})
