import { describe, expect, test } from 'bun:test'
import { createPasswordHasher } from './password.ts'

const hasher = createPasswordHasher({ memoryCost: 1024, timeCost: 1 })

describe('createPasswordHasher', () => {
  test('hashes with argon2id and the given costs, salted (the same password hashes differently)', async () => {
    const [a, b] = [await hasher.hash('correct horse battery'), await hasher.hash('correct horse battery')]
    expect(a).toStartWith('$argon2id$')
    expect(a).toContain('m=1024,t=1')
    expect(a).not.toBe(b)
  })

  test('verifies the right password only', async () => {
    const hash = await hasher.hash('correct horse battery')
    expect(await hasher.verify('correct horse battery', hash)).toBe(true)
    expect(await hasher.verify('correct horse batterY', hash)).toBe(false)
  })

  test('a malformed stored hash is a failed verify, not an exception', async () => {
    expect(await hasher.verify('anything', 'not-a-hash')).toBe(false)
    expect(await hasher.verify('anything', '')).toBe(false)
  })

  test('verifyNobody is always false', async () => {
    expect(await hasher.verifyNobody('not-a-real-password')).toBe(false)
    expect(await hasher.verifyNobody('anything')).toBe(false)
  })
})
