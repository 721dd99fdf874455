import { describe, expect, test } from 'bun:test'
import type { Answer, EditorApi } from './api.ts'
import type { Timer } from './autosave.ts'
import type { SceneLimits } from './model.ts'
import { createEditorSession, type DraftStorage } from './session.ts'
import type { SceneEdit, ServerScene, ServerVideo } from './types.ts'

const LIMITS: SceneLimits = {
  narration: 600,
  onScreenText: 80,
  visual: 400,
  minDurationSec: 1,
  maxDurationSec: 30,
  minScenes: 1,
  maxScenes: 60,
  instruction: 200,
}

const scene = (n: number): ServerScene => ({
  position: n,
  narration: `Narration ${n}.`,
  onScreenText: `Text ${n}`,
  visual: `Visual ${n}`,
  shot: 'wide',
  palette: ['#000000', '#ffffff', '#ff0000'],
  durationSec: 3,
  narrationStatus: 'ready',
  posterUrl: `/posters/${n}.svg`,
})

/**
 * The storyboard API's contract held in memory (the client's network edge): versions, If-Match
 * with 412, `from` read against the version named by If-Match, regenerate answering the same for
 * the same request. `writeElsewhere` is another tab saving.
 */
const fakeServer = (count = 3) => {
  const versions: ServerScene[][] = [Array.from({ length: count }, (_, n) => scene(n))]
  const requests: { method: string; etag?: string | null; body?: unknown }[] = []
  const current = () => versions.at(-1)!
  const video = (): ServerVideo => ({ id: 'v1', version: versions.length, title: 'T', status: 'ready', scenes: current() })
  const ok = (): Answer<ServerVideo> => ({ ok: true, value: video(), etag: `"v${versions.length}"` })
  const stale = (etag: string | null) => etag !== null && etag !== `"v${versions.length}"`
  const conflict = (): Answer<never> => ({
    ok: false,
    problem: { status: 412, title: 'Precondition Failed', currentVersion: versions.length, currentEtag: `"v${versions.length}"` },
  })
  const apply = (edits: SceneEdit[]) => {
    const before = current()
    versions.push(
      edits.map((edit, position) => {
        const origin = edit.from === undefined ? undefined : before[edit.from]
        const same = origin && origin.narration === edit.narration
        return {
          ...(origin ?? scene(99)),
          ...edit,
          position,
          narrationStatus: same ? origin.narrationStatus : 'pending',
          posterUrl: origin?.posterUrl ?? '/posters/new.svg',
        }
      }),
    )
  }
  const api: EditorApi = {
    get: async () => ok(),
    patch: async (scenes, etag) => {
      requests.push({ method: 'PATCH', etag, body: scenes })
      if (stale(etag)) return conflict()
      apply(scenes.map((edit) => ({ ...edit, narration: edit.narration.trim() })))
      return ok()
    },
    versions: async () => ({ ok: true, value: { items: [] }, etag: null }),
    version: async (version) => ({ ok: true, value: { version, createdAt: '', title: 'T', scenes: versions[version - 1]! }, etag: null }),
    restore: async (version, etag) => {
      requests.push({ method: 'RESTORE', etag, body: version })
      if (stale(etag)) return conflict()
      versions.push(versions[version - 1]!.map((item) => ({ ...item })))
      return ok()
    },
    regenerate: async (position, body, etag) => {
      requests.push({ method: 'REGENERATE', etag, body: { position, ...body } })
      if (stale(etag)) return conflict()
      versions.push(
        current().map((item, at) =>
          at === position
            ? { ...item, narration: `Written again${body.instruction ? ` (${body.instruction})` : ''}.`, narrationStatus: 'pending' }
            : item,
        ),
      )
      return ok()
    },
    picture: async (position, file, etag) => {
      requests.push({ method: file ? 'PICTURE' : 'NO PICTURE', etag, body: position })
      if (stale(etag)) return conflict()
      versions.push(
        current().map((item, at) => (at === position ? { ...item, imageUrl: file ? '/media/abcdefghijklmnopqrstuv' : null } : item)),
      )
      return ok()
    },
  }
  const writeElsewhere = () =>
    versions.push(current().map((item, at) => (at === 0 ? { ...item, narration: 'Changed in the other tab.' } : item)))
  return { api, versions, requests, current, video, writeElsewhere }
}

/** Time passes only when the test says so. */
const manualTimer = () => {
  const pending = new Map<number, () => void>()
  let next = 0
  const timer: Timer = {
    set: (run) => {
      pending.set(++next, run)
      return next
    },
    clear: (handle) => pending.delete(handle as number),
  }
  const fire = async () => {
    const runs = [...pending.values()]
    pending.clear()
    for (const run of runs) run()
    // Let the save's awaits settle.
    for (let i = 0; i < 10; i++) await Promise.resolve()
  }
  return {
    timer,
    fire,
    get scheduled() {
      return pending.size
    },
  }
}

const memoryStorage = (): DraftStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

const setup = (options: { count?: number; storage?: DraftStorage } = {}) => {
  const server = fakeServer(options.count)
  const clock = manualTimer()
  const storage = options.storage ?? memoryStorage()
  const session = createEditorSession({
    video: server.video(),
    etag: '"v1"',
    api: server.api,
    limits: LIMITS,
    timer: clock.timer,
    delayMs: 1000,
    storage,
  })
  return { server, clock, storage, session }
}

describe('the editor session', () => {
  test('typing is saved once after the pause, with If-Match, and the stored draft goes when it is saved', async () => {
    const { server, clock, storage, session } = setup()
    session.edit(1, 'narration', 'A')
    session.edit(1, 'narration', 'A new line. ')
    expect(session.get().save.kind).toBe('dirty')
    expect(storage.getItem('reelsmith:editor:v1')).toContain('A new line.')
    expect(server.requests).toEqual([])
    await clock.fire()
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.etag).toBe('"v1"')
    expect((server.requests[0]!.body as SceneEdit[]).map((edit) => edit.from)).toEqual([0, 1, 2])
    expect(session.get()).toMatchObject({ etag: '"v2"', save: { kind: 'saved' } })
    // The server's trimmed wording is taken, so the scene is not "changed" again.
    expect(session.get().draft[1]!.fields.narration).toBe('A new line.')
    expect(session.get().video.scenes[1]!.narrationStatus).toBe('pending')
    expect(storage.getItem('reelsmith:editor:v1')).toBeNull()
    expect(clock.scheduled).toBe(0)
  })

  test('adopting the ETag of a write that left the storyboard alone (the player’s music): the next save is not stale', async () => {
    const { server, clock, session } = setup()
    // The player saved the music: the server moved to version 2 with the same scenes.
    server.versions.push(server.current().map((item) => ({ ...item })))
    session.adopt('"v2"', 2)
    expect(session.get()).toMatchObject({ etag: '"v2"', video: { version: 2 } })
    // An older ETag never replaces a newer one.
    session.adopt('"v1"', 1)
    expect(session.get().etag).toBe('"v2"')
    session.edit(0, 'narration', 'After the music changed.')
    await clock.fire()
    expect(server.requests.map((request) => request.etag)).toEqual(['"v2"'])
    expect(session.get()).toMatchObject({ etag: '"v3"', save: { kind: 'saved' } })
  })

  test('undo and redo step over whole typing runs, and each step is saved', async () => {
    const { server, clock, session } = setup()
    session.edit(0, 'narration', 'One')
    session.edit(0, 'narration', 'One two')
    session.seal()
    session.edit(0, 'onScreenText', 'Title')
    session.undo()
    expect(session.get().draft[0]!.fields).toMatchObject({ narration: 'One two', onScreenText: 'Text 0' })
    session.undo()
    expect(session.get().draft[0]!.fields.narration).toBe('Narration 0.')
    expect(session.get().save.kind).toBe('saved')
    expect(session.get().canUndo).toBe(false)
    session.redo()
    expect(session.get().draft[0]!.fields.narration).toBe('One two')
    await clock.fire()
    expect(server.current()[0]!.narration).toBe('One two')
    // Undo after the save: back to the saved version's text, which is saved as the next version.
    session.undo()
    await clock.fire()
    expect(server.current()[0]!.narration).toBe('Narration 0.')
    expect(server.versions).toHaveLength(3)
  })

  test('reorder, duplicate, add and delete send `from` against the version the editor holds', async () => {
    const { server, clock, session } = setup()
    session.move(2, 0)
    session.duplicate(1)
    session.add(3, { narration: 'Brand new.', visual: 'Something' })
    // s2 s0 s0' s1 new -> s2 s0 s0' new
    session.remove(3)
    await clock.fire()
    const sent = server.requests[0]!.body as SceneEdit[]
    expect(sent.map((edit) => edit.from)).toEqual([2, 0, 0, undefined])
    expect(sent[3]!.narration).toBe('Brand new.')
    // Saved: now every scene points at its own place in the new version.
    session.edit(3, 'visual', 'Else')
    await clock.fire()
    expect((server.requests[1]!.body as SceneEdit[]).map((edit) => edit.from)).toEqual([0, 1, 2, 3])
  })

  test('an edit made while a save runs is saved right after it, against the new ETag', async () => {
    const { server, clock, session } = setup()
    session.edit(0, 'narration', 'First.')
    let release!: () => void
    const original = server.api.patch
    server.api.patch = async (scenes, etag) => {
      await new Promise<void>((resolve) => {
        release = resolve
      })
      return original(scenes, etag)
    }
    await clock.fire()
    expect(session.get().save.kind).toBe('saving')
    session.duplicate(0)
    release()
    for (let i = 0; i < 10; i++) await Promise.resolve()
    server.api.patch = original
    expect(session.get().save.kind).toBe('dirty')
    await clock.fire()
    expect(server.requests.map((request) => request.etag)).toEqual(['"v1"', '"v2"'])
    expect((server.requests[1]!.body as SceneEdit[]).map((edit) => edit.from)).toEqual([0, 0, 1, 2])
    expect(session.get().save.kind).toBe('saved')
  })

  test('a stale save is a conflict: nothing more is sent, the draft is kept, and overwrite saves it over the new version', async () => {
    const { server, clock, storage, session } = setup()
    server.writeElsewhere()
    session.edit(2, 'narration', 'Mine.')
    await clock.fire()
    expect(session.get().save).toEqual({ kind: 'conflict', origin: 'save' })
    session.edit(2, 'narration', 'Mine, still.')
    await clock.fire()
    expect(server.requests).toHaveLength(1)
    expect(storage.getItem('reelsmith:editor:v1')).toContain('Mine, still.')
    await session.overwrite()
    expect(server.requests.at(-1)!.etag).toBe('"v2"')
    expect(server.current().map((item) => item.narration)).toEqual(['Narration 0.', 'Narration 1.', 'Mine, still.'])
    expect(session.get()).toMatchObject({ etag: '"v3"', save: { kind: 'saved' } })
  })

  test('reload takes the other version and keeps the unsaved text visible until dismissed', async () => {
    const { server, clock, storage, session } = setup()
    server.writeElsewhere()
    session.edit(1, 'narration', 'My unsaved words.')
    await clock.fire()
    await session.reload()
    const state = session.get()
    expect(state.save.kind).toBe('saved')
    expect(state.draft[0]!.fields.narration).toBe('Changed in the other tab.')
    expect(state.kept?.[1]?.fields.narration).toBe('My unsaved words.')
    expect(storage.getItem('reelsmith:editor:v1')).toContain('My unsaved words.')
    session.dismissKept()
    expect(session.get().kept).toBeNull()
    expect(storage.getItem('reelsmith:editor:v1')).toBeNull()
    expect(server.requests).toHaveLength(1)
  })

  test('a draft left in storage goes on saving on the same version, and is a conflict on a newer one', async () => {
    const storage = memoryStorage()
    const first = setup({ storage })
    first.session.edit(0, 'narration', 'Left behind.')
    // The tab reloads before the pause is over.
    const again = setup({ storage })
    expect(again.session.get().draft[0]!.fields.narration).toBe('Left behind.')
    expect(again.session.get().save.kind).toBe('dirty')
    await again.clock.fire()
    expect(again.server.current()[0]!.narration).toBe('Left behind.')

    const older = memoryStorage()
    older.setItem('reelsmith:editor:v1', JSON.stringify({ version: 0, draft: first.session.get().draft }))
    const late = setup({ storage: older })
    expect(late.session.get().save).toEqual({ kind: 'conflict', origin: 'draft' })
    expect(late.session.get().draft[0]!.fields.narration).toBe('Left behind.')
  })

  test('an invalid field is not sent; the state names it', async () => {
    const { server, clock, session } = setup()
    session.edit(1, 'narration', '   ')
    expect(session.get().save).toEqual({ kind: 'invalid', index: 1, field: 'narration' })
    session.edit(1, 'narration', 'Fine.')
    session.edit(2, 'durationSec', 45)
    expect(session.get().save).toEqual({ kind: 'invalid', index: 2, field: 'durationSec' })
    await clock.fire()
    expect(server.requests).toEqual([])
  })

  test('regenerate saves what waits first, then rewrites that one scene; undo brings the old text back', async () => {
    const { server, clock, session } = setup()
    session.edit(0, 'onScreenText', 'Hello')
    session.edit(2, 'visual', 'A lake')
    await session.regenerate(1, { instruction: 'punchier' })
    expect(server.requests.map((request) => request.method)).toEqual(['PATCH', 'REGENERATE'])
    expect(server.requests[1]).toMatchObject({ etag: '"v2"', body: { position: 1, instruction: 'punchier' } })
    const state = session.get()
    expect(state.draft.map((item) => item.fields.narration)).toEqual(['Narration 0.', 'Written again (punchier).', 'Narration 2.'])
    expect(state.draft[0]!.fields.onScreenText).toBe('Hello')
    expect(state).toMatchObject({ etag: '"v3"', save: { kind: 'saved' }, busy: null })
    session.undo()
    expect(session.get().draft[1]!.fields.narration).toBe('Narration 1.')
    await clock.fire()
    expect(server.current()[1]!.narration).toBe('Narration 1.')
  })

  test('restore brings an older version back as a new one', async () => {
    const { server, clock, session } = setup()
    session.edit(0, 'narration', 'Second version.')
    await clock.fire()
    await session.restore(1)
    expect(server.requests.at(-1)).toMatchObject({ method: 'RESTORE', etag: '"v2"', body: 1 })
    expect(session.get()).toMatchObject({ etag: '"v3"', save: { kind: 'saved' } })
    expect(session.get().draft[0]!.fields.narration).toBe('Narration 0.')
  })

  test('a picture saves what waits first, then is a new version holding it; removing it is another', async () => {
    const { server, session } = setup()
    session.edit(0, 'onScreenText', 'Hello')
    await session.picture(1, new Blob(['png']))
    expect(server.requests.map((request) => [request.method, request.etag])).toEqual([
      ['PATCH', '"v1"'],
      ['PICTURE', '"v2"'],
    ])
    expect(session.get()).toMatchObject({ etag: '"v3"', save: { kind: 'saved' }, busy: null })
    expect(session.get().video.scenes[1]!.imageUrl).toBe('/media/abcdefghijklmnopqrstuv')
    expect(session.get().draft[0]!.fields.onScreenText).toBe('Hello')
    await session.picture(1, null)
    expect(server.requests.at(-1)).toMatchObject({ method: 'NO PICTURE', etag: '"v3"', body: 1 })
    expect(session.get().video.scenes[1]!.imageUrl).toBeNull()
  })

  test('a refused request other than 412 is an error the next edit retries', async () => {
    const { server, clock, session } = setup()
    const original = server.api.patch
    server.api.patch = async () => ({ ok: false, problem: { status: 0, title: 'offline' } })
    session.edit(0, 'narration', 'Offline words.')
    await clock.fire()
    expect(session.get().save).toMatchObject({ kind: 'error', problem: { status: 0 } })
    server.api.patch = original
    session.edit(0, 'narration', 'Offline words, back.')
    await clock.fire()
    expect(server.current()[0]!.narration).toBe('Offline words, back.')
  })
})
