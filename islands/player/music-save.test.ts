import { afterEach, describe, expect, test } from 'bun:test'
import { videoEtag } from '../state/video-etag.ts'
import { createMusicSaver, type MusicSaveTimer } from './music-save.ts'

/** A hand-driven timer: `fire()` runs what is waiting, as the pause running out would. */
const manualTimer = () => {
  let waiting: (() => void) | null = null
  const timer: MusicSaveTimer = {
    set: (run) => {
      waiting = run
      return run
    },
    clear: () => {
      waiting = null
    },
  }
  return { timer, fire: () => waiting?.() }
}

type Call = { method: string; ifMatch: string | null; body: unknown }

/** The video's API as the server answers: a PATCH with the current ETag moves the version. */
const fakeVideoApi = (startVersion: number) => {
  let version = startVersion
  const calls: Call[] = []
  const fetchImpl = (async (_url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    calls.push({ method: init.method ?? 'GET', ifMatch: headers.get('If-Match'), body: init.body ? JSON.parse(String(init.body)) : null })
    if ((init.method ?? 'GET') === 'GET') return new Response('{}', { headers: { ETag: `"v${version}"` } })
    if (headers.get('If-Match') !== `"v${version}"`) return new Response('{}', { status: 412 })
    version += 1
    return new Response('{}', { headers: { ETag: `"v${version}"` } })
  }) as typeof fetch
  return { calls, fetchImpl, bumpElsewhere: () => (version += 1) }
}

afterEach(() => videoEtag.set(null))

describe('the player saves the owner’s music level', () => {
  test('only the last level of a drag is sent, with If-Match, and the new ETag is shared as not touching the storyboard', async () => {
    const api = fakeVideoApi(4)
    const { timer, fire } = manualTimer()
    const results: string[] = []
    const saver = createMusicSaver({
      videoId: 'v1',
      csrfToken: 'token',
      etag: '"v4"',
      fetch: api.fetchImpl,
      timer,
      onResult: (result) => results.push(result),
    })
    saver.save(40)
    saver.save(55)
    saver.save(0)
    fire()
    await saver.settled()
    expect(api.calls).toEqual([{ method: 'PATCH', ifMatch: '"v4"', body: { music: { level: 0 } } }])
    expect(videoEtag.get()).toEqual({ etag: '"v5"', replaced: '"v4"', storyboardChanged: false })
    expect(results).toEqual(['saved'])
  })

  test('follows the ETag the editor last wrote, so neither island’s next save is stale', async () => {
    const api = fakeVideoApi(7)
    const { timer, fire } = manualTimer()
    videoEtag.set({ etag: '"v7"', replaced: '"v6"', storyboardChanged: true })
    const saver = createMusicSaver({ videoId: 'v1', csrfToken: 'token', etag: '"v3"', fetch: api.fetchImpl, timer })
    saver.save(20)
    fire()
    await saver.settled()
    expect(api.calls.map((call) => call.ifMatch)).toEqual(['"v7"'])
    expect(videoEtag.get()?.etag).toBe('"v8"')
  })

  test('a 412 (another tab) reads the current ETag and tries once more; what it replaced is that ETag', async () => {
    const api = fakeVideoApi(2)
    api.bumpElsewhere()
    const { timer, fire } = manualTimer()
    const saver = createMusicSaver({ videoId: 'v1', csrfToken: 'token', etag: '"v2"', fetch: api.fetchImpl, timer })
    saver.save(70)
    fire()
    await saver.settled()
    expect(api.calls.map((call) => [call.method, call.ifMatch])).toEqual([
      ['PATCH', '"v2"'],
      ['GET', null],
      ['PATCH', '"v3"'],
    ])
    expect(videoEtag.get()).toEqual({ etag: '"v4"', replaced: '"v3"', storyboardChanged: false })
  })

  test('a failed save says so and shares nothing', async () => {
    const { timer, fire } = manualTimer()
    const results: string[] = []
    const saver = createMusicSaver({
      videoId: 'v1',
      csrfToken: 'token',
      etag: '"v2"',
      fetch: (async () => new Response('{}', { status: 500 })) as unknown as typeof fetch,
      timer,
      onResult: (result) => results.push(result),
    })
    saver.save(10)
    fire()
    await saver.settled()
    expect(results).toEqual(['failed'])
    expect(videoEtag.get()).toBeNull()
  })
})
