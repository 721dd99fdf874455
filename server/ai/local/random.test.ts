import { describe, expect, test } from 'bun:test'
import { createRandom } from './random.ts'

describe('createRandom', () => {
  test('the same seed gives the same sequence', () => {
    const a = createRandom('seed')
    const b = createRandom('seed')
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()))
  })

  test('nearby seeds give unrelated sequences in [0, 1)', () => {
    const values = ['a', 'b'].map((seed) => createRandom(seed).next())
    expect(values[0]).not.toBe(values[1])
    const random = createRandom('range')
    for (let index = 0; index < 1000; index++) {
      const value = random.next()
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })

  test('shuffle returns a permutation and leaves its input alone', () => {
    const items = [1, 2, 3, 4, 5, 6]
    const shuffled = createRandom('shuffle').shuffle(items)
    expect([...shuffled].sort()).toEqual(items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6])
  })

  test('pick refuses an empty list', () => {
    expect(() => createRandom('x').pick([])).toThrow('cannot pick from an empty list')
  })
})
