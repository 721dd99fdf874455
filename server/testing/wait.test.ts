import { describe, expect, test } from 'bun:test'
import { waitUntil } from './wait.ts'

describe('waitUntil', () => {
  test('resolves once the condition holds, checking again between pauses', async () => {
    let checks = 0
    await waitUntil(() => ++checks === 3, { everyMs: 0 })
    expect(checks).toBe(3)
  })

  test('accepts an async condition', async () => {
    let checks = 0
    await waitUntil(async () => ++checks > 1, { everyMs: 0 })
    expect(checks).toBe(2)
  })

  test('throws with the name of what never happened once the bound passes', async () => {
    await expect(waitUntil(() => false, { what: 'the moon landing', timeoutMs: 0 })).rejects.toThrow(
      /the moon landing still false after 0 ms/,
    )
  })
})
