import { useEffect, useRef, useState } from 'preact/hooks'
import { hasWebCodecs, EXPORT_FORMATS, type ExportFormat } from './export/codecs.ts'
import { exportSize, RESOLUTIONS, type Resolution } from './export/sizes.ts'
import { downloadBlob } from './download.ts'
import type { PlayerEngine } from './engine.ts'
import { exportFileName } from './file-name.ts'
import type { PlayerMessages } from '../../shared/player-messages.ts'
import { describeError, type ExportFailure } from './export-failure.ts'
import { counted, fill } from './fill.ts'
import type { MusicSettings } from '../../shared/music.ts'
import type { PlayerAspect, PlayerScene } from './types.ts'

type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting'; done: number; total: number; realTime: boolean }
  | { kind: 'done'; fileName: string; silentClips: number }
  | ExportFailure

type Props = {
  messages: PlayerMessages
  /** The page's language: plural rules and numbers. */
  uiLanguage: string
  title: string
  aspect: PlayerAspect
  scenes: readonly PlayerScene[]
  /** The engine exists only after hydration; null on the server and before. */
  engine: PlayerEngine | null
  canvas: () => HTMLCanvasElement | null
  /** Tells the player to lock its controls while a real-time recording plays (the fallback only). */
  onRecordingChange: (recording: boolean) => void
  /** The background music at the level chosen now (0 = off); null when the video has none. */
  music: { settings: MusicSettings; level: number } | null
}

const FORMAT_LABELS: Record<ExportFormat, string> = { mp4: 'MP4', webm: 'WebM' }

/**
 * "Export video": encodes the storyboard frame by frame (MP4 or WebM, 720p or 1080p, with the
 * narration) and downloads it. Where WebCodecs is missing, it falls back to recording the canvas.
 */
export function ExportControls({ title, aspect, scenes, engine, canvas, onRecordingChange, messages, uiLanguage, music }: Props) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const [format, setFormat] = useState<ExportFormat>('mp4')
  const [resolution, setResolution] = useState<Resolution>('720p')
  const controller = useRef<AbortController | null>(null)
  const exportButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const exporting = state.kind === 'exporting'

  // Leaving the page (or unmounting) mid-export must not leave an encoder running.
  useEffect(() => () => controller.current?.abort(), [])

  // The button that was pressed disappears when the state flips: keep keyboard focus on its replacement.
  const wasExporting = useRef(false)
  useEffect(() => {
    if (exporting === wasExporting.current) return
    wasExporting.current = exporting
    const focusLost = document.activeElement === null || document.activeElement === document.body
    if (focusLost) (exporting ? cancelButton : exportButton).current?.focus()
  }, [exporting])

  const encode = async (abort: AbortController, player: PlayerEngine) => {
    setState({ kind: 'exporting', done: 0, total: 0, realTime: false })
    await player.preloadAll()
    const content = player.frameContent()
    // The synthesizer is its own chunk, loaded only for an export with music on.
    const [{ exportVideo }, soundtrack] = await Promise.all([
      import('./export/encode.ts'),
      music && music.level > 0 ? import('./music/render.ts') : null,
    ])
    const { timeline } = content
    const outcome = await exportVideo({
      scenes,
      content,
      extraSources:
        soundtrack && music
          ? (context, bus) =>
              soundtrack.addMusic(context, bus, {
                ...music.settings,
                levelPercent: music.level,
                durationSec: timeline.totalSec,
                speech: soundtrack.speechSpans(scenes, timeline.startsSec),
              })
          : undefined,
      format,
      size: exportSize(aspect, resolution),
      signal: abort.signal,
      onProgress: (done, total) => setState({ kind: 'exporting', done, total, realTime: false }),
    })
    if (outcome.kind === 'done') {
      const fileName = exportFileName(title, outcome.extension)
      downloadBlob(outcome.blob, fileName)
      setState({ kind: 'done', fileName, silentClips: outcome.missingAudio })
    } else {
      setState(outcome.kind === 'error' ? outcome : { kind: 'idle' })
    }
  }

  const record = async (abort: AbortController, player: PlayerEngine, target: HTMLCanvasElement) => {
    setState({ kind: 'exporting', done: 0, total: 100, realTime: true })
    onRecordingChange(true)
    try {
      const { recordStoryboard } = await import('./record.ts')
      const outcome = await recordStoryboard({
        canvas: target,
        engine: player,
        signal: abort.signal,
        onProgress: (fraction) => {
          const done = Math.min(100, Math.round(fraction * 100))
          setState((previous) =>
            previous.kind === 'exporting' && previous.done === done ? previous : { kind: 'exporting', done, total: 100, realTime: true },
          )
        },
      })
      if (outcome.kind === 'done') {
        const fileName = exportFileName(title)
        downloadBlob(outcome.blob, fileName)
        setState({ kind: 'done', fileName, silentClips: 0 })
      } else {
        setState(outcome.kind === 'error' ? outcome : { kind: 'idle' })
      }
    } finally {
      onRecordingChange(false)
    }
  }

  const start = async () => {
    const target = canvas()
    if (!engine || !target || controller.current) return
    const abort = new AbortController()
    controller.current = abort
    try {
      await (hasWebCodecs() ? encode(abort, engine) : record(abort, engine, target))
    } catch (error) {
      // Expected failures come back as values; anything else is still shown, not thrown.
      setState({ kind: 'error', problem: 'encode', detail: describeError(error) })
    } finally {
      controller.current = null
    }
  }

  const percent = exporting && state.total > 0 ? Math.round((state.done / state.total) * 100) : 0
  const status = exporting
    ? state.realTime
      ? messages.realTime
      : state.total > 0
        ? fill(messages.encoding, { done: state.done, total: state.total })
        : messages.preparing
    : state.kind === 'done'
      ? fill(messages.downloaded, { file: state.fileName }) +
        (state.silentClips > 0 ? ` ${counted(messages.silentClips, uiLanguage, state.silentClips)}` : '')
      : ''

  return (
    <div class="player-export">
      {exporting ? (
        <>
          <progress class="player-progress" max={Math.max(1, state.total)} value={state.done} aria-label={messages.exportProgress} />
          <span class="player-percent">{percent}%</span>
          <button ref={cancelButton} type="button" class="btn" onClick={() => controller.current?.abort()}>
            {messages.cancel}
          </button>
        </>
      ) : (
        <>
          <label class="player-option">
            <span>{messages.format}</span>
            <select
              class="player-format"
              value={format}
              disabled={!engine}
              onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
            >
              {EXPORT_FORMATS.map((name) => (
                <option value={name}>{FORMAT_LABELS[name]}</option>
              ))}
            </select>
          </label>
          <label class="player-option">
            <span>{messages.quality}</span>
            <select
              class="player-resolution"
              value={resolution}
              disabled={!engine}
              onChange={(event) => setResolution(event.currentTarget.value as Resolution)}
            >
              {RESOLUTIONS.map((name) => (
                <option value={name}>{name}</option>
              ))}
            </select>
          </label>
          <button ref={exportButton} type="button" class="btn btn-primary" disabled={!engine} onClick={start}>
            {messages.export}
          </button>
        </>
      )}
      <p class="player-status muted" role="status">
        {status}
      </p>
      {state.kind === 'error' && (
        <p class="player-error" role="alert">
          {fill(messages.problems[state.problem], { format: state.format ?? '', detail: state.detail ?? '' })}
        </p>
      )}
    </div>
  )
}
