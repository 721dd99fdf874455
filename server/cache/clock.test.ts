import { describe, expect, test } from 'bun:test'
import { coarseClock } from './clock.ts'

describe('coarseClock', () => {
  test('reads the clock once, then reuses the value until the resolution has passed', async () => {
    let reads = 0
    let time = 1000
    const now = coarseClock(5, () => (reads++, time))
    expect([now(), now(), now()]).toEqual([1000, 1000, 1000])
    expect(reads).toBe(1)
    time = 2000
    expect(now()).toBe(1000)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(now()).toBe(2000)
    expect(reads).toBe(2)
  })
})
