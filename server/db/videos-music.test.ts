import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'
import { createVideoRepo } from './videos.ts'

const request = { prompt: 'a calm film about tides', style: 'documentary', durationSec: 20, aspect: '16:9', language: 'en' } as const

describe.each(testBackends())('music per video (migration 10) on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const setup = async () => {
    const db = await backend.openFresh()
    const users = createUserRepo(db)
    const alice = (await users.create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h', language: 'en' }))!
    return { db, videos: createVideoRepo(db), alice, bob }
  }

  test('a video starts at 35 % with no mood; setMusic stores both and bumps the version, for the owner only', async () => {
    const { videos, alice, bob } = await setup()
    const { video } = await videos.create(alice.id, request)
    expect([video.musicLevel, video.musicMood]).toEqual([35, null])
    expect(await videos.setMusic(video.id, bob.id, { level: 0, mood: null })).toBeNull()
    const changed = await videos.setMusic(video.id, alice.id, { level: 0, mood: 'noir' })
    expect(changed).toMatchObject({ musicLevel: 0, musicMood: 'noir', version: video.version + 1 })
  })

  test('with ifVersion the write happens only at that version: otherwise stale, nothing written', async () => {
    const { videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    expect(await videos.setMusic(video.id, alice.id, { level: 80, mood: null }, video.version + 5)).toBe('stale')
    expect((await videos.findById(video.id))?.musicLevel).toBe(35)
    expect(await videos.setMusic(video.id, alice.id, { level: 80, mood: null }, video.version)).toMatchObject({ musicLevel: 80 })
  })

  test('the schema refuses a level outside 0-100 and an unknown mood', async () => {
    const { db, videos, alice } = await setup()
    const { video } = await videos.create(alice.id, request)
    await expect(db.query`UPDATE videos SET music_level = 101 WHERE id = ${video.id}`).rejects.toThrow()
    await expect(db.query`UPDATE videos SET music_mood = 'sad' WHERE id = ${video.id}`).rejects.toThrow()
  })
})
