import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { EditorMessages } from '../shared/editor-messages.ts'
import { createEditorApi } from './editor/api.ts'
import { browserTimer } from './editor/autosave.ts'
import { type SceneLimits, sceneChanged } from './editor/model.ts'
import { SceneCard } from './editor/SceneCard.tsx'
import { createEditorSession, type EditorState } from './editor/session.ts'
import { versionOfEtag, videoEtag } from './state/video-etag.ts'
import type { ServerVideo } from './editor/types.ts'
import { VersionPanel } from './editor/VersionPanel.tsx'
import { fill } from './player/fill.ts'

export type StoryboardEditorProps = {
  video: ServerVideo
  etag: string
  csrfToken: string
  shots: readonly string[]
  limits: SceneLimits
  messages: EditorMessages
  uiLanguage: string
  /** From the assistant page: an instruction to offer on one scene (0-based). */
  suggestion?: { position: number; instruction: string } | null
}

/** The pause after the last keystroke before a save: long enough for a word, short enough that a closed tab loses little. */
const AUTOSAVE_DELAY_MS = 1200

const statusText = (state: EditorState, m: EditorMessages) => {
  const { save } = state
  if (state.busy?.action === 'regenerate') return m.status.busy
  if (save.kind === 'invalid') return fill(m.status.invalid, { n: save.index + 1, field: m.fields[save.field] })
  if (save.kind === 'error')
    return save.problem.status === 0 ? m.status.offline : fill(m.status.error, { detail: save.problem.detail ?? save.problem.title })
  if (save.kind === 'conflict') return m.conflict[save.origin]
  return m.status[save.kind]
}

/**
 * The owner's storyboard editor: every field of every scene inline, reorder by drag or keyboard,
 * add, duplicate, delete, regenerate or rewrite one scene, undo/redo, version history. The
 * session (islands/editor/session.ts) holds the state and saves it; this renders it.
 */
export default function StoryboardEditor({
  video,
  etag,
  csrfToken,
  shots,
  limits,
  messages: m,
  uiLanguage,
  suggestion,
}: StoryboardEditorProps) {
  const api = useMemo(() => createEditorApi(video.id, csrfToken), [video.id, csrfToken])
  const session = useMemo(
    () =>
      createEditorSession({
        video,
        etag,
        api,
        limits,
        timer: browserTimer,
        delayMs: AUTOSAVE_DELAY_MS,
        storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
      }),
    [],
  )
  const [state, setState] = useState(session.get())
  const [announcement, setAnnouncement] = useState('')
  const [hydrated, setHydrated] = useState(false)
  const focusAfter = useRef<{ key: string; selector: string } | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(() => {
    setState(session.get())
    setHydrated(true)
    return session.subscribe(() => setState(session.get()))
  }, [session])

  // Share the ETag with the player (its music saves), and take over the player's when it replaced ours.
  useEffect(() => {
    let held = session.get().etag
    const stopSession = session.subscribe(() => {
      const now = session.get().etag
      if (now === held) return
      videoEtag.set({ etag: now, replaced: held, storyboardChanged: true })
      held = now
    })
    const stopShared = videoEtag.subscribe(() => {
      const write = videoEtag.get()
      const version = write && versionOfEtag(write.etag)
      if (!write || write.storyboardChanged || write.replaced !== held || version === null) return
      held = write.etag
      session.adopt(write.etag, version)
    })
    return () => {
      stopSession()
      stopShared()
    }
  }, [session])

  // Keep focus on the control that moved the scene, or on the heading of what took a deleted scene's place.
  useEffect(() => {
    const target = focusAfter.current
    if (!target) return
    focusAfter.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-key="${target.key}"] ${target.selector}`)?.focus()
  })

  const pending = state.video.scenes.some((scene) => scene.narrationStatus === 'pending')
  // Narration of edited scenes runs on the server: follow the progress stream and re-read the saved state.
  useEffect(() => {
    if (!pending || typeof EventSource === 'undefined') return
    const source = new EventSource(`/api/videos/${encodeURIComponent(video.id)}/events`)
    const check = async () => {
      if (!(await session.refresh())) source.close()
    }
    source.addEventListener('progress', check)
    source.addEventListener('open', check)
    return () => source.close()
  }, [pending, session, video.id])

  const unsaved = state.save.kind !== 'saved' && state.save.kind !== 'saving'
  useEffect(() => {
    if (!unsaved) return
    // The draft is in sessionStorage, but a closed tab loses that too: ask first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    addEventListener('beforeunload', warn)
    return () => removeEventListener('beforeunload', warn)
  }, [unsaved])

  const move = (index: number, to: number) => {
    const scene = state.draft[index]
    if (!scene || to < 0 || to >= state.draft.length) return
    const active = document.activeElement as HTMLElement | null
    const direction = active?.dataset.move
    const last = state.draft.length - 1
    // A move button that just became disabled (top or bottom) hands focus to the other one.
    const button = direction === 'up' ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down'
    const selector = direction ? `[data-move="${button}"]` : active?.id ? `[id="${active.id}"]` : '.ed-drag'
    focusAfter.current = { key: scene.key, selector }
    session.move(index, to)
    setAnnouncement(fill(m.moved, { to: to + 1 }))
  }
  const remove = (index: number) => {
    const neighbour = state.draft[index + 1] ?? state.draft[index - 1]
    if (neighbour) focusAfter.current = { key: neighbour.key, selector: 'h3' }
    session.remove(index)
    setAnnouncement(fill(m.removed, { n: index + 1 }))
  }

  /** Pointer drag (mouse, pen, touch) on a scene's handle: the scene goes where the pointer is let go. */
  const dragStart = (index: number, event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement
    const items = [...(listRef.current?.children ?? [])] as HTMLElement[]
    const middles = items.map((item) => {
      const rect = item.getBoundingClientRect()
      return rect.top + rect.height / 2
    })
    handle.setPointerCapture(event.pointerId)
    items[index]?.classList.add('ed-dragging')
    const end = (up: PointerEvent) => {
      handle.removeEventListener('pointerup', end)
      handle.removeEventListener('pointercancel', end)
      items[index]?.classList.remove('ed-dragging')
      if (up.type !== 'pointerup') return
      const to = middles.filter((middle) => middle < up.clientY).length
      move(index, Math.min(items.length - 1, to > index ? to - 1 : to))
    }
    handle.addEventListener('pointerup', end)
    handle.addEventListener('pointercancel', end)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) session.undo()
    else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo()
    else return
    event.preventDefault()
  }

  const locked = state.save.kind === 'conflict' || state.busy !== null
  const savedHere = state.video.version !== video.version
  return (
    <section class="editor" id="editor" aria-labelledby="editor-heading" data-hydrated={hydrated || undefined} onKeyDown={onKeyDown}>
      <h2 id="editor-heading">{m.heading}</h2>
      <p class="muted">{m.lead}</p>
      <div class="ed-toolbar">
        <button type="button" class="btn" disabled={!state.canUndo} onClick={() => session.undo()} aria-keyshortcuts="Control+Z">
          {m.undo}
        </button>
        <button
          type="button"
          class="btn"
          disabled={!state.canRedo}
          onClick={() => session.redo()}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {m.redo}
        </button>
        <p class={`ed-status ed-status-${state.save.kind}`} role="status" aria-live="polite">
          {statusText(state, m)}
        </p>
        {(state.save.kind === 'error' || state.save.kind === 'dirty') && (
          <button type="button" class="btn" onClick={() => session.flush()}>
            {m.saveNow}
          </button>
        )}
      </div>
      {state.save.kind === 'conflict' && (
        <div class="notice notice-error ed-conflict" role="alert">
          <p>{m.conflict[state.save.origin]}</p>
          <button type="button" class="btn" disabled={state.busy !== null} onClick={() => session.reload()}>
            {m.reload}
          </button>{' '}
          <button type="button" class="btn btn-primary" disabled={state.busy !== null} onClick={() => session.overwrite()}>
            {m.overwrite}
          </button>
        </div>
      )}
      {state.kept && (
        <section class="ed-kept card" aria-labelledby="ed-kept-heading">
          <h3 id="ed-kept-heading">{m.keptHeading}</h3>
          <p class="muted">{m.keptLead}</p>
          <ol>
            {state.kept.map((scene) => (
              <li key={scene.key}>
                <textarea readOnly rows={2} aria-label={m.fields.narration} value={scene.fields.narration} />
                {scene.fields.onScreenText && <p>“{scene.fields.onScreenText}”</p>}
              </li>
            ))}
          </ol>
          <button type="button" class="btn" onClick={() => session.dismissKept()}>
            {m.dismiss}
          </button>
        </section>
      )}
      {savedHere && !pending && state.save.kind === 'saved' && (
        <p class="notice ed-stale">
          {m.playerStale}{' '}
          <button type="button" class="btn" onClick={() => location.reload()}>
            {m.reloadPage}
          </button>
        </p>
      )}
      <p class="ed-sr" aria-live="assertive">
        {announcement}
      </p>
      <ol class="ed-scenes" ref={listRef}>
        {state.draft.map((scene, index) => {
          const saved = scene.from === null ? undefined : state.video.scenes[scene.from]
          const changed = sceneChanged(scene, index, state.video.scenes) && (!saved || saved.narration !== scene.fields.narration)
          return (
            <SceneCard
              key={scene.key}
              scene={scene}
              index={index}
              count={state.draft.length}
              session={session}
              messages={m}
              shots={shots}
              limits={limits}
              narration={changed || !saved ? 'changed' : saved.narrationStatus}
              invalidField={state.save.kind === 'invalid' && state.save.index === index ? state.save.field : null}
              busy={(state.busy?.action === 'regenerate' || state.busy?.action === 'picture') && state.busy.key === scene.key}
              locked={locked}
              suggested={suggestion?.position === index ? suggestion.instruction : undefined}
              imageUrl={saved?.imageUrl ?? null}
              onMove={move}
              onRemove={remove}
              onDragStart={dragStart}
            />
          )
        })}
      </ol>
      <VersionPanel
        api={api}
        session={session}
        draft={state.draft}
        currentVersion={state.video.version}
        messages={m}
        lang={uiLanguage}
        locked={locked}
      />
    </section>
  )
}
