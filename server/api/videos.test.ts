import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { invalidateVideo } from '../services/videos.ts'
import { createBrowser, createVideo, videoRequest, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { MAX_BODY_BYTES } from '../http/body.ts'

/**
 * /api/videos as three people see it: Ada (the owner), Bob (another signed-in person) and an
 * anonymous visitor. A private video is 404 for everyone but its owner; bad input is a 4xx
 * problem+json that writes nothing.
 */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
/** Ada's private video, generated. */
let ready: VideoJson

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  bob = createBrowser(t.app)
  anon = createBrowser(t.app)
  await ada.signUp()
  await bob.signUp()
  ready = await waitForVideo(ada, (await createVideo(ada)).id)
})
afterAll(() => t.close())

type Problem = { status: number; title: string; detail?: string; errors?: { path: string; message: string }[] }

const expectProblem = async (res: Response, status: number): Promise<Problem> => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = (await res.json()) as Problem
  expect(body.status).toBe(status)
  return body
}

const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.path)
const listOf = async (browser: Browser, path = '/api/videos') =>
  ((await (await browser.json('GET', path)).json()) as { items: VideoJson[]; total: number }).items.map((video) => video.id)

/** Makes the latest job of a video fail, as a provider error would (the worker is stopped meanwhile). */
const failGeneration = async (videoId: string, reason: string) => {
  const job = (await t.repos.jobs.findLatestForVideo(videoId))!
  expect(await t.repos.jobs.fail(job.id, reason)).toBe(true)
  await invalidateVideo(t.store, { id: videoId, userId: ada.user.id })
}

/** Runs `body` with the worker stopped, so queued videos stay queued (no job may be running on entry). */
const withWorkerStopped = async (body: () => Promise<void>) => {
  await t.worker.stop()
  try {
    await body()
  } finally {
    t.worker.start()
  }
}

describe('POST /api/videos', () => {
  test('creates a private, queued video and answers 201 with its Location', async () => {
    const res = await ada.json(
      'POST',
      '/api/videos',
      videoRequest({ prompt: '  A short film about bread  ', style: 'noir', durationSec: 12, aspect: '9:16', language: 'de' }),
    )
    expect(res.status).toBe(201)
    const video = (await res.json()) as VideoJson
    expect(res.headers.get('Location')).toBe(`/api/videos/${video.id}`)
    expect(video).toMatchObject({
      prompt: 'A short film about bread',
      style: 'noir',
      durationSec: 12,
      aspect: '9:16',
      language: 'de',
      visibility: 'private',
      isOwner: true,
      url: `/videos/${video.id}`,
    })
    expect(['queued', 'generating']).toContain(video.status)
    expect(JSON.stringify(video)).not.toContain(ada.user.id)
    await waitForVideo(ada, video.id)
  })

  test('each wrong field is a 422 naming it, and nothing is created', async () => {
    const before = await listOf(ada)
    const cases: [Record<string, unknown>, string][] = [
      [{ prompt: undefined }, 'prompt'],
      [{ prompt: 'ab' }, 'prompt'],
      [{ prompt: '   ab   ' }, 'prompt'],
      [{ prompt: 'x'.repeat(2001) }, 'prompt'],
      [{ prompt: 42 }, 'prompt'],
      [{ style: 'vaporwave' }, 'style'],
      [{ durationSec: '30' }, 'durationSec'],
      [{ durationSec: 4 }, 'durationSec'],
      [{ durationSec: 601 }, 'durationSec'],
      [{ durationSec: 61, shorts: true }, 'durationSec'],
      [{ shorts: 'yes' }, 'shorts'],
      [{ voiceRate: 79 }, 'voiceRate'],
      [{ voiceRate: 451 }, 'voiceRate'],
      [{ voicePitch: -1 }, 'voicePitch'],
      [{ voicePitch: 12.5 }, 'voicePitch'],
      [{ durationSec: 30.5 }, 'durationSec'],
      [{ aspect: '4:3' }, 'aspect'],
      [{ language: 'xx' }, 'language'],
      [{ language: null }, 'language'],
    ]
    for (const [override, field] of cases) {
      const problem = await expectProblem(await ada.json('POST', '/api/videos', videoRequest(override)), 422)
      expect(fieldsOf(problem)).toEqual([field])
      expect(problem.errors![0]!.message.length).toBeGreaterThan(0)
    }
    expect(await listOf(ada)).toEqual(before)
  })

  test('malformed JSON 400, a text body 415, a prompt over the body limit 413, anonymous 401, no CSRF token 403: nothing created', async () => {
    const before = await listOf(ada)
    await expectProblem(await ada.json('POST', '/api/videos', '{"prompt": "A bicycle shop",'), 400)
    await expectProblem(
      await ada.request('/api/videos', {
        method: 'POST',
        body: JSON.stringify(videoRequest()),
        headers: { 'Content-Type': 'text/plain', 'X-CSRF-Token': ada.csrfToken! },
      }),
      415,
    )
    const huge = await ada.json('POST', '/api/videos', videoRequest({ prompt: 'x'.repeat(MAX_BODY_BYTES) }))
    expect((await expectProblem(huge, 413)).detail).toContain('KiB')
    await expectProblem(await anon.json('POST', '/api/videos', videoRequest()), 401)
    await expectProblem(await ada.json('POST', '/api/videos', videoRequest(), { headers: { 'X-CSRF-Token': bob.csrfToken! } }), 403)
    await expectProblem(await ada.json('POST', '/api/videos', videoRequest(), { headers: { 'Sec-Fetch-Site': 'cross-site' } }), 403)
    expect(await listOf(ada)).toEqual(before)
  })

  test('Idempotency-Key: the same key twice makes one video (201, then 200 with the same one)', async () => {
    const key = `create-${crypto.randomUUID()}`
    const first = await ada.json('POST', '/api/videos', videoRequest(), { headers: { 'Idempotency-Key': key } })
    const second = await ada.json('POST', '/api/videos', videoRequest(), { headers: { 'Idempotency-Key': key } })
    expect([first.status, second.status]).toEqual([201, 200])
    const [a, b] = [(await first.json()) as VideoJson, (await second.json()) as VideoJson]
    expect(b.id).toBe(a.id)
    expect(second.headers.get('Location')).toBe(`/api/videos/${a.id}`)
    expect((await listOf(ada)).filter((id) => id === a.id)).toHaveLength(1)
    // The same key with another voice or the Shorts switch is another request: a 422, not the old video.
    for (const changed of [{ voiceRate: 200 }, { voicePitch: 10 }, { shorts: true }]) {
      expect((await ada.json('POST', '/api/videos', videoRequest(changed), { headers: { 'Idempotency-Key': key } })).status).toBe(422)
    }
    // The key is Ada's: Bob using the same one gets his own video.
    const bobs = await bob.json('POST', '/api/videos', videoRequest(), { headers: { 'Idempotency-Key': key } })
    expect(bobs.status).toBe(201)
    expect(((await bobs.json()) as VideoJson).id).not.toBe(a.id)
    await waitForVideo(ada, a.id)
  })

  test('a malformed Idempotency-Key is a 422 naming the header', async () => {
    const problem = await expectProblem(
      await ada.json('POST', '/api/videos', videoRequest(), { headers: { 'Idempotency-Key': 'short' } }),
      422,
    )
    expect(fieldsOf(problem)).toEqual(['Idempotency-Key'])
  })
})

describe('GET /api/videos (mine)', () => {
  test('lists only my videos, newest first, private to my browser', async () => {
    const res = await ada.json('GET', '/api/videos')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const body = (await res.json()) as { items: VideoJson[]; total: number; page: number; pageSize: number }
    expect(body.items.map((video) => video.id)).toContain(ready.id)
    expect(body.items.every((video) => video.isOwner)).toBe(true)
    expect(body.total).toBe(body.items.length)
    expect(await listOf(bob)).not.toContain(ready.id)
  })

  test('pages, and rejects impossible page parameters with 422', async () => {
    const body = (await (await ada.json('GET', '/api/videos?page=1&pageSize=1')).json()) as { items: VideoJson[]; total: number }
    expect(body.items).toHaveLength(1)
    expect(body.total).toBeGreaterThan(1)
    expect(fieldsOf(await expectProblem(await ada.json('GET', '/api/videos?page=0'), 422))).toEqual(['page'])
    expect(fieldsOf(await expectProblem(await ada.json('GET', '/api/videos?pageSize=500'), 422))).toEqual(['pageSize'])
    expect(fieldsOf(await expectProblem(await ada.json('GET', '/api/videos?page=abc'), 422))).toEqual(['page'])
  })

  test('anonymous is 401', async () => {
    await expectProblem(await anon.json('GET', '/api/videos'), 401)
  })
})

describe('GET /api/videos/:id', () => {
  test('the owner gets the script and every scene with its poster URL', async () => {
    const res = await ada.json('GET', `/api/videos/${ready.id}`)
    expect(res.status).toBe(200)
    // What the editor saves against: its ETag, and never kept by a cache.
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    const video = (await res.json()) as VideoJson
    expect(video.status).toBe('ready')
    expect(video.script!.length).toBeGreaterThan(50)
    expect(video.scenes.length).toBeGreaterThanOrEqual(5)
    expect(video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBeCloseTo(30, 5)
    expect(video.scenes.map((scene) => scene.position)).toEqual(video.scenes.map((_, index) => index))
    for (const scene of video.scenes)
      expect(scene.posterUrl).toMatch(new RegExp(`^/posters/${video.id}/${scene.position}-[0-9a-f]{16}\\.svg$`))
    expect(video.coverUrl).toBe(video.scenes[0]!.posterUrl)
  })

  test('a private video is 404 for another person and for anonymous, exactly like an unknown id', async () => {
    const unknown = await expectProblem(await ada.json('GET', '/api/videos/AAAAAAAAAAAAAAAAAAAAAA'), 404)
    for (const browser of [bob, anon]) {
      const problem = await expectProblem(await browser.json('GET', `/api/videos/${ready.id}`), 404)
      expect(problem.detail).toBe(unknown.detail!)
      expect(JSON.stringify(problem)).not.toContain(ready.prompt)
    }
  })

  test('impossible ids are 404 problems, never errors', async () => {
    for (const id of ['x', 'a'.repeat(65), '%3Cscript%3E', 'abc$defgh', '..%2F..%2Fetc%2Fpasswd']) {
      await expectProblem(await ada.json('GET', `/api/videos/${id}`), 404)
    }
  })
})

describe('PATCH /api/videos/:id (publish)', () => {
  test('publishing shows it to everyone and in the gallery; unpublishing hides it again at once', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'A gallery piece about lighthouses' })).id)
    expect(await listOf(anon, '/api/videos/public')).not.toContain(video.id)
    await expectProblem(await anon.json('GET', `/api/videos/${video.id}`), 404)

    const res = await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as VideoJson).visibility).toBe('public')
    const seen = await anon.json('GET', `/api/videos/${video.id}`)
    expect(seen.status).toBe(200)
    expect(seen.headers.get('Cache-Control')).toBe('no-cache')
    expect(((await seen.json()) as VideoJson).isOwner).toBe(false)
    expect(await listOf(anon, '/api/videos/public')).toContain(video.id)
    expect(await (await t.app.request('/gallery')).text()).toContain(`/videos/${video.id}`)

    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'private' })).status).toBe(200)
    await expectProblem(await anon.json('GET', `/api/videos/${video.id}`), 404)
    expect(await listOf(anon, '/api/videos/public')).not.toContain(video.id)
    expect(await (await t.app.request('/gallery')).text()).not.toContain(`/videos/${video.id}`)
  })

  test('only the owner may change it; a bad body is 422; anonymous 401', async () => {
    await expectProblem(await bob.json('PATCH', `/api/videos/${ready.id}`, { visibility: 'public' }), 404)
    expect(fieldsOf(await expectProblem(await ada.json('PATCH', `/api/videos/${ready.id}`, { visibility: 'everyone' }), 422))).toEqual([
      'visibility',
    ])
    expect(fieldsOf(await expectProblem(await ada.json('PATCH', `/api/videos/${ready.id}`, {}), 422))).toEqual(['visibility'])
    await expectProblem(await ada.json('PATCH', `/api/videos/${ready.id}`, '{visibility'), 400)
    await expectProblem(await anon.json('PATCH', `/api/videos/${ready.id}`, { visibility: 'public' }), 401)
    await expectProblem(await ada.json('PATCH', '/api/videos/AAAAAAAAAAAAAAAAAAAAAA', { visibility: 'public' }), 404)
    await expectProblem(await anon.json('GET', `/api/videos/${ready.id}`), 404)
  })
})

describe('GET /api/videos/public (the gallery)', () => {
  test('shows only public videos that are ready', async () => {
    await withWorkerStopped(async () => {
      const queued = await createVideo(ada, { prompt: 'Published before it was written' })
      expect((await ada.json('PATCH', `/api/videos/${queued.id}`, { visibility: 'public' })).status).toBe(200)
      expect(await listOf(anon, '/api/videos/public')).not.toContain(queued.id)
      t.worker.start()
      await waitForVideo(ada, queued.id)
      expect(await listOf(anon, '/api/videos/public')).toContain(queued.id)
      await t.worker.stop()
    })
    const body = (await (await anon.json('GET', '/api/videos/public')).json()) as { items: VideoJson[] }
    expect(body.items.every((video) => video.visibility === 'public' && video.status === 'ready' && !video.isOwner)).toBe(true)
    expect(fieldsOf(await expectProblem(await anon.json('GET', '/api/videos/public?pageSize=0'), 422))).toEqual(['pageSize'])
  })
})

describe('DELETE /api/videos/:id', () => {
  test('removes the video; the next read is 404 at once (no stale cache), for lists, gallery and posters too', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'A video that will be deleted' })).id)
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })
    // Warm every cache that holds it.
    expect((await anon.json('GET', `/api/videos/${video.id}`)).status).toBe(200)
    expect(await listOf(anon, '/api/videos/public')).toContain(video.id)
    expect(await listOf(ada)).toContain(video.id)
    expect((await anon.request(video.scenes[0]!.posterUrl)).status).toBe(200)

    await expectProblem(await bob.json('DELETE', `/api/videos/${video.id}`), 404)
    await expectProblem(await anon.json('DELETE', `/api/videos/${video.id}`), 401)
    expect((await anon.json('GET', `/api/videos/${video.id}`)).status).toBe(200)

    const res = await ada.json('DELETE', `/api/videos/${video.id}`)
    expect(res.status).toBe(204)
    await expectProblem(await ada.json('GET', `/api/videos/${video.id}`), 404)
    await expectProblem(await anon.json('GET', `/api/videos/${video.id}`), 404)
    expect(await listOf(ada)).not.toContain(video.id)
    expect(await listOf(anon, '/api/videos/public')).not.toContain(video.id)
    expect((await anon.request(video.scenes[0]!.posterUrl)).status).toBe(404)
    await expectProblem(await ada.json('DELETE', `/api/videos/${video.id}`), 404)
  })
})

describe('POST /api/videos/:id/retry', () => {
  test('a ready video cannot be retried (409); unknown, impossible or not-mine ids are 404', async () => {
    expect((await expectProblem(await ada.json('POST', `/api/videos/${ready.id}/retry`), 409)).detail).toContain('failed')
    await expectProblem(await ada.json('POST', '/api/videos/AAAAAAAAAAAAAAAAAAAAAA/retry'), 404)
    await expectProblem(await ada.json('POST', '/api/videos/nope/retry'), 404)
    await expectProblem(await bob.json('POST', `/api/videos/${ready.id}/retry`), 404)
    await expectProblem(await anon.json('POST', `/api/videos/${ready.id}/retry`), 401)
  })

  test('a failed video shows its reason, can be retried once (202), and then gets written', async () => {
    let id = ''
    await withWorkerStopped(async () => {
      id = (await createVideo(ada, { prompt: 'A video whose first attempt fails' })).id
      await failGeneration(id, 'timeout')
      const failed = (await (await ada.json('GET', `/api/videos/${id}`)).json()) as VideoJson & { failure: unknown }
      expect(failed.status).toBe('failed')
      expect(failed.failure).toEqual({ code: 'timeout', message: 'The writer took too long to answer. Try again in a moment.' })
      expect(failed.scenes).toEqual([])
      await expectProblem(await bob.json('POST', `/api/videos/${id}/retry`), 404)

      const res = await ada.json('POST', `/api/videos/${id}/retry`)
      expect(res.status).toBe(202)
      expect(await res.json()).toEqual({ status: 'queued' })
      expect(((await (await ada.json('GET', `/api/videos/${id}`)).json()) as VideoJson).status).toBe('queued')
      // A second click while it is queued changes nothing.
      await expectProblem(await ada.json('POST', `/api/videos/${id}/retry`), 409)
    })
    const written = await waitForVideo(ada, id)
    expect(written.status).toBe('ready')
    expect(written.scenes.length).toBeGreaterThan(0)
  })
})

describe('unknown API paths and methods', () => {
  test('are 404 problem+json, not HTML', async () => {
    await expectProblem(await ada.request('/api/nothing-here', { headers: { Accept: 'text/html' } }), 404)
    await expectProblem(await ada.json('PUT', `/api/videos/${ready.id}`, { visibility: 'public' }), 404)
  })
})
