import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Storyboard, VideoRequest } from '../ai/storyboard.ts'
import { createJobRepo } from './jobs.ts'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'
import { createVideoRepo } from './videos.ts'

const request: VideoRequest = {
  prompt: 'a 30-second ad for a bicycle repair shop, warm and funny',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
}

const storyboard = (scenes: number, title = 'Wheels of Fortune'): Storyboard => ({
  title,
  logline: 'A grumpy bike gets a second chance.',
  script: 'Scene by scene narration.',
  scenes: Array.from({ length: scenes }, (_, i) => ({
    narration: `Narration ${i + 1}`,
    onScreenText: `Text ${i + 1}`,
    visual: `A workshop, shot ${i + 1}`,
    shot: i % 2 ? 'close-up' : 'wide',
    palette: ['#102030', '#ffcc00', `#00aa${String(10 + i).padStart(2, '0')}`],
    durationSec: 30 / scenes,
  })),
})
const posters = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe.each(testBackends())('video repo on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  /** Two users, and a clock that ticks 1 s per read so "newest first" is well defined. */
  const setup = async () => {
    const db = await backend.openFresh()
    let tick = 1_700_000_000_000
    const now = () => (tick += 1000)
    const users = createUserRepo(db, { now })
    const alice = (await users.create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h', language: 'en' }))!
    return { db, videos: createVideoRepo(db, { now }), jobs: createJobRepo(db, { now }), alice, bob }
  }

  test('create stores a private, queued video at version 1 and queues its generation job', async () => {
    const { videos, jobs, alice } = await setup()
    const { video, created } = await videos.create(alice.id, request)
    expect(created).toBe(true)
    expect(video).toEqual({
      ...request,
      shorts: false,
      voiceRate: 165,
      voicePitch: 50,
      seed: 0,
      source: { kind: 'idea' },
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      userId: alice.id,
      title: null,
      logline: null,
      script: null,
      status: 'queued',
      visibility: 'private',
      version: 1,
      musicLevel: 35,
      musicMood: null,
      coverPosterHash: null,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    })
    expect(await jobs.findLatestForVideo(video.id)).toMatchObject({ videoId: video.id, status: 'queued', progress: 0, attempts: 0 })
  })

  test('an idempotency key returns the first video to the same user and queues nothing more', async () => {
    const { db, videos, alice, bob } = await setup()
    const first = await videos.create(alice.id, request, { idempotencyKey: 'k1' })
    const again = await videos.create(alice.id, { ...request, prompt: 'something else' }, { idempotencyKey: 'k1' })
    expect(again).toEqual({ video: first.video, created: false })
    // the same key from someone else, or no key at all, is a new video
    expect((await videos.create(bob.id, request, { idempotencyKey: 'k1' })).created).toBe(true)
    expect((await videos.create(alice.id, request)).created).toBe(true)
    expect((await videos.create(alice.id, request)).created).toBe(true)
    const [videoCount] = await db.query<{ n: unknown }>`SELECT count(*) AS n FROM videos`
    const [jobCount] = await db.query<{ n: unknown }>`SELECT count(*) AS n FROM generation_jobs`
    expect(Number(videoCount!.n)).toBe(4)
    expect(Number(jobCount!.n)).toBe(4)
  })

  test('concurrent creates with one key (two replicas on Postgres) make exactly one video', async () => {
    const url = await backend.freshUrl()
    const replicaA = await backend.open(url)
    // Postgres: a second connection pool, as a second replica has. SQLite: one process owns the file.
    const replicaB = backend.name === 'postgres' ? await backend.open(url) : replicaA
    const carol = (await createUserRepo(replicaA).create({ email: 'carol@example.com', passwordHash: 'h', language: 'en' }))!
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createVideoRepo(i % 2 ? replicaA : replicaB).create(carol.id, request, { idempotencyKey: 'double-click' }),
      ),
    )
    expect(results.filter((result) => result.created)).toHaveLength(1)
    expect(new Set(results.map((result) => result.video.id)).size).toBe(1)
    const [jobs] = await replicaA.query<{ n: unknown }>`SELECT count(*) AS n FROM generation_jobs`
    expect(Number(jobs!.n)).toBe(1)
  })

  test('ownership: only the owner sees a private video; anyone sees a public one', async () => {
    const { videos, alice, bob } = await setup()
    const { video } = await videos.create(alice.id, request)

    expect((await videos.findForOwner(video.id, alice.id))?.id).toBe(video.id)
    expect(await videos.findForOwner(video.id, bob.id)).toBeNull()
    expect(await videos.findPublicById(video.id)).toBeNull()
    expect(await videos.findViewable(video.id, null)).toBeNull()
    expect(await videos.findViewable(video.id, bob.id)).toBeNull()
    expect((await videos.findViewable(video.id, alice.id))?.id).toBe(video.id)

    expect(await videos.setVisibility(video.id, bob.id, 'public')).toBeNull() // not his to publish
    expect(await videos.findPublicById(video.id)).toBeNull()
    expect((await videos.setVisibility(video.id, alice.id, 'public'))?.visibility).toBe('public')

    expect((await videos.findPublicById(video.id))?.id).toBe(video.id)
    expect((await videos.findViewable(video.id, null))?.id).toBe(video.id)
    expect((await videos.findViewable(video.id, bob.id))?.id).toBe(video.id)
    expect(await videos.findForOwner(video.id, bob.id)).toBeNull() // public is viewable, not owned
  })

  test('saveStoryboard stores the scenes in order, bumps the version and marks the video ready', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    const board = storyboard(4)
    const saved = await videos.saveStoryboard(video.id, board, posters(4))

    expect(saved).toMatchObject({
      title: board.title,
      logline: board.logline,
      script: board.script,
      status: 'ready',
      version: 2,
      coverPosterHash: 'p0',
    })
    expect(saved!.scenes).toEqual(
      board.scenes.map((scene, position) => ({
        ...scene,
        position,
        posterHash: `p${position}`,
        sentences: [],
        narrationStatus: 'pending',
        narrationError: null,
        imageId: null,
      })),
    )
    expect(await videos.findForOwner(video.id, alice.id)).toEqual(saved)
    expect(await videos.listScenes(video.id)).toEqual(saved!.scenes)
  })

  test('saving again replaces every scene; a failing save changes nothing', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    await videos.saveStoryboard(video.id, storyboard(5), posters(5))
    const second = await videos.saveStoryboard(video.id, storyboard(2, 'Take two'), posters(2, 'q'))
    expect(second!.scenes.map((scene) => scene.posterHash)).toEqual(['q0', 'q1'])
    expect(second!.version).toBe(3)

    // The third scene breaks a NOT NULL constraint after two scenes were written: all of it rolls back.
    const broken = storyboard(3, 'Broken')
    broken.scenes[2]!.narration = null as unknown as string
    await expect(videos.saveStoryboard(video.id, broken, posters(3, 'r'))).rejects.toThrow()
    expect(await videos.findForOwner(video.id, alice.id)).toEqual(second)
  })

  test('saveStoryboard insists on one poster per scene and reports a deleted video', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    expect(() => videos.saveStoryboard(video.id, storyboard(3), posters(2))).toThrow(TypeError)
    expect(await videos.saveStoryboard('gone', storyboard(1), posters(1))).toBeNull()
  })

  test('the gallery lists public, ready videos newest first, paginated', async () => {
    const { videos, alice, bob } = await setup()
    const publicReady: string[] = []
    for (let i = 0; i < 5; i++) {
      const { video } = await videos.create(i % 2 ? alice.id : bob.id, request)
      await videos.saveStoryboard(video.id, storyboard(1), posters(1))
      await videos.setVisibility(video.id, video.userId, 'public')
      publicReady.unshift(video.id)
    }
    const notReady = (await videos.create(alice.id, request)).video
    await videos.setVisibility(notReady.id, alice.id, 'public')
    const privateReady = (await videos.create(alice.id, request)).video
    await videos.saveStoryboard(privateReady.id, storyboard(1), posters(1))

    const page1 = await videos.listPublic({ page: 1, pageSize: 2 })
    const page3 = await videos.listPublic({ page: 3, pageSize: 2 })
    expect(page1.items.map((video) => video.id)).toEqual(publicReady.slice(0, 2))
    expect(page3.items.map((video) => video.id)).toEqual(publicReady.slice(4))
    expect(page1.total).toBe(5)
    expect((await videos.listPublic({ page: 4, pageSize: 2 })).items).toEqual([])
    expect(await videos.countPublic()).toBe(5)
    expect(page1.items[0]!.coverPosterHash).toBe('p0')
  })

  test("listByUser lists one user's videos of every status, newest first, paginated", async () => {
    const { videos, alice, bob } = await setup()
    const mine: string[] = []
    for (let i = 0; i < 3; i++) mine.unshift((await videos.create(alice.id, request)).video.id)
    await videos.create(bob.id, request)
    const page = await videos.listByUser(alice.id, { page: 1, pageSize: 2 })
    expect(page).toEqual({ items: [expect.objectContaining({ id: mine[0] }), expect.objectContaining({ id: mine[1] })], total: 3 })
    expect((await videos.listByUser(alice.id, { page: 2, pageSize: 2 })).items.map((video) => video.id)).toEqual(mine.slice(2))
    expect(await videos.listByUser('nobody', { page: 1, pageSize: 10 })).toEqual({ items: [], total: 0 })
  })

  test('delete is for the owner only and cascades to scenes and jobs', async () => {
    const { db, videos, alice, bob } = await setup()
    const { video } = await videos.create(alice.id, request)
    const other = (await videos.create(alice.id, request)).video
    await videos.saveStoryboard(video.id, storyboard(3), posters(3))

    expect(await videos.delete(video.id, bob.id)).toBe(false)
    expect(await videos.findById(video.id)).not.toBeNull()
    expect(await videos.delete(video.id, alice.id)).toBe(true)
    expect(await videos.delete(video.id, alice.id)).toBe(false)
    expect(await videos.findById(video.id)).toBeNull()
    expect(await db.query`SELECT position FROM scenes WHERE video_id = ${video.id}`).toEqual([])
    expect(await db.query`SELECT id FROM generation_jobs WHERE video_id = ${video.id}`).toEqual([])
    expect(await videos.findById(other.id)).not.toBeNull()
  })

  test('setStatus changes the status and reports a missing video', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    expect(await videos.setStatus(video.id, 'failed')).toBe(true)
    expect((await videos.findById(video.id))?.status).toBe('failed')
    expect(await videos.setStatus('missing', 'failed')).toBe(false)
  })

  test('Shorts, voice rate, pitch and seed are stored; absent ones get the defaults', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, {
      ...request,
      durationSec: 45,
      shorts: true,
      voiceRate: 210,
      voicePitch: 20,
      seed: 12,
      aspect: '4:5',
    })
    expect(await videos.findById(video.id)).toMatchObject({
      shorts: true,
      voiceRate: 210,
      voicePitch: 20,
      seed: 12,
      aspect: '4:5',
      durationSec: 45,
    })
    const plain = (await videos.create(alice.id, request)).video
    expect(plain).toMatchObject({ shorts: false, voiceRate: 165, voicePitch: 50, seed: 0 })
  })

  test('narration is saved per scene, and one scene can be re-narrated alone, keeping the version', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    const narrations = [
      {
        sentences: [{ text: 'Héllo — “world” <&>.', audioHash: 'a1', startSec: 0.3, endSec: 1.75 }],
        narrationStatus: 'ready',
        narrationError: null,
      },
      {
        sentences: [{ text: 'Second.', audioHash: null, startSec: 0.3, endSec: 1.2 }],
        narrationStatus: 'failed',
        narrationError: 'engine crashed',
      },
    ] as const
    const saved = await videos.saveStoryboard(
      video.id,
      storyboard(2),
      posters(2),
      narrations.map((n) => ({ ...n, sentences: [...n.sentences] })),
    )
    expect(saved!.scenes.map(({ sentences, narrationStatus, narrationError }) => ({ sentences, narrationStatus, narrationError }))).toEqual(
      narrations.map((n) => ({ ...n, sentences: [...n.sentences] })),
    )
    const fixed = {
      sentences: [{ text: 'Second.', audioHash: 'b2', startSec: 0.3, endSec: 1.1 }],
      narrationStatus: 'ready' as const,
      narrationError: null,
    }
    expect(await videos.setSceneNarration(video.id, 1, fixed)).toBe(true)
    const scenes = await videos.listScenes(video.id)
    expect(scenes[1]).toMatchObject({ ...fixed, durationSec: saved!.scenes[1]!.durationSec, posterHash: 'p1' })
    expect(scenes[0]).toEqual(saved!.scenes[0]!)
    // Narration is derived from the words: an editor's ETag (the version) still holds afterwards.
    expect((await videos.findById(video.id))!.version).toBe(saved!.version)
    expect(await videos.setSceneNarration(video.id, 7, fixed)).toBe(false)
  })

  test('setAspect is for the owner only and replaces every poster hash', async () => {
    const { videos, alice, bob } = await setup()
    const { video } = await videos.create(alice.id, request)
    const saved = (await videos.saveStoryboard(video.id, storyboard(3), posters(3)))!
    expect(await videos.setAspect(video.id, bob.id, '4:5', posters(3, 'x'))).toBeNull()
    const changed = await videos.setAspect(video.id, alice.id, '4:5', posters(3, 'x'))
    expect(changed).toMatchObject({ aspect: '4:5', version: saved.version + 1, coverPosterHash: 'x0' })
    expect((await videos.listScenes(video.id)).map((scene) => scene.posterHash)).toEqual(['x0', 'x1', 'x2'])
  })
})
