import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { toleranceSec } from '../jobs/fit.ts'
import { readWav } from '../tts/wav.ts'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * Narration as scripts see it: sentences and their clips in the video JSON, captions that follow the
 * video's visibility, one scene narrated again by its owner only, a new frame for the posters.
 */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
let video: VideoJson

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  bob = createBrowser(t.app)
  anon = createBrowser(t.app)
  await ada.signUp()
  await bob.signUp()
  video = await waitForVideo(
    ada,
    (await createVideo(ada, { durationSec: 15, language: 'fr', prompt: 'Une publicité pour une boulangerie' })).id,
    120_000,
  )
})
afterAll(() => t.close())

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as { status: number; detail?: string }
}
const read = async (browser: Browser, id = video.id) => (await (await browser.json('GET', `/api/videos/${id}`)).json()) as VideoJson

describe('GET /api/videos/:id names every sentence’s clip', () => {
  test('sentences with times inside their scene, an audio URL that serves a WAV of that length, the captions URL', async () => {
    expect(video.status).toBe('ready')
    expect(video.captionsUrl).toBe(`/api/videos/${video.id}/captions.vtt`)
    const total = video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
    expect(Math.abs(total - 15)).toBeLessThanOrEqual(toleranceSec(15))
    const first = video.scenes[0]!
    expect(first.narrationStatus).toBe('ready')
    expect(first.sentences.length).toBeGreaterThan(0)
    for (const sentence of first.sentences) {
      expect(sentence.startSec).toBeGreaterThanOrEqual(0)
      expect(sentence.endSec).toBeLessThanOrEqual(first.durationSec)
      expect(sentence.audioUrl).toMatch(/^\/audio\/[\w-]+\.wav$/)
      const res = await anon.request(sentence.audioUrl!)
      expect(res.status).toBe(200)
      const wav = readWav(new Uint8Array(await res.arrayBuffer()))
      expect(Math.abs(wav!.durationSec - (sentence.endSec - sentence.startSec))).toBeLessThan(0.002)
    }
  })
})

describe('captions', () => {
  test('VTT and SRT for the owner, with types, an ETag that answers 304, and a safe download name', async () => {
    const vtt = await ada.request(`/api/videos/${video.id}/captions.vtt`)
    expect(vtt.status).toBe(200)
    expect(vtt.headers.get('Content-Type')).toBe('text/vtt; charset=utf-8')
    expect(vtt.headers.get('Cache-Control')).toBe('private, no-cache')
    const text = await vtt.text()
    expect(text.startsWith('WEBVTT\n\n1\n00:00:')).toBe(true)
    expect(text).toContain(video.scenes[0]!.sentences[0]!.text.split(' ')[0]!)
    const etag = vtt.headers.get('ETag')!
    expect((await ada.request(`/api/videos/${video.id}/captions.vtt`, { headers: { 'If-None-Match': etag } })).status).toBe(304)

    const srt = await ada.request(`/api/videos/${video.id}/captions.srt`)
    expect(srt.headers.get('Content-Type')).toBe('application/x-subrip; charset=utf-8')
    expect(srt.headers.get('Content-Disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.srt"$/)
    expect(await srt.text()).toContain('00:00:00,')
  })

  test('a private video’s captions are 404 for everyone else; published, anyone reads them', async () => {
    for (const browser of [bob, anon]) {
      await expectProblem(await browser.request(`/api/videos/${video.id}/captions.vtt`), 404)
      await expectProblem(await browser.request(`/api/videos/${video.id}/captions.srt`), 404)
    }
    await expectProblem(await anon.request('/api/videos/not-a-real-id-at-all/captions.vtt'), 404)
    await expectProblem(await anon.request('/api/videos/..%2f..%2fetc/captions.vtt'), 404)
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })).status).toBe(200)
    const res = await anon.request(`/api/videos/${video.id}/captions.vtt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'private' })).status).toBe(200)
    await expectProblem(await anon.request(`/api/videos/${video.id}/captions.vtt`), 404)
  })
})

describe('POST /api/videos/:id/scenes/:position/narration', () => {
  test('only the owner, with CSRF; other people and unknown scenes are 404', async () => {
    const path = `/api/videos/${video.id}/scenes/0/narration`
    await expectProblem(await bob.json('POST', path), 404)
    await expectProblem(await anon.json('POST', path), 401)
    await expectProblem(await ada.json('POST', path, undefined, { headers: { 'X-CSRF-Token': 'wrong' } }), 403)
    for (const position of ['99', '-1', '1.5', 'x', String(video.scenes.length)]) {
      await expectProblem(await ada.json('POST', `/api/videos/${video.id}/scenes/${position}/narration`), 404)
    }
  })

  test('a failed scene is narrated again alone, in its slot; the captions follow the edit', async () => {
    const position = 1
    const before = (await t.repos.videos.listScenes(video.id))[position]!
    // A silent scene with the reason, as one made before narration is stored.
    await t.repos.videos.setSceneNarration(video.id, position, {
      sentences: [],
      narrationStatus: 'failed',
      narrationError: 'This scene could not be narrated. Try again.',
    })
    await t.deps.store.invalidateTags([`video:${video.id}`])
    const failed = await read(ada)
    expect(failed.scenes[position]).toMatchObject({
      narrationStatus: 'failed',
      narrationError: 'This scene could not be narrated. Try again.',
    })
    const spoken = before.sentences[0]!.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    expect(await (await ada.request(`/api/videos/${video.id}/captions.vtt`)).text()).not.toContain(spoken.split(' ').slice(0, 3).join(' '))

    const res = await ada.json('POST', `/api/videos/${video.id}/scenes/${position}/narration`)
    expect(res.status).toBe(200)
    const scene = (await res.json()) as VideoJson['scenes'][number]
    expect(scene).toMatchObject({ position, narrationStatus: 'ready', narrationError: null, durationSec: before.durationSec })
    expect(scene.sentences.every((sentence) => sentence.audioUrl !== null && sentence.endSec <= before.durationSec)).toBe(true)

    const after = await read(ada)
    expect(after.scenes.map((each) => each.durationSec)).toEqual(failed.scenes.map((each) => each.durationSec))
    expect(after.scenes[position]!.narrationStatus).toBe('ready')
    expect(after.scenes[0]).toEqual(failed.scenes[0]!)
    // Narration is derived from the words, not a save: an open editor's ETag still holds.
    expect(after.version).toBe(failed.version)
    // The captions were cached without the scene; the edit dropped them, so its sentences are back.
    expect(await (await ada.request(`/api/videos/${video.id}/captions.vtt`)).text()).toContain(spoken.split(' ').slice(0, 3).join(' '))
  })
})

describe('PATCH /api/videos/:id { aspect }', () => {
  test('4:5 re-renders the posters for the new frame; bad values are 422, other people 404', async () => {
    const posterBefore = (await read(ada)).scenes[0]!.posterUrl
    await expectProblem(await bob.json('PATCH', `/api/videos/${video.id}`, { aspect: '4:5' }), 404)
    await expectProblem(await ada.json('PATCH', `/api/videos/${video.id}`, { aspect: '4:3' }), 422)
    await expectProblem(await ada.json('PATCH', `/api/videos/${video.id}`, {}), 422)
    const res = await ada.json('PATCH', `/api/videos/${video.id}`, { aspect: '4:5' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as VideoJson).aspect).toBe('4:5')
    const after = await read(ada)
    expect(after.scenes[0]!.posterUrl).not.toBe(posterBefore)
    const svg = await (await ada.request(after.scenes[0]!.posterUrl)).text()
    expect(svg).toContain('viewBox="0 0 1080 1350"')
  })
})
