import { describe, expect, test } from 'bun:test'
import type { WorkboxPlugin } from 'workbox-core/types.js'
import { createEraGuard, refuseNoStore, servedFreshFor } from './plugins.ts'

/** Workbox passes more (the event, the request); these plugins read only what is given here. */
type Callback<Name extends keyof WorkboxPlugin> = (param: Record<string, unknown>) => ReturnType<NonNullable<WorkboxPlugin[Name]>>
const call = <Name extends keyof WorkboxPlugin>(plugin: WorkboxPlugin, name: Name, param: Record<string, unknown>) =>
  (plugin[name] as unknown as Callback<Name>)(param)

const response = (headers: Record<string, string> = {}) => new Response('body', { headers })
const request = new Request('https://reelsmith.test/videos')

describe('refuseNoStore', () => {
  test('keeps what the server allows to be stored, private pages included (the worker is the person’s own cache)', async () => {
    for (const cacheControl of ['no-cache', 'private, no-cache', 'public, max-age=31536000, immutable']) {
      const kept = response({ 'Cache-Control': cacheControl })
      expect(await call(refuseNoStore, 'cacheWillUpdate', { response: kept })).toBe(kept)
    }
    const undeclared = response()
    expect(await call(refuseNoStore, 'cacheWillUpdate', { response: undeclared })).toBe(undeclared)
  })

  test('refuses `no-store`, alone or among other directives', async () => {
    for (const cacheControl of ['no-store', 'private, no-store', 'NO-STORE,max-age=0']) {
      expect({
        cacheControl,
        stored: await call(refuseNoStore, 'cacheWillUpdate', { response: response({ 'Cache-Control': cacheControl }) }),
      }).toEqual({ cacheControl, stored: null })
    }
  })
})

describe('servedFreshFor', () => {
  const now = Date.parse('2026-05-01T12:00:00Z')
  const plugin = servedFreshFor(60, () => now)
  const dated = (iso: string) => response({ Date: new Date(iso).toUTCString() })

  test('serves a copy up to `seconds` old', async () => {
    const fresh = dated('2026-05-01T11:59:30Z')
    expect(await call(plugin, 'cachedResponseWillBeUsed', { cachedResponse: fresh })).toBe(fresh)
    const limit = dated('2026-05-01T11:59:00Z')
    expect(await call(plugin, 'cachedResponseWillBeUsed', { cachedResponse: limit })).toBe(limit)
  })

  test('does not serve an older copy, nor an undated one (the strategy then waits for the network)', async () => {
    expect(await call(plugin, 'cachedResponseWillBeUsed', { cachedResponse: dated('2026-05-01T11:58:59Z') })).toBeNull()
    expect(await call(plugin, 'cachedResponseWillBeUsed', { cachedResponse: response() })).toBeNull()
    expect(await call(plugin, 'cachedResponseWillBeUsed', { cachedResponse: undefined })).toBeNull()
  })
})

describe('createEraGuard', () => {
  test('a response is cached when no clearing happened since its request started', async () => {
    const guard = createEraGuard()
    const state = {}
    await call(guard.plugin, 'requestWillFetch', { request, state })
    const answer = response()
    expect(await call(guard.plugin, 'cacheWillUpdate', { response: answer, state })).toBe(answer)
  })

  test('a response whose request started before a sign-out cleared the caches is not written back into them', async () => {
    const guard = createEraGuard()
    const before = {}
    await call(guard.plugin, 'requestWillFetch', { request, state: before })
    guard.clearing()
    const after = {}
    await call(guard.plugin, 'requestWillFetch', { request, state: after })
    expect(await call(guard.plugin, 'cacheWillUpdate', { response: response(), state: before })).toBeNull()
    const answer = response()
    expect(await call(guard.plugin, 'cacheWillUpdate', { response: answer, state: after })).toBe(answer)
  })

  test('requestWillFetch passes the request through unchanged', async () => {
    expect(await call(createEraGuard().plugin, 'requestWillFetch', { request, state: {} })).toBe(request)
  })
})

describe('createEraGuard().watching (pages, which tell whose they are)', () => {
  test('a page showing a change of person is still stored after the caches it caused to be emptied; earlier requests’ answers are not', async () => {
    const guard = createEraGuard()
    const seen: Response[] = []
    const plugin = guard.watching(async (page) => {
      seen.push(page)
      guard.clearing()
      return true
    })
    const earlier = {}
    await call(guard.plugin, 'requestWillFetch', { request, state: earlier })
    const state = {}
    await call(plugin, 'requestWillFetch', { request, state })
    const page = response()
    expect(await call(plugin, 'fetchDidSucceed', { request, response: page, state })).toBe(page)
    expect(seen).toEqual([page])
    expect(await call(plugin, 'cacheWillUpdate', { response: page, state })).toBe(page)
    expect(await call(guard.plugin, 'cacheWillUpdate', { response: response(), state: earlier })).toBeNull()
  })

  test('the same person: nothing changes, and a sign-out during the request still keeps its answer out', async () => {
    const guard = createEraGuard()
    const plugin = guard.watching(async () => false)
    const state = {}
    await call(plugin, 'requestWillFetch', { request, state })
    const page = response()
    await call(plugin, 'fetchDidSucceed', { request, response: page, state })
    expect(await call(plugin, 'cacheWillUpdate', { response: page, state })).toBe(page)
    guard.clearing()
    expect(await call(plugin, 'cacheWillUpdate', { response: page, state })).toBeNull()
  })
})
