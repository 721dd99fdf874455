import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Storyboard } from '../ai/storyboard.ts'
import { testBackends } from './test-backends.ts'
import { createUploadRepo, type NewUpload } from './uploads.ts'
import { createUserRepo } from './users.ts'
import { createVideoRepo } from './videos.ts'

const storyboard: Storyboard = {
  title: 'Lighthouse',
  logline: 'A keeper and a storm.',
  script: 'One. Two.',
  scenes: [0, 1].map((i) => ({
    narration: `Scene ${i}.`,
    onScreenText: '',
    visual: 'A lighthouse',
    shot: 'wide' as const,
    palette: ['#102030', '#ffcc00', '#00aa11'],
    durationSec: 5,
  })),
}
/** Every byte value, so a driver that treats the blob as text (or stops at NUL) is caught. */
const bytes = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 7 + 3) % 256)
const image = (userId: string, size = 1000): NewUpload => ({
  userId,
  kind: 'scene-image',
  contentType: 'image/jpeg',
  width: 10,
  height: 10,
  hash: 'h',
  bytes: bytes(size),
})

describe.each(testBackends())('uploads on $name', (backend) => {
  // initdb on a busy shared machine can take longer than the default 5 s hook timeout.
  beforeAll(() => backend.start(), 60_000)
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const setup = async () => {
    const db = await backend.openFresh()
    const users = createUserRepo(db)
    const ada = (await users.create({ email: 'ada@example.com', passwordHash: 'h', language: 'en' }))!
    const videos = createVideoRepo(db)
    const { video } = await videos.create(ada.id, { prompt: 'p', style: 'cinematic', durationSec: 10, aspect: '16:9', language: 'en' })
    const saved = (await videos.saveStoryboard(video.id, storyboard, ['a', 'b']))!
    return { db, uploads: createUploadRepo(db, { now: () => 42 }), videos, ada, video: saved }
  }

  test('bytes round-trip exactly; the quota is what the table holds, and a file past it is not stored', async () => {
    const { uploads, ada } = await setup()
    const stored = await uploads.insertWithinQuota(image(ada.id, 70_000), 100_000)
    if (!('stored' in stored)) throw new Error('not stored')
    const read = (await uploads.get(stored.stored.id))!
    expect(read).toMatchObject({ userId: ada.id, kind: 'scene-image', size: 70_000, createdAt: 42 })
    expect(read.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(read.bytes).equals(Buffer.from(bytes(70_000)))).toBe(true)
    expect(await uploads.insertWithinQuota(image(ada.id, 40_000), 100_000)).toEqual({ full: { usedBytes: 70_000 } })
    expect(await uploads.usedBytes(ada.id)).toBe(70_000)
  })

  test('two uploads at once cannot both slip under the quota', async () => {
    const { uploads, ada } = await setup()
    const results = await Promise.all([
      uploads.insertWithinQuota(image(ada.id, 600), 1000),
      uploads.insertWithinQuota(image(ada.id, 600), 1000),
    ])
    expect(results.filter((result) => 'stored' in result)).toHaveLength(1)
    expect(await uploads.usedBytes(ada.id)).toBe(600)
  })

  test('setSceneImage bumps the version, refuses a stale one and other people; images no scene or kept version shows are collected', async () => {
    const { db, uploads, videos, ada, video } = await setup()
    const first = await uploads.insertWithinQuota(image(ada.id), 10_000)
    if (!('stored' in first)) throw new Error('not stored')
    expect(await uploads.setSceneImage(video.id, 'someone-else', 0, first.stored.id)).toBeNull()
    expect(await uploads.setSceneImage(video.id, ada.id, 9, first.stored.id)).toBeNull()
    expect(await uploads.setSceneImage(video.id, ada.id, 0, first.stored.id, video.version - 1)).toBe('stale')
    expect(await uploads.setSceneImage(video.id, ada.id, 0, first.stored.id, video.version)).toBe(video.version + 1)
    expect((await videos.listScenes(video.id)).map((scene) => scene.imageId)).toEqual([first.stored.id, null])
    expect(await uploads.deleteUnreferenced(ada.id)).toBe(0)
    expect(await uploads.isInPublicVideo(first.stored.id)).toBe(false)
    await videos.setVisibility(video.id, ada.id, 'public')
    expect(await uploads.isInPublicVideo(first.stored.id)).toBe(true)
    expect(await uploads.setSceneImage(video.id, ada.id, 0, null)).toBe(video.version + 2)
    // The version that showed it is kept, so it is too (a restore brings it back)...
    expect(await uploads.deleteUnreferenced(ada.id)).toBe(0)
    // ...until the history lets go of that version.
    await db.query`DELETE FROM storyboard_versions WHERE video_id = ${video.id} AND version <> ${video.version + 2}`
    expect(await uploads.deleteUnreferenced(ada.id)).toBe(1)
    expect(await uploads.get(first.stored.id)).toBeNull()
  })
})
