import { expect, test } from 'bun:test'
import { randomId, sha256Hex } from './ids.ts'

test('randomId is base64url: 16 bytes -> 22 characters, 32 bytes -> 43', () => {
  expect(randomId()).toMatch(/^[A-Za-z0-9_-]{22}$/)
  expect(randomId(32)).toMatch(/^[A-Za-z0-9_-]{43}$/)
})

test('randomId does not repeat', () => {
  const ids = new Set(Array.from({ length: 10_000 }, () => randomId()))
  expect(ids.size).toBe(10_000)
})

test('sha256Hex matches the standard test vector', () => {
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
})
