import { etagOf, type EditorApi, type Problem, type RegenerateBody } from './api.ts'
import { createAutosave, type Timer } from './autosave.ts'
import { createHistory } from './history.ts'
import {
  addScene,
  adoptServer,
  type Draft,
  draftFromServer,
  duplicateScene,
  editField,
  firstInvalid,
  type Invalid,
  isDirty,
  moveScene,
  rebaseAfterSave,
  rebaseByPosition,
  removeScene,
  type SceneLimits,
  toEdits,
} from './model.ts'
import { fieldsOf, sameFields, type FieldName, type SceneFields, type ServerVideo } from './types.ts'

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | ({ kind: 'invalid' } & Invalid)
  /** The video changed elsewhere (`save`: a save got 412; `draft`: an unsaved draft from before is older than the video). */
  | { kind: 'conflict'; origin: 'save' | 'draft' }
  | { kind: 'error'; problem: Problem }

export type Busy =
  | { action: 'regenerate'; key: string }
  | { action: 'picture'; key: string }
  | { action: 'restore'; version: number }
  | { action: 'sync' }
  | null

export type EditorState = {
  /** The saved version the editor holds, and its ETag. */
  video: ServerVideo
  etag: string
  draft: Draft
  canUndo: boolean
  canRedo: boolean
  save: SaveState
  busy: Busy
  /** What the person had not saved when they chose the other version: shown until dismissed, so nothing is lost. */
  kept: Draft | null
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
type Stored = { version: number; draft?: Draft; kept?: Draft }

export type SessionOptions = {
  video: ServerVideo
  etag: string
  api: EditorApi
  limits: SceneLimits
  timer: Timer
  delayMs: number
  /** Where the unsaved draft waits until a save succeeds (sessionStorage in the page). */
  storage: DraftStorage | null
}

/**
 * The editor's state and every action on it, without the DOM: the island renders `get()` and calls
 * these. Every change goes into the undo history and the stored draft at once, and is saved after
 * a pause with If-Match; a stale save stops autosaving until the person chooses reload or overwrite.
 */
export const createEditorSession = (options: SessionOptions) => {
  const { api, limits, storage } = options
  const storageKey = `reelsmith:editor:${options.video.id}`
  const history = createHistory<Draft>(draftFromServer(options.video.scenes))
  const listeners = new Set<() => void>()
  let state: EditorState = {
    video: options.video,
    etag: options.etag,
    draft: history.present,
    canUndo: false,
    canRedo: false,
    save: { kind: 'saved' },
    busy: null,
    kept: null,
  }

  const dirty = () => isDirty(history.present, state.video.scenes)

  const persist = () => {
    if (!storage) return
    const stored: Stored = { version: state.video.version }
    if (dirty()) stored.draft = history.present
    if (state.kept) stored.kept = state.kept
    try {
      if (stored.draft || stored.kept) storage.setItem(storageKey, JSON.stringify(stored))
      else storage.removeItem(storageKey)
    } catch {
      // A full or refused storage only loses the copy; the draft on screen stays and is still saved.
    }
  }

  const update = (patch: Partial<EditorState>) => {
    state = { ...state, ...patch, draft: history.present, canUndo: history.canUndo, canRedo: history.canRedo }
    persist()
    for (const listener of [...listeners]) listener()
  }

  const stopped = () => state.save.kind === 'conflict'

  /** What the save state is when no save is running, from the draft alone. */
  const settled = (): SaveState => {
    if (!dirty()) return { kind: 'saved' }
    const invalid = firstInvalid(history.present, limits)
    return invalid ? { kind: 'invalid', ...invalid } : { kind: 'dirty' }
  }

  const fail = (problem: Problem): 'stop' => {
    update({ save: problem.status === 412 ? { kind: 'conflict', origin: 'save' } : { kind: 'error', problem }, busy: null })
    return 'stop'
  }

  const save = async (): Promise<'done' | 'stop'> => {
    if (stopped()) return 'stop'
    const next = settled()
    if (next.kind !== 'dirty') {
      update({ save: next })
      return next.kind === 'saved' ? 'done' : 'stop'
    }
    const sent = history.present
    update({ save: { kind: 'saving' } })
    const answer = await api.patch(toEdits(sent), state.etag)
    if (!answer.ok) return fail(answer.problem)
    const video = answer.value
    history.mapAll((draft) => rebaseAfterSave(draft, sent))
    // The server's wording (trimmed text) for every scene not touched while the save ran, so it is not "changed" again.
    const sentFields = new Map(sent.map((scene, index) => [scene.key, { fields: scene.fields, index }]))
    history.replace(
      history.present.map((scene) => {
        const was = sentFields.get(scene.key)
        const saved = was && video.scenes[was.index]
        return was && saved && sameFields(scene.fields, was.fields) ? { ...scene, fields: fieldsOf(saved) } : scene
      }),
    )
    state = { ...state, video, etag: etagOf({ value: video, etag: answer.etag }) }
    update({ save: settled() })
    return 'done'
  }

  const autosave = createAutosave(save, { delayMs: options.delayMs, timer: options.timer })

  const changed = (next: Draft, group?: string) => {
    if (next === history.present) return
    history.push(next, group)
    afterChange()
  }
  const afterChange = () => {
    if (stopped()) return update({})
    const next = settled()
    update({ save: state.save.kind === 'saving' ? state.save : next })
    if (next.kind === 'dirty') autosave.schedule()
    else autosave.cancel()
  }

  /** Saves what waits, first: a regenerate or restore must not run over edits the server has not seen. */
  const savedFirst = async () => {
    if (stopped()) return false
    if (!dirty()) return true
    await autosave.flush()
    return !dirty() && state.save.kind === 'saved'
  }

  /** The server's current storyboard, to decide a conflict on. */
  const fetchCurrent = async () => {
    update({ busy: { action: 'sync' } })
    const answer = await api.get()
    if (!answer.ok) {
      update({ busy: null, save: { kind: 'error', problem: answer.problem } })
      return null
    }
    return { video: answer.value, etag: etagOf(answer) }
  }

  const replaced = (video: ServerVideo, etag: string, next: Draft) => {
    history.mapAll((draft) => rebaseByPosition(draft, video.scenes.length))
    history.push(next)
    state = { ...state, video, etag }
    update({ busy: null, save: settled() })
  }

  /**
   * Another island's write moved the video from the ETag this session holds to `etag` without
   * touching the storyboard (the player's music): take it over, so the next save is not stale.
   */
  const adopt = (etag: string, version: number) => {
    if (version <= state.video.version) return
    state = { ...state, etag, video: { ...state.video, version } }
    update({})
  }

  // A draft left by an earlier visit (a reload, a crash, a lost connection): the same version goes
  // on where it stopped; an older one is a conflict the person decides.
  const restoreStored = () => {
    let stored: Stored | null = null
    try {
      stored = JSON.parse(storage?.getItem(storageKey) ?? 'null') as Stored | null
    } catch {
      stored = null
    }
    if (!stored) return
    if (stored.kept) state = { ...state, kept: stored.kept }
    if (!stored.draft || !isDirty(stored.draft, state.video.scenes)) return update({})
    history.push(stored.draft)
    if (stored.version === state.video.version) afterChange()
    else update({ save: { kind: 'conflict', origin: 'draft' } })
  }
  restoreStored()

  return {
    adopt,
    get: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    edit: <F extends FieldName>(index: number, field: F, value: SceneFields[F]) => {
      const scene = history.present[index]
      if (scene) changed(editField(history.present, index, field, value), `${scene.key}:${field}`)
    },
    /** Ends the typing step (the field lost focus): the next keystroke is a new undo step. */
    seal: () => history.seal(),
    move: (index: number, to: number) => changed(moveScene(history.present, index, to)),
    duplicate: (index: number) => {
      if (history.present.length < limits.maxScenes) changed(duplicateScene(history.present, index))
    },
    add: (index: number, text: { narration: string; visual: string }) => {
      if (history.present.length < limits.maxScenes) changed(addScene(history.present, index, text))
    },
    remove: (index: number) => {
      if (history.present.length > limits.minScenes) changed(removeScene(history.present, index))
    },
    undo: () => {
      if (history.undo()) afterChange()
    },
    redo: () => {
      if (history.redo()) afterChange()
    },
    /** Saves now; resolves when done (or stopped). */
    flush: () => autosave.flush(),
    /** Conflict: keep my draft and save it over the current version. */
    overwrite: async () => {
      const current = await fetchCurrent()
      if (!current) return
      history.mapAll((draft) => rebaseByPosition(draft, current.video.scenes.length))
      state = { ...state, video: current.video, etag: current.etag }
      update({ busy: null, save: settled() })
      await autosave.flush()
    },
    /** Conflict: take the current version; my unsaved text stays visible in `kept`. */
    reload: async () => {
      const current = await fetchCurrent()
      if (!current) return
      const unsaved = dirty() ? history.present : null
      history.reset(draftFromServer(current.video.scenes))
      state = { ...state, video: current.video, etag: current.etag, kept: unsaved ?? state.kept }
      update({ busy: null, save: { kind: 'saved' } })
    },
    dismissKept: () => {
      state = { ...state, kept: null }
      update({})
    },
    /** One scene written again by the AI (with an instruction: rewritten), saved by the server as a new version. */
    regenerate: async (index: number, body: RegenerateBody) => {
      const scene = history.present[index]
      if (!scene || state.busy || !(await savedFirst())) return
      const position = history.present.findIndex((item) => item.key === scene.key)
      update({ busy: { action: 'regenerate', key: scene.key } })
      const answer = await api.regenerate(position, body, state.etag)
      if (!answer.ok) return void fail(answer.problem)
      const video = answer.value
      const next = history.present.map((item, at) =>
        item.key === scene.key && video.scenes[at] ? { ...item, from: at, fields: fieldsOf(video.scenes[at]!) } : item,
      )
      replaced(video, etagOf(answer), next)
    },
    /** The scene's own picture (a file the person chose), or with null its poster again: a new version, like the others. */
    picture: async (index: number, file: Blob | null) => {
      const scene = history.present[index]
      if (!scene || state.busy || !(await savedFirst())) return
      const position = history.present.findIndex((item) => item.key === scene.key)
      update({ busy: { action: 'picture', key: scene.key } })
      const answer = await api.picture(position, file, state.etag)
      if (!answer.ok) return void fail(answer.problem)
      replaced(answer.value, etagOf(answer), adoptServer(history.present, answer.value.scenes))
    },
    /** An older version back, as a new version (after saving what waits, so that is a version too). */
    restore: async (version: number) => {
      if (state.busy || !(await savedFirst())) return
      update({ busy: { action: 'restore', version } })
      const answer = await api.restore(version, state.etag)
      if (!answer.ok) return void fail(answer.problem)
      replaced(answer.value, etagOf(answer), adoptServer(history.present, answer.value.scenes))
    },
    /**
     * Re-reads the saved version for its narration state (after a progress event). A newer version
     * (edited elsewhere) is left alone: the next save finds out, with If-Match.
     * @returns whether a scene is still being narrated
     */
    refresh: async () => {
      const answer = await api.get()
      if (answer.ok && answer.value.version === state.video.version && !state.busy && state.save.kind !== 'saving') {
        state = { ...state, video: answer.value }
        update({})
      }
      return state.video.scenes.some((scene) => scene.narrationStatus === 'pending')
    },
  }
}
export type EditorSession = ReturnType<typeof createEditorSession>
