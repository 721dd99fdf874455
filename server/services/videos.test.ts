import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { VideoRequest } from '../ai/storyboard.ts'
import { CacheStore } from '../cache/store.ts'
import { createRepositories, openDatabase, type Database, type Repositories } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { createVideoService, type VideoService } from './videos.ts'

/**
 * The video service over a real SQLite database and the in-memory cache: reads come from the cache,
 * every write through the service drops what it changed, and ownership is decided here.
 */

const request: VideoRequest = {
  prompt: 'A 30-second ad for a bicycle repair shop',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
}

let dir: string
let db: Database
let repos: Repositories
let store: CacheStore
let videos: VideoService
let queued = 0
let ada: string
let bob: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-video-service-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  repos = createRepositories(db)
  store = new CacheStore({ memoryBytes: 8 * 1024 * 1024, logger: silentLogger })
  videos = createVideoService({ repos, store, onQueued: () => queued++ })
  ada = (await repos.users.create({ email: 'ada@example.com', passwordHash: 'x', language: 'en' }))!.id
  bob = (await repos.users.create({ email: 'bob@example.com', passwordHash: 'x', language: 'en' }))!.id
})
afterAll(async () => {
  await store.close()
  await db.close()
  await rm(dir, { recursive: true, force: true })
})

/** Creates one of Ada's videos; anything but a video is a failed test. */
const create = async (...args: Parameters<typeof videos.create>) => {
  const outcome = await videos.create(...args)
  if (outcome.conflict) throw new Error(`create refused: ${outcome.conflict}`)
  return outcome
}

/** A video of Ada's with a written storyboard (as the worker would save it). */
const readyVideo = async (prompt = request.prompt) => {
  const { video } = await create(ada, { ...request, prompt })
  const job = (await repos.jobs.claimNext())!
  expect(job.videoId).toBe(video.id)
  const storyboard = {
    title: 'Spokes',
    logline: 'A shop that fixes things',
    script: 'One. Two.',
    scenes: [
      {
        narration: 'One.',
        onScreenText: '',
        visual: 'A wheel',
        shot: 'wide' as const,
        palette: ['#000000', '#ffffff', '#ff0000'],
        durationSec: 30,
      },
    ],
  }
  await repos.videos.saveStoryboard(video.id, storyboard, ['0123456789abcdef'])
  await repos.jobs.finish(job.id)
  await videos.changed({ id: video.id, userId: ada })
  return video.id
}

describe('create', () => {
  test('queues a private video and wakes the worker once; the same idempotency key does not queue twice', async () => {
    const before = queued
    const first = await create(ada, request, 'key-0000001')
    const again = await create(ada, request, 'key-0000001')
    expect([first.created, again.created]).toEqual([true, false])
    expect(again.video.id).toBe(first.video.id)
    expect(first.video).toMatchObject({ status: 'queued', visibility: 'private', userId: ada })
    expect(queued - before).toBe(1)
    expect(await videos.progress(first.video.id)).toMatchObject({ status: 'queued', step: 'queued', videoId: first.video.id })
    await repos.jobs.fail((await repos.jobs.claimNext())!.id, 'cleared for the next tests')
  })

  test('one rule for every caller: a key reused with other content, or a malformed key, creates nothing', async () => {
    const before = (await repos.videos.listByUser(ada, { page: 1, pageSize: 50 })).total
    const queuedBefore = queued
    expect(await videos.create(ada, { ...request, prompt: 'Something else entirely' }, 'key-0000001')).toEqual({ conflict: 'reused' })
    for (const key of ['short', 'has spaces in it', 'x'.repeat(129)])
      expect(await videos.create(ada, request, key)).toEqual({ conflict: 'malformed-key' })
    expect((await repos.videos.listByUser(ada, { page: 1, pageSize: 50 })).total).toBe(before)
    expect(queued).toBe(queuedBefore)
  })

  test('a new video shows in its owner’s (cached) list at once', async () => {
    const before = await videos.listByUser(ada, { page: 1, pageSize: 50 })
    const { video } = await create(ada, { ...request, prompt: 'Listed at once' })
    const after = await videos.listByUser(ada, { page: 1, pageSize: 50 })
    expect(after.total).toBe(before.total + 1)
    expect(after.items[0]!.id).toBe(video.id)
    await repos.jobs.fail((await repos.jobs.claimNext())!.id, 'cleared for the next tests')
  })
})

describe('ownership', () => {
  test('a private video is viewable by its owner only; forOwner is the owner’s only', async () => {
    const id = await readyVideo()
    expect((await videos.viewable(id, ada))?.scenes).toHaveLength(1)
    expect(await videos.viewable(id, bob)).toBeNull()
    expect(await videos.viewable(id, null)).toBeNull()
    expect(await videos.forOwner(id, bob)).toBeNull()
    expect((await videos.forOwner(id, ada))?.id).toBe(id)
    expect(await videos.viewable('no-such-video-id', ada)).toBeNull()
  })

  test('only the owner can publish, delete or retry', async () => {
    const id = await readyVideo()
    expect(await videos.setVisibility(id, bob, 'public')).toBeNull()
    expect(await videos.delete(id, bob)).toBe(false)
    expect(await videos.retry(id, bob)).toBeNull()
    expect(await videos.viewable(id, null)).toBeNull()
    expect(await videos.viewable(id, ada)).not.toBeNull()
  })
})

describe('the cache', () => {
  test('reads are cached; a write that bypasses the service is not seen until the service invalidates', async () => {
    const id = await readyVideo()
    expect(await videos.viewable(id, null)).toBeNull()
    // A raw write (another replica would publish its invalidation): this process still serves its cached row.
    await repos.videos.setVisibility(id, ada, 'public')
    expect(await videos.viewable(id, null)).toBeNull()
    await videos.changed({ id, userId: ada })
    expect(await videos.viewable(id, null)).not.toBeNull()
  })

  test('publishing, unpublishing and deleting through the service are seen at once, by the video and the gallery', async () => {
    const id = await readyVideo('For the gallery')
    const galleryIds = async () => (await videos.listPublic({ page: 1, pageSize: 50 })).items.map((video) => video.id)
    expect(await galleryIds()).not.toContain(id)
    await videos.setVisibility(id, ada, 'public')
    expect(await galleryIds()).toContain(id)
    expect(await videos.viewable(id, bob)).not.toBeNull()
    await videos.setVisibility(id, ada, 'private')
    expect(await galleryIds()).not.toContain(id)
    await videos.setVisibility(id, ada, 'public')
    expect(await videos.delete(id, ada)).toBe(true)
    expect(await galleryIds()).not.toContain(id)
    expect(await videos.viewable(id, ada)).toBeNull()
    expect((await videos.listByUser(ada, { page: 1, pageSize: 50 })).items.map((video) => video.id)).not.toContain(id)
  })
})

describe('retry', () => {
  test('only a failed video is queued again, and the worker is woken', async () => {
    const ready = await readyVideo()
    expect(await videos.retry(ready, ada)).toBeNull()

    const { video } = await create(ada, { ...request, prompt: 'Will fail' })
    const job = (await repos.jobs.claimNext())!
    await repos.jobs.fail(job.id, 'The model timed out.')
    await videos.changed({ id: video.id, userId: ada })
    expect((await videos.viewable(video.id, ada))?.status).toBe('failed')
    // A row from before failure codes: its free text is never shown, a generic message is.
    expect(await videos.progress(video.id)).toMatchObject({
      status: 'failed',
      failure: 'internal',
      error: 'Something went wrong while writing the video. Try again.',
    })

    const before = queued
    expect(await videos.retry(video.id, ada)).toMatchObject({ status: 'queued' })
    expect(queued).toBe(before + 1)
    expect((await videos.viewable(video.id, ada))?.status).toBe('queued')
    expect(await videos.retry(video.id, ada)).toBeNull()
  })
})
