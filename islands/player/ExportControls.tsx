import { useEffect, useRef, useState } from 'preact/hooks'
import { hasWebCodecs, EXPORT_FORMATS, type ExportFormat } from './export/codecs.ts'
import { exportSize, RESOLUTIONS, type Resolution } from './export/sizes.ts'
import { downloadBlob } from './download.ts'
import type { PlayerEngine } from './engine.ts'
import { exportFileName } from './file-name.ts'
import type { PlayerAspect, PlayerScene } from './types.ts'

type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting'; done: number; total: number; realTime: boolean }
  | { kind: 'done'; fileName: string; note: string }
  | { kind: 'error'; message: string }

type Props = {
  title: string
  aspect: PlayerAspect
  scenes: readonly PlayerScene[]
  /** The engine exists only after hydration; null on the server and before. */
  engine: PlayerEngine | null
  canvas: () => HTMLCanvasElement | null
  /** Tells the player to lock its controls while a real-time recording plays (the fallback only). */
  onRecordingChange: (recording: boolean) => void
}

const FORMAT_LABELS: Record<ExportFormat, string> = { mp4: 'MP4', webm: 'WebM' }
const NO_WEBCODECS =
  'This browser has no WebCodecs, so the video is recorded in real time instead: WebM without sound. Keep this tab visible.'

/**
 * "Export video": encodes the storyboard frame by frame (MP4 or WebM, 720p or 1080p, with the
 * narration) and downloads it. Where WebCodecs is missing, it falls back to recording the canvas.
 */
export function ExportControls({ title, aspect, scenes, engine, canvas, onRecordingChange }: Props) {
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
    const { exportVideo } = await import('./export/encode.ts')
    const outcome = await exportVideo({
      scenes,
      content: player.frameContent(),
      format,
      size: exportSize(aspect, resolution),
      signal: abort.signal,
      onProgress: (done, total) => setState({ kind: 'exporting', done, total, realTime: false }),
    })
    if (outcome.kind === 'done') {
      const fileName = exportFileName(title, outcome.extension)
      downloadBlob(outcome.blob, fileName)
      const note = outcome.missingAudio > 0 ? ` (${outcome.missingAudio} narration clips could not be loaded and are silent)` : ''
      setState({ kind: 'done', fileName, note })
    } else {
      setState(outcome.kind === 'error' ? { kind: 'error', message: outcome.message } : { kind: 'idle' })
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
        setState({ kind: 'done', fileName, note: '' })
      } else {
        setState(outcome.kind === 'error' ? { kind: 'error', message: outcome.message } : { kind: 'idle' })
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
      setState({ kind: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` })
    } finally {
      controller.current = null
    }
  }

  const percent = exporting && state.total > 0 ? Math.round((state.done / state.total) * 100) : 0
  const status = exporting
    ? state.realTime
      ? NO_WEBCODECS
      : state.total > 0
        ? `Encoding frame ${state.done} of ${state.total}`
        : 'Preparing the narration…'
    : state.kind === 'done'
      ? `Downloaded ${state.fileName}${state.note}`
      : ''

  return (
    <div class="player-export">
      {exporting ? (
        <>
          <progress class="player-progress" max={Math.max(1, state.total)} value={state.done} aria-label="Export progress" />
          <span class="player-percent">{percent}%</span>
          <button ref={cancelButton} type="button" class="btn" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <label class="player-option">
            <span>Format</span>
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
            <span>Quality</span>
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
            Export video
          </button>
        </>
      )}
      <p class="player-status muted" role="status">
        {status}
      </p>
      {state.kind === 'error' && (
        <p class="player-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  )
}
