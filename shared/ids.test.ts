import { describe, expect, test } from 'bun:test'
import { IDEMPOTENCY_KEY, isVideoId } from './ids.ts'

describe('isVideoId', () => {
  test('accepts what randomId makes, refuses what cannot be an id', () => {
    expect(isVideoId('RxChgPn1opk35RMF6iltFg')).toBe(true)
    for (const id of [undefined, null, '', 'short', 'a'.repeat(65), '../../etc/passwd', 'abc def gh', '<script>x'])
      expect(isVideoId(id)).toBe(false)
  })
})

describe('IDEMPOTENCY_KEY', () => {
  test('a UUID and short tokens fit; spaces, slashes and over-long keys do not', () => {
    expect(IDEMPOTENCY_KEY.test(crypto.randomUUID())).toBe(true)
    expect(IDEMPOTENCY_KEY.test('job:2026.12.02_a')).toBe(true)
    for (const key of ['short', 'has space in it', 'a/b/c/d/e/f', 'x'.repeat(129)]) expect(IDEMPOTENCY_KEY.test(key)).toBe(false)
  })
})
