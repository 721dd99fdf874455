import { useEffect, useRef, useState } from 'preact/hooks'
import { downloadBlob } from './download.ts'
import type { PlayerEngine } from './engine.ts'
import { exportFileName } from './file-name.ts'
import { recordStoryboard } from './record.ts'

type ExportState =
  | { kind: 'idle' }
  | { kind: 'recording'; percent: number }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; message: string }

type Props = {
  title: string
  /** The engine and canvas exist only after hydration; null on the server and before. */
  engine: PlayerEngine | null
  canvas: () => HTMLCanvasElement | null
  /** Tells the player to lock its controls while the recording plays. */
  onRecordingChange: (recording: boolean) => void
}

/** "Export video": records the canvas while the storyboard plays once, then downloads a .webm file. */
export function ExportControls({ title, engine, canvas, onRecordingChange }: Props) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const exportButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const recording = state.kind === 'recording'

  // Leaving the page (or unmounting) mid-export must not leave a recorder running.
  useEffect(() => () => controller.current?.abort(), [])

  // The button that was pressed disappears when the state flips: keep keyboard focus on its replacement.
  const wasRecording = useRef(false)
  useEffect(() => {
    if (recording === wasRecording.current) return
    wasRecording.current = recording
    const focusLost = document.activeElement === null || document.activeElement === document.body
    if (focusLost) (recording ? cancelButton : exportButton).current?.focus()
  }, [recording])

  const start = async () => {
    const target = canvas()
    if (!engine || !target || controller.current) return
    const abort = new AbortController()
    controller.current = abort
    setState({ kind: 'recording', percent: 0 })
    onRecordingChange(true)
    try {
      const outcome = await recordStoryboard({
        canvas: target,
        engine,
        signal: abort.signal,
        onProgress: (fraction) => {
          const percent = Math.min(100, Math.round(fraction * 100))
          setState((previous) => (previous.kind === 'recording' && previous.percent === percent ? previous : { kind: 'recording', percent }))
        },
      })
      if (outcome.kind === 'done') {
        const fileName = exportFileName(title)
        downloadBlob(outcome.blob, fileName)
        setState({ kind: 'done', fileName })
      } else if (outcome.kind === 'error') {
        setState({ kind: 'error', message: outcome.message })
      } else {
        setState({ kind: 'idle' })
      }
    } catch (error) {
      // recordStoryboard reports expected failures as values; anything else is still shown, not thrown.
      setState({ kind: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` })
    } finally {
      controller.current = null
      onRecordingChange(false)
    }
  }

  return (
    <div class="player-export">
      {recording ? (
        <>
          <progress class="player-progress" max={100} value={state.percent} aria-label="Export progress" />
          <span class="player-percent">{state.percent}%</span>
          <button ref={cancelButton} type="button" class="btn" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </>
      ) : (
        <button ref={exportButton} type="button" class="btn btn-primary" disabled={!engine} onClick={start}>
          Export video
        </button>
      )}
      <p class="player-status muted" role="status">
        {recording ? 'Recording in real time: keep this tab visible.' : state.kind === 'done' ? `Downloaded ${state.fileName}` : ''}
      </p>
      {state.kind === 'error' && (
        <p class="player-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  )
}
