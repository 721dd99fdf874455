import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'

/**
 * The storyboard editor's API on the real app: ETags and If-Match on every write, a save of the
 * scenes (reorder, duplicate, delete, add) that redoes only what changed, the version history and
 * a restore.
 */

type Scene = VideoJson['scenes'][number]
type Problem = { status: number; detail?: string; currentVersion?: number; currentEtag?: string; errors?: { path: string }[] }

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
  // 50 s holds ten scenes: the "edit one of ten" measurement below.
  video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 50, prompt: 'An ad for a bicycle repair shop' })).id, 120_000)
})
afterAll(() => t.close())

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as Problem
}
const get = async (id = video.id) => {
  const res = await ada.json('GET', `/api/videos/${id}`)
  return { etag: res.headers.get('ETag')!, video: (await res.json()) as VideoJson }
}
/** A scene as the editor sends it back: its fields and where it came from. */
const edit = (scene: Scene, changes: Partial<Scene> = {}) => ({
  from: scene.position,
  narration: scene.narration,
  onScreenText: scene.onScreenText,
  visual: scene.visual,
  shot: scene.shot,
  palette: scene.palette,
  durationSec: scene.durationSec,
  ...changes,
})
const patch = (body: unknown, etag?: string, browser = ada) =>
  browser.json('PATCH', `/api/videos/${video.id}`, body, etag === undefined ? {} : { headers: { 'If-Match': etag } })
const syntheses = () => t.monitoring.tts.syntheses.labels('local').value
const narrated = async () => {
  await waitUntil(async () => (await get()).video.scenes.every((scene) => scene.narrationStatus !== 'pending'), {
    what: 'edited scenes narrated',
    timeoutMs: 60_000,
  })
  return (await get()).video
}

describe('GET /api/videos/:id', () => {
  test('sends the storyboard ETag from the version, never cached for the owner', async () => {
    const res = await ada.json('GET', `/api/videos/${video.id}`)
    expect(res.headers.get('ETag')).toBe(`"v${video.version}"`)
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
  })
})

describe('PATCH /api/videos/:id { scenes }', () => {
  test('editing one scene of ten re-narrates that scene alone and keeps every other clip and poster', async () => {
    const { etag, video: before } = await get()
    expect(before.scenes.length).toBe(10)
    const synthesizedBefore = syntheses()
    const scenes = before.scenes.map((scene) =>
      scene.position === 3 ? edit(scene, { narration: 'A brand new line for scene four. It says something else.' }) : edit(scene),
    )
    const res = await patch({ scenes }, etag)
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(`"v${before.version + 1}"`)
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    const saved = (await res.json()) as VideoJson
    expect(saved.scenes[3]).toMatchObject({
      narration: 'A brand new line for scene four. It says something else.',
      narrationStatus: 'pending',
    })
    // The picture did not change, so neither did the poster.
    expect(saved.scenes.map((scene) => scene.posterUrl)).toEqual(before.scenes.map((scene) => scene.posterUrl))
    expect(saved.scenes.filter((_, index) => index !== 3)).toEqual(before.scenes.filter((_, index) => index !== 3))

    const after = await narrated()
    expect(after.scenes[3]!.narrationStatus).toBe('ready')
    expect(after.scenes[3]!.sentences.map((sentence) => sentence.text)).toEqual([
      'A brand new line for scene four.',
      'It says something else.',
    ])
    // Two sentences, both new: exactly two syntheses, none for the nine untouched scenes.
    expect(syntheses() - synthesizedBefore).toBe(2)
    // Narration landing is not a save: the ETag the editor holds still holds.
    expect((await get()).etag).toBe(`"v${before.version + 1}"`)
    expect(await (await ada.request(`/api/videos/${video.id}/captions.vtt`)).text()).toContain('A brand new line for scene four.')
  })

  test('reorder, duplicate, delete and add: clips and posters follow `from`, a new picture gets a new poster', async () => {
    const { etag, video: before } = await get()
    const [first, second, third] = before.scenes as [Scene, Scene, Scene]
    const added = {
      narration: 'A scene nobody wrote before.',
      onScreenText: 'New',
      visual: 'A lighthouse at dusk',
      shot: 'wide',
      palette: ['#102030', '#ffcc00', '#00aa10'],
      durationSec: 4,
    }
    const scenes = [edit(third), edit(first), edit(first), edit(second, { visual: 'A red bicycle on a hill' }), added]
    const saved = (await (await patch({ scenes }, etag)).json()) as VideoJson
    expect(saved.scenes.map((scene) => scene.position)).toEqual([0, 1, 2, 3, 4])
    const sentencesOf = (scene: Scene) => scene.sentences.map((sentence) => sentence.audioUrl)
    expect(sentencesOf(saved.scenes[0]!)).toEqual(sentencesOf(third))
    expect(sentencesOf(saved.scenes[1]!)).toEqual(sentencesOf(first))
    expect(sentencesOf(saved.scenes[2]!)).toEqual(sentencesOf(first))
    // A new picture: its own poster; the words did not change, so the clips stay.
    expect(saved.scenes[3]!.posterUrl).not.toContain(second.posterUrl.split('-').at(-1)!)
    expect(sentencesOf(saved.scenes[3]!)).toEqual(sentencesOf(second))
    expect(saved.scenes[4]).toMatchObject({ narration: added.narration, narrationStatus: 'pending' })
    expect(saved.script).toContain(added.narration)
    const after = await narrated()
    expect(after.scenes[4]!.narrationStatus).toBe('ready')
    const poster = await ada.request(after.scenes[3]!.posterUrl)
    expect(poster.status).toBe(200)
  })

  test('a stale If-Match is 412 naming the current version, and changes nothing; the current one or none saves', async () => {
    const { etag, video: before } = await get()
    const stale = `"v${before.version - 1}"`
    const problem = await expectProblem(await patch({ title: 'Lost?' }, stale), 412)
    expect(problem).toMatchObject({ currentVersion: before.version, currentEtag: etag })
    expect((await get()).video.title).toBe(before.title)
    // Weak tags never match (RFC 9110 strong comparison).
    await expectProblem(await patch({ title: 'Lost?' }, `W/${etag}`), 412)
    const saved = await patch({ title: 'Wheels, again' }, `"v0", ${etag}`)
    expect([saved.status, saved.headers.get('ETag')]).toEqual([200, `"v${before.version + 1}"`])
    const unconditional = await patch({ title: 'Wheels, by a script' })
    expect(unconditional.status).toBe(200)
    expect(((await unconditional.json()) as VideoJson).title).toBe('Wheels, by a script')
    // Two tabs from one version: the second save is refused, the first kept.
    const { etag: shared, video: current } = await get()
    expect((await patch({ title: 'Tab one' }, shared)).status).toBe(200)
    await expectProblem(await patch({ scenes: current.scenes.map((scene) => edit(scene)) }, shared), 412)
    expect((await get()).video.title).toBe('Tab one')
  })

  test('every bad edit is a 422 naming its field; other people 404, anonymous 401, no CSRF 403', async () => {
    const { etag, video: before } = await get()
    const one = edit(before.scenes[0]!)
    const fields = async (body: unknown) => (await expectProblem(await patch(body, etag), 422)).errors!.map((error) => error.path)
    expect(await fields({ scenes: [] })).toEqual(['scenes'])
    expect(await fields({ scenes: Array.from({ length: 61 }, () => one) })).toEqual(['scenes'])
    expect(await fields({ scenes: [{ ...one, shot: 'dutch angle' }] })).toEqual(['scenes.0.shot'])
    expect(await fields({ scenes: [{ ...one, palette: ['red', '#000000', '#ffffff'] }] })).toEqual(['scenes.0.palette.0'])
    expect(await fields({ scenes: [{ ...one, durationSec: 0.2 }] })).toEqual(['scenes.0.durationSec'])
    expect(await fields({ scenes: [{ ...one, narration: ' ' }] })).toEqual(['scenes.0.narration'])
    expect(await fields({ scenes: [{ ...one, from: 40 }] })).toEqual(['scenes.0.from'])
    // 30 scenes of 25 s: past the 600 s a video may last.
    expect(await fields({ scenes: Array.from({ length: 30 }, () => ({ ...one, durationSec: 25 })) })).toEqual(['scenes'])
    expect(await fields({})).toEqual(['visibility'])
    expect((await get()).video.version).toBe(before.version)
    await expectProblem(await patch({ title: 'Mine now' }, etag, bob), 404)
    await expectProblem(await patch({ title: 'Mine now' }, etag, anon), 401)
    await expectProblem(await ada.json('PATCH', `/api/videos/${video.id}`, { title: 'x' }, { headers: { 'X-CSRF-Token': 'no' } }), 403)
  })
})

describe('versions', () => {
  test('every save is listed newest first; one can be read to compare and restored as a new version', async () => {
    const { etag, video: current } = await get()
    const list = (await (await ada.json('GET', `/api/videos/${video.id}/versions`)).json()) as {
      items: { version: number; cause: string; sceneCount: number; title: string; durationSec: number; createdAt: string }[]
    }
    expect(list.items[0]!.version).toBe(current.version)
    expect(list.items.at(-1)).toMatchObject({ version: video.version, cause: 'generated', sceneCount: 10 })
    expect(list.items.map((item) => item.cause)).toContain('edit')
    expect(list.items.map((item) => item.version)).toEqual([...list.items.map((item) => item.version)].sort((a, b) => b - a))

    const old = (await (await ada.json('GET', `/api/videos/${video.id}/versions/${video.version}`)).json()) as VideoJson & {
      cause: string
    }
    expect(old.scenes.map((scene) => scene.narration)).toEqual(video.scenes.map((scene) => scene.narration))
    expect(old.title).toBe(video.title)

    const res = await ada.json('POST', `/api/videos/${video.id}/versions/${video.version}/restore`, undefined, {
      headers: { 'If-Match': etag },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(`"v${current.version + 1}"`)
    const restored = (await res.json()) as VideoJson
    expect(restored.title).toBe(video.title)
    // The same clips and posters as back then: nothing to narrate again.
    expect(restored.scenes).toEqual(video.scenes)
    const newest = (await (await ada.json('GET', `/api/videos/${video.id}/versions`)).json()) as {
      items: { version: number; cause: string }[]
    }
    expect(newest.items[0]).toMatchObject({ version: current.version + 1, cause: 'restore' })
    // The stale tab cannot restore over it.
    await expectProblem(
      await ada.json('POST', `/api/videos/${video.id}/versions/${video.version}/restore`, undefined, { headers: { 'If-Match': etag } }),
      412,
    )
  })

  test('unknown versions are 404; other people see no history', async () => {
    await expectProblem(await ada.json('GET', `/api/videos/${video.id}/versions/9999`), 404)
    await expectProblem(await ada.json('GET', `/api/videos/${video.id}/versions/abc`), 404)
    await expectProblem(await ada.json('POST', `/api/videos/${video.id}/versions/9999/restore`), 404)
    await expectProblem(await bob.json('GET', `/api/videos/${video.id}/versions`), 404)
    await expectProblem(await bob.json('GET', `/api/videos/${video.id}/versions/${video.version}`), 404)
    await expectProblem(await bob.json('POST', `/api/videos/${video.id}/versions/${video.version}/restore`), 404)
    await expectProblem(await anon.json('GET', `/api/videos/${video.id}/versions`), 401)
  })
})

describe('POST /api/videos/:id/scenes/:position/narration honours If-Match', () => {
  test('412 when stale; with the current ETag it narrates and the ETag stays', async () => {
    const { etag } = await get()
    const path = `/api/videos/${video.id}/scenes/0/narration`
    await expectProblem(await ada.json('POST', path, undefined, { headers: { 'If-Match': '"v1"' } }), 412)
    const res = await ada.json('POST', path, undefined, { headers: { 'If-Match': etag } })
    expect([res.status, res.headers.get('ETag')]).toEqual([200, etag])
  })
})

describe('POST /api/videos/:id/scenes/:position/regenerate', () => {
  const regenerate = (position: number, body: unknown, etag?: string, browser = ada) =>
    browser.json(
      'POST',
      `/api/videos/${video.id}/scenes/${position}/regenerate`,
      body,
      etag === undefined ? {} : { headers: { 'If-Match': etag } },
    )
  const cacheHits = async () => (await t.repos.usage.forUser(ada.user!.id)).total.cacheHits

  test('rewrites that one scene as a new version; the same request on the same storyboard is the same answer, from the cache', async () => {
    const { etag, video: before } = await get()
    const res = await regenerate(1, { instruction: 'shorter' }, etag)
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(`"v${before.version + 1}"`)
    const saved = (await res.json()) as VideoJson
    expect(saved.scenes[1]!.narration).not.toBe(before.scenes[1]!.narration)
    expect(saved.scenes[1]!.durationSec).toBe(before.scenes[1]!.durationSec)
    expect(saved.scenes.filter((_, index) => index !== 1)).toEqual(before.scenes.filter((_, index) => index !== 1))
    const versions = (await (await ada.json('GET', `/api/videos/${video.id}/versions`)).json()) as { items: { cause: string }[] }
    expect(versions.items[0]!.cause).toBe('regenerate')
    await narrated()

    // Back to the storyboard it was asked on: the same question, the same answer, and the cache gave it.
    const { etag: now } = await get()
    await ada.json('POST', `/api/videos/${video.id}/versions/${before.version}/restore`, undefined, { headers: { 'If-Match': now } })
    const hitsBefore = await cacheHits()
    const again = (await (await regenerate(1, { instruction: 'shorter' })).json()) as VideoJson
    expect(again.scenes[1]!.narration).toBe(saved.scenes[1]!.narration)
    expect(await cacheHits()).toBe(hitsBefore + 1)
  })

  test('another variant is another answer; a bare POST regenerates too', async () => {
    const { video: before } = await get()
    const zero = (await (await regenerate(0, { variant: 0 })).json()) as VideoJson
    const { etag } = await get()
    await ada.json('POST', `/api/videos/${video.id}/versions/${before.version}/restore`, undefined, { headers: { 'If-Match': etag } })
    const answers = new Set([zero.scenes[0]!.narration + zero.scenes[0]!.shot])
    for (const variant of [1, 2, 3]) {
      const { etag: current } = await get()
      const res = await regenerate(0, { variant }, current)
      const scene = ((await res.json()) as VideoJson).scenes[0]!
      answers.add(scene.narration + scene.shot)
      const { etag: after } = await get()
      await ada.json('POST', `/api/videos/${video.id}/versions/${before.version}/restore`, undefined, { headers: { 'If-Match': after } })
    }
    expect(answers.size).toBeGreaterThan(1)
    const bare = await ada.request(`/api/videos/${video.id}/scenes/2/regenerate`, {
      method: 'POST',
      headers: { 'X-CSRF-Token': ada.csrfToken! },
    })
    expect(bare.status).toBe(200)
  })

  test('stale 412, bad bodies 422, other people and missing scenes 404', async () => {
    const { etag, video: before } = await get()
    await expectProblem(await regenerate(0, {}, '"v1"'), 412)
    await expectProblem(await regenerate(0, { instruction: 'x'.repeat(201) }, etag), 422)
    await expectProblem(await regenerate(0, { instruction: '' }, etag), 422)
    await expectProblem(await regenerate(0, { variant: -1 }, etag), 422)
    await expectProblem(await regenerate(before.scenes.length, {}, etag), 404)
    await expectProblem(await regenerate(0, {}, etag, bob), 404)
    expect((await get()).video.version).toBe(before.version)
  })
})
