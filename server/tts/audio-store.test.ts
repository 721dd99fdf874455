import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAudioClipRepo } from '../db/audio-clips.ts'
import { testBackends } from '../db/test-backends.ts'
import { createAudioStore } from './audio-store.ts'
import { toneWav } from './wav.ts'

const HASH = 'Abc_def-0123456789xyzQ'

describe.each(testBackends())('audio store on $name', (backend) => {
  let root: string
  beforeAll(async () => {
    await backend.start()
    root = await mkdtemp(join(tmpdir(), 'audio-store-'))
    // initdb on a busy shared machine can take longer than the default 5 s hook timeout.
  }, 60_000)
  afterEach(() => backend.closeAll())
  afterAll(async () => {
    await backend.stop()
    await rm(root, { recursive: true, force: true })
  })

  test('save puts the clip in the database and on disk, with no temp file left behind', async () => {
    const dir = join(root, `save-${backend.name}`)
    const clips = createAudioClipRepo(await backend.openFresh())
    const store = createAudioStore({ clips, dir })
    const bytes = toneWav(0.3)
    await store.save({ hash: HASH, contentType: 'audio/wav', durationMs: 300, bytes })
    expect(await readdir(dir)).toEqual([`${HASH}.wav`])
    expect(await store.meta(HASH)).toEqual({ hash: HASH, contentType: 'audio/wav', durationMs: 300 })
    const opened = await store.open(HASH, 'audio/wav')
    expect(opened?.size).toBe(bytes.byteLength)
    expect(Buffer.from(await opened!.file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
  })

  test('a hostile or unknown name never reaches the disk or the database', async () => {
    const dir = join(root, `hostile-${backend.name}`)
    await mkdir(dir, { recursive: true })
    // A file an attacker would like served: it is never named by a valid hash.
    await writeFile(join(dir, 'secret.wav'), 'not yours')
    const store = createAudioStore({ clips: createAudioClipRepo(await backend.openFresh()), dir })
    for (const name of ['secret', '../secret', `${HASH}/../secret`, '', `${'x'.repeat(22)}\0`]) {
      expect(await store.open(name, 'audio/wav')).toBeNull()
      expect(await store.meta(name)).toBeNull()
    }
    expect(await store.open(HASH, 'audio/wav')).toBeNull()
    expect(await store.open(HASH, 'text/html')).toBeNull()
  })

  test('when the disk copy cannot be written, the clip is still served from the database', async () => {
    // A file where the directory should be: no write can succeed, whoever runs the test.
    const dir = join(root, `blocked-${backend.name}`)
    await writeFile(dir, 'in the way')
    const clips = createAudioClipRepo(await backend.openFresh())
    const bytes = toneWav(0.2)
    const store = createAudioStore({ clips, dir })
    await store.save({ hash: HASH, contentType: 'audio/wav', durationMs: 200, bytes })
    expect(await clips.meta(HASH)).not.toBeNull()
    const opened = await store.open(HASH, 'audio/wav')
    expect(opened?.size).toBe(bytes.byteLength)
    expect(opened?.file.type).toBe('audio/wav')
    expect(Buffer.from(await opened!.file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
  })
})
