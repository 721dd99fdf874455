import { describe, expect, test } from 'bun:test'
import type { Repositories } from '../db/index.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createDbMetrics } from './db.ts'
import { renderExposition } from './exposition.ts'
import { createRegistry } from './registry.ts'

/** A stand-in for the repositories: the wrapper only sees objects of methods. */
const fakeRepos = () => {
  let release: () => void = () => {}
  const repos = {
    videos: {
      findById: async (id: string) => ({ id }),
      slow: () => new Promise<void>((resolve) => (release = resolve)),
      broken: async () => {
        throw new Error('disk I/O error')
      },
      countSync: () => 3,
    },
  }
  return { repos: repos as unknown as Repositories, release: () => release() }
}

describe('database metrics', () => {
  test('every repository call is counted by operation and outcome and timed; results and errors pass through', async () => {
    const registry = createRegistry()
    const metrics = createDbMetrics(registry)
    let clock = 0
    const { repos, release } = fakeRepos()
    const videos = metrics.instrument(repos, () => clock).videos as unknown as Record<string, (...args: unknown[]) => unknown>
    expect(await videos.findById!('v1')).toEqual({ id: 'v1' })
    await expect(videos.broken!()).rejects.toThrow('disk I/O error')
    expect(videos.countSync!()).toBe(3)
    const pending = videos.slow!() as Promise<void>
    clock = 40
    expect(parseExposition(renderExposition(registry)).value('reelsmith_db_operations_in_flight')).toBe(1)
    release()
    await pending
    metrics.setPool('postgres', 10)
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_db_operations_total', { operation: 'videos.findById', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_db_operations_total', { operation: 'videos.broken', outcome: 'error' })).toBe(1)
    expect(parsed.value('reelsmith_db_operations_total', { operation: 'videos.countSync', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_db_operation_duration_seconds_sum', { operation: 'videos.slow' })).toBe(0.04)
    expect(parsed.value('reelsmith_db_operations_in_flight')).toBe(0)
    expect(parsed.value('reelsmith_db_pool_max_connections', { dialect: 'postgres' })).toBe(10)
    // An operation never called exports nothing.
    expect(parsed.samples('reelsmith_db_operations_total', { operation: 'videos.never' })).toEqual([])
  })
})
