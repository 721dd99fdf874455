import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * The background music choice through `PATCH /api/videos/:id { music }`: stored per video, in the
 * video JSON and the player's props, honouring If-Match (412 with the current version when stale),
 * moving the ETag, for the owner only, bad values a 422 that changes nothing.
 */

let t: TestApp
let ada: Browser
let bob: Browser
let video: VideoJson

type MusicJson = VideoJson & { version: number; music: { level: number; mood: string | null } }

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  bob = createBrowser(t.app)
  await ada.signUp()
  await bob.signUp()
  video = await waitForVideo(ada, (await createVideo(ada, { style: 'cinematic' })).id)
})
afterAll(() => t.close())

const read = async (browser: Browser = ada) => (await (await browser.json('GET', `/api/videos/${video.id}`)).json()) as MusicJson
const patch = (body: unknown, headers: Record<string, string> = {}, browser: Browser = ada) =>
  browser.json('PATCH', `/api/videos/${video.id}`, body, { headers })

describe('PATCH /api/videos/:id { music }', () => {
  test('a new video has the default level and no mood of its own (the style decides)', async () => {
    expect((await read()).music).toEqual({ level: 35, mood: null })
  })

  test('the owner sets level and mood with If-Match; the answer carries the new ETag and the version moved', async () => {
    const before = await read()
    const res = await patch({ music: { level: 60, mood: 'calm' } }, { 'If-Match': `"v${before.version}"` })
    expect(res.status).toBe(200)
    const body = (await res.json()) as MusicJson
    expect(body.music).toEqual({ level: 60, mood: 'calm' })
    expect(body.version).toBe(before.version + 1)
    expect(res.headers.get('ETag')).toBe(`"v${before.version + 1}"`)
    // Read back through the cache: the write invalidated it.
    expect((await read()).music).toEqual({ level: 60, mood: 'calm' })
  })

  test('absent mood keeps the stored one; null returns to the style; 0 is off', async () => {
    expect(((await (await patch({ music: { level: 0 } })).json()) as MusicJson).music).toEqual({ level: 0, mood: 'calm' })
    expect(((await (await patch({ music: { level: 20, mood: null } })).json()) as MusicJson).music).toEqual({ level: 20, mood: null })
  })

  test('a stale If-Match is 412 with the current version, and changes nothing', async () => {
    const current = await read()
    const res = await patch({ music: { level: 90 } }, { 'If-Match': `"v${current.version - 1}"` })
    expect(res.status).toBe(412)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ status: 412, currentVersion: current.version, currentEtag: `"v${current.version}"` })
    expect((await read()).music).toEqual(current.music)
  })

  test('bad values are 422 naming the field, and change nothing; someone else’s video is 404', async () => {
    const current = await read()
    for (const music of [
      { level: 101 },
      { level: -1 },
      { level: 3.5 },
      { level: 50, mood: 'sad' },
      { mood: 'calm' },
      { level: 5, tempo: 200 },
    ]) {
      const res = await patch({ music })
      expect(res.status).toBe(422)
      const problem = (await res.json()) as { errors: { path: string }[] }
      expect(problem.errors.every((error) => error.path.startsWith('music'))).toBe(true)
    }
    expect((await patch({ music: { level: 50 } }, {}, bob)).status).toBe(404)
    expect((await read()).music).toEqual(current.music)
  })

  test('the video page hands the player the music: level, mood from the style, a tempo and a seed', async () => {
    await patch({ music: { level: 45, mood: null } })
    const html = await (await ada.request(`/videos/${video.id}`)).text()
    const props = /"music":\{("bpm"|"mood"|"seed"|"level")[^}]*\}/.exec(html.replaceAll('&quot;', '"'))
    expect(props?.[0]).toContain('"level":45')
    // cinematic -> dramatic
    expect(props?.[0]).toContain('"mood":"dramatic"')
    expect(props?.[0]).toMatch(/"bpm":\d+/)
  })
})
