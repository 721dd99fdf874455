import { describe, expect, test } from 'bun:test'
import { waitUntil } from '../testing/wait.ts'
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
    expect(reads).toBe(1)
    // The value is forgotten by a timer: wait for it to have run, however late a busy machine runs it.
    await waitUntil(() => now() === 2000, { what: 'the clock read again', everyMs: 1 })
    expect(reads).toBe(2)
  })
})
