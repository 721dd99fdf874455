import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { testBackends } from './test-backends.ts'
import { createUsageRepo, utcDay } from './usage.ts'
import { createUserRepo } from './users.ts'

const DAY = 86_400_000
const zero = { aiCalls: 0, tokensIn: 0, tokensOut: 0, cacheHits: 0 }

test('utcDay buckets by the UTC calendar day', () => {
  expect(utcDay(Date.UTC(2026, 0, 31, 23, 59, 59, 999))).toBe('2026-01-31')
  expect(utcDay(Date.UTC(2026, 1, 1))).toBe('2026-02-01')
})

describe.each(testBackends())('usage repo on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const setup = async () => {
    const db = await backend.openFresh()
    const clock = { now: Date.UTC(2026, 2, 10, 12) }
    const users = createUserRepo(db)
    const alice = (await users.create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h', language: 'en' }))!
    return { clock, usage: createUsageRepo(db, { now: () => clock.now }), alice, bob }
  }

  test('a user with no usage has zero totals and no days', async () => {
    const { usage, alice } = await setup()
    expect(await usage.forUser(alice.id)).toEqual({ total: zero, days: [] })
  })

  test("record adds to today's counters; missing counts add nothing", async () => {
    const { usage, alice } = await setup()
    await usage.record(alice.id, { aiCalls: 1, tokensIn: 120, tokensOut: 800 })
    await usage.record(alice.id, { aiCalls: 1, tokensIn: 100, tokensOut: 700 })
    await usage.record(alice.id, { cacheHits: 1 })
    const today = { aiCalls: 2, tokensIn: 220, tokensOut: 1500, cacheHits: 1 }
    expect(await usage.forUser(alice.id)).toEqual({ total: today, days: [{ day: '2026-03-10', ...today }] })
  })

  test('days are separate buckets, newest first, and totals sum them', async () => {
    const { usage, alice, clock } = await setup()
    await usage.record(alice.id, { aiCalls: 1, tokensIn: 10 })
    clock.now += DAY
    await usage.record(alice.id, { aiCalls: 3, tokensIn: 30 })
    const { total, days } = await usage.forUser(alice.id)
    expect(days.map((d) => [d.day, d.aiCalls, d.tokensIn])).toEqual([
      ['2026-03-11', 3, 30],
      ['2026-03-10', 1, 10],
    ])
    expect(total).toEqual({ ...zero, aiCalls: 4, tokensIn: 40 })
    expect((await usage.forUser(alice.id, { days: 1 })).days.map((d) => d.day)).toEqual(['2026-03-11'])
  })

  test('concurrent increments are never lost, and users are counted apart', async () => {
    const { usage, alice, bob } = await setup()
    await Promise.all(Array.from({ length: 25 }, () => usage.record(alice.id, { aiCalls: 1, tokensOut: 2 })))
    await usage.record(bob.id, { aiCalls: 7 })
    expect((await usage.forUser(alice.id)).total).toEqual({ ...zero, aiCalls: 25, tokensOut: 50 })
    expect((await usage.forUser(bob.id)).total).toEqual({ ...zero, aiCalls: 7 })
  })

  test('counters hold values beyond 32 bits', async () => {
    const { usage, alice } = await setup()
    await usage.record(alice.id, { tokensIn: 3_000_000_000 })
    await usage.record(alice.id, { tokensIn: 3_000_000_000 })
    expect((await usage.forUser(alice.id)).total.tokensIn).toBe(6_000_000_000)
  })
})
