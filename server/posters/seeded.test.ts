import { describe, expect, test } from 'bun:test'
import { createDice } from './seeded.ts'

describe('createDice', () => {
  test('same seed, same rolls; values within their range', () => {
    const rolls = (seed: string) => {
      const dice = createDice(seed)
      return Array.from({ length: 5 }, () => dice.range(10, 20))
    }
    expect(rolls('poster')).toEqual(rolls('poster'))
    expect(rolls('poster')).not.toEqual(rolls('other'))
    for (const value of rolls('poster')) {
      expect(value).toBeGreaterThanOrEqual(10)
      expect(value).toBeLessThan(20)
    }
  })
})
