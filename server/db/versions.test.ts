import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { Storyboard } from '../ai/storyboard.ts'
import type { StoredScene } from './model.ts'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'
import { MAX_VERSIONS, createVersionRepo } from './versions.ts'
import { createVideoRepo } from './videos.ts'

const storyboard = (scenes: number): Storyboard => ({
  title: 'Wheels',
  logline: 'A bike.',
  script: 'Script.',
  scenes: Array.from({ length: scenes }, (_, i) => ({
    narration: `Narration ${i + 1}.`,
    onScreenText: `Text ${i + 1}`,
    visual: `A workshop ${i + 1}`,
    shot: 'wide',
    palette: ['#102030', '#ffcc00', '#00aa10'],
    durationSec: 5,
  })),
})
const spoken = (text: string) => ({
  sentences: [{ text, audioHash: 'clip-1', startSec: 0, endSec: 1.5 }],
  narrationStatus: 'ready' as const,
  narrationError: null,
})
const withoutPosition = ({ position: _position, ...scene }: StoredScene) => scene

describe.each(testBackends())('storyboard versions on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  const setup = async () => {
    const db = await backend.openFresh()
    let tick = 1_700_000_000_000
    const now = () => (tick += 1000)
    const users = createUserRepo(db, { now })
    const alice = (await users.create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const bob = (await users.create({ email: 'bob@example.com', passwordHash: 'h', language: 'en' }))!
    const videos = createVideoRepo(db, { now })
    const versions = createVersionRepo(db, { now })
    const { video } = await videos.create(alice.id, {
      prompt: 'a bicycle shop ad',
      style: 'playful',
      durationSec: 15,
      aspect: '16:9',
      language: 'en',
    })
    const generated = (await videos.saveStoryboard(
      video.id,
      storyboard(3),
      ['p0', 'p1', 'p2'],
      [0, 1, 2].map((i) => spoken(`S${i}`)),
    ))!
    return { db, videos, versions, alice, bob, generated }
  }

  test('the generated storyboard is version 2 with every stored field; an edit adds version 3, newest first', async () => {
    const { videos, versions, alice, generated } = await setup()
    expect(generated.version).toBe(2)
    const first = (await versions.get(generated.id, 2))!
    expect(first).toMatchObject({ version: 2, cause: 'generated', title: 'Wheels', aspect: '16:9', sceneCount: 3, durationSec: 15 })
    expect(first.scenes).toEqual(generated.scenes)

    const scenes = [generated.scenes[2]!, generated.scenes[0]!].map(withoutPosition)
    const saved = await videos.replaceStoryboard(
      generated.id,
      alice.id,
      2,
      { title: 'Wheels II', logline: 'A bike.', script: 'S.', aspect: '16:9', scenes },
      'edit',
    )
    expect(saved).toMatchObject({ version: 3, title: 'Wheels II' })
    expect((saved as { scenes: StoredScene[] }).scenes.map((scene) => [scene.position, scene.posterHash])).toEqual([
      [0, 'p2'],
      [1, 'p0'],
    ])
    expect((await versions.list(generated.id)).map(({ version, cause, sceneCount, title }) => [version, cause, sceneCount, title])).toEqual(
      [
        [3, 'edit', 2, 'Wheels II'],
        [2, 'generated', 3, 'Wheels'],
      ],
    )
    // The old one is still whole, for a compare or a restore.
    expect((await versions.get(generated.id, 2))!.scenes).toEqual(generated.scenes)
    expect(await versions.get(generated.id, 99)).toBeNull()
  })

  test('a save from a stale version is refused as stale and changes nothing; another person gets null', async () => {
    const { videos, versions, alice, bob, generated } = await setup()
    const edit = { title: 'T', logline: null, script: null, aspect: '16:9' as const, scenes: generated.scenes.map(withoutPosition) }
    expect(await videos.replaceStoryboard(generated.id, alice.id, 2, edit, 'edit')).toMatchObject({ version: 3 })
    expect(await videos.replaceStoryboard(generated.id, alice.id, 2, { ...edit, title: 'lost?' }, 'edit')).toBe('stale')
    expect(await videos.replaceStoryboard(generated.id, bob.id, 3, edit, 'edit')).toBeNull()
    expect((await videos.findById(generated.id))!).toMatchObject({ version: 3, title: 'T' })
    expect((await versions.list(generated.id)).map((row) => row.version)).toEqual([3, 2])
  })

  test('narration landing refreshes the current snapshot without a new version; a moved scene is not overwritten', async () => {
    const { videos, versions, generated } = await setup()
    const scene = generated.scenes[1]!
    expect(await videos.setSceneNarration(generated.id, 1, spoken('New'), scene)).toBe(true)
    expect((await videos.findById(generated.id))!.version).toBe(2)
    expect((await versions.get(generated.id, 2))!.scenes[1]!.sentences[0]!.text).toBe('New')
    expect((await versions.list(generated.id)).length).toBe(1)
    // The text spoken is no longer the scene's: the result is dropped.
    expect(await videos.setSceneNarration(generated.id, 1, spoken('Old'), { ...scene, narration: 'Something else.' })).toBe(false)
    expect((await videos.listScenes(generated.id))[1]!.sentences[0]!.text).toBe('New')
  })

  test(`a new frame is a version; history keeps the last ${MAX_VERSIONS}; deleting the video deletes it`, async () => {
    const { db, videos, versions, alice, generated } = await setup()
    await videos.setAspect(generated.id, alice.id, '9:16', ['q0', 'q1', 'q2'])
    expect((await versions.list(generated.id))[0]).toMatchObject({ version: 3, cause: 'aspect' })
    expect((await versions.get(generated.id, 3))!).toMatchObject({ aspect: '9:16' })
    const edit = { title: 'T', logline: null, script: null, aspect: '9:16' as const, scenes: generated.scenes.map(withoutPosition) }
    for (let version = 3; version < 3 + MAX_VERSIONS; version++)
      await videos.replaceStoryboard(generated.id, alice.id, version, edit, 'edit')
    const list = await versions.list(generated.id)
    expect(list.length).toBe(MAX_VERSIONS)
    expect([list[0]!.version, list.at(-1)!.version]).toEqual([3 + MAX_VERSIONS, 4])
    await videos.delete(generated.id, alice.id)
    expect((await db.query`SELECT * FROM storyboard_versions`).length).toBe(0)
  })

  test('a video saved before versions existed is snapshotted once, lazily', async () => {
    const { db, versions, generated } = await setup()
    await db.query`DELETE FROM storyboard_versions`
    expect(await versions.list(generated.id)).toEqual([])
    await versions.ensureSnapshot(generated.id)
    await versions.ensureSnapshot(generated.id)
    expect((await versions.list(generated.id)).map((row) => [row.version, row.cause])).toEqual([[2, 'generated']])
  })
})
