import { describe, expect, test } from 'bun:test'
import { CacheStore } from '../cache/store.ts'
import { silentLogger } from '../log.ts'
import { waitUntil } from '../testing/wait.ts'
import { createCacheMetrics, type CacheStatsSource } from './cache.ts'
import { renderExposition } from './exposition.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createRegistry } from './registry.ts'

const scrape = (registry: ReturnType<typeof createRegistry>) => parseExposition(renderExposition(registry))

describe('cache metrics from a real CacheStore', () => {
  test('hits, misses and joins per namespace group; http:* namespaces add up as http', async () => {
    const registry = createRegistry()
    const store = new CacheStore({ memoryBytes: 1 << 20, logger: silentLogger })
    const cacheMetrics = createCacheMetrics(registry, store)
    const origin = async () => 'value'
    await store.fetch('a', origin, { namespace: 'ai', ttl: 60_000 }) // miss
    await store.fetch('a', origin, { namespace: 'ai', ttl: 60_000 }) // hit
    await store.fetch('a', origin, { namespace: 'ai', ttl: 60_000 }) // hit
    await store.fetch('page', origin, { namespace: 'http:video', ttl: 60_000 }) // miss
    await store.fetch('page', origin, { namespace: 'http:gallery', ttl: 60_000 }) // miss
    await store.fetch('page', origin, { namespace: 'http:gallery', ttl: 60_000 }) // hit
    // Two concurrent misses of one key: one origin call, one join.
    let release!: () => void
    const slow = () => new Promise<string>((resolve) => (release = () => resolve('v')))
    const both = Promise.all([
      store.fetch('j', slow, { namespace: 'db', ttl: 60_000 }),
      store.fetch('j', slow, { namespace: 'db', ttl: 60_000 }),
    ])
    await waitUntil(() => store.stats().namespaces.db?.joins === 1, { what: 'the second call joined the first' })
    release()
    await both

    const parsed = scrape(registry)
    expect(parsed.value('reelsmith_cache_hits_total', { namespace: 'ai' })).toBe(2)
    expect(parsed.value('reelsmith_cache_misses_total', { namespace: 'ai' })).toBe(1)
    expect(parsed.value('reelsmith_cache_hits_total', { namespace: 'http' })).toBe(1)
    expect(parsed.value('reelsmith_cache_misses_total', { namespace: 'http' })).toBe(2)
    expect(parsed.value('reelsmith_cache_singleflight_joins_total', { namespace: 'db' })).toBe(1)
    expect(parsed.value('reelsmith_cache_origin_calls_total', { namespace: 'db' })).toBe(1)
    expect(parsed.value('reelsmith_cache_l1_entries')).toBe(4)
    expect(parsed.value('reelsmith_cache_l1_bytes')).toBeGreaterThan(0)
    expect(parsed.value('reelsmith_cache_l1_max_bytes')).toBe(1 << 20)
    expect(parsed.value('reelsmith_cache_l2_state', { state: 'disabled' })).toBe(1)
    expect(parsed.value('reelsmith_cache_l2_state', { state: 'up' })).toBe(0)
    expect(cacheMetrics.totals()).toEqual({ ai: { answered: 2, calls: 3 }, http: { answered: 1, calls: 3 }, db: { answered: 1, calls: 2 } })
    await store.close()
  })
})

describe('cache metrics from any stats source', () => {
  test('the L2 state gauge has exactly one state at 1, following the source', () => {
    const registry = createRegistry()
    let l2: ReturnType<CacheStatsSource['stats']>['l2'] = 'up'
    createCacheMetrics(registry, { stats: () => ({ namespaces: {}, l2, l1: { bytes: 0, entries: 0, maxBytes: 1 } }) })
    const states = () =>
      Object.fromEntries(
        scrape(registry)
          .samples('reelsmith_cache_l2_state')
          .map((sample) => [sample.labels.state, sample.value]),
      )
    expect(states()).toEqual({ up: 1, down: 0, open: 0, disabled: 0 })
    l2 = 'open'
    expect(states()).toEqual({ up: 0, down: 0, open: 1, disabled: 0 })
  })
})
