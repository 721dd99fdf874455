import { useEffect, useState } from 'preact/hooks'
import type { FailureCode } from '../shared/failure.ts'
import type { ProgressEvent, ProgressStep } from '../shared/progress-event.ts'

/** What the island reads of the server's progress event (shared/progress-event.ts). */
type Progress = Pick<ProgressEvent, 'status' | 'step' | 'scene' | 'sceneIndex' | 'narration' | 'progress' | 'failure' | 'error'>

/** Per step; `{index}` and `{total}` are filled in. */
type Labels = Record<ProgressStep, string> & {
  reconnecting: string
  /** Per scene, e.g. "Scene {index}": the list that marks each scene's narration. */
  sceneName: string
  narrationStatus: { pending: string; ready: string; failed: string }
  /** Why a video failed, per code, in the page's language. */
  failures: Record<FailureCode, string>
}
type Props = { videoId: string; initial: Progress | null; labels: Labels }

const labelFor = (progress: Progress, labels: Labels) => {
  const index = progress.scene?.index ?? progress.sceneIndex
  const total = progress.scene?.total
  return labels[progress.step].replace('{index}', index === undefined ? '' : String(index)).replace('{total}', String(total ?? ''))
}

/**
 * Follows a video's generation over Server-Sent Events, with each scene's narration as it goes
 * (scenes are narrated while the rest of the script is still being written). The server sends the job's current state
 * first on every (re)connection, so a dropped connection resumes where the job is, not where it was.
 * When the video is done (or failed) the page reloads to show it.
 */
export default function GenerationProgress({ videoId, initial, labels }: Props) {
  const [progress, setProgress] = useState<Progress>(initial ?? { status: 'queued', step: 'queued', progress: 0 })
  const [connected, setConnected] = useState(true)

  useEffect(() => {
    const source = new EventSource(`/api/videos/${encodeURIComponent(videoId)}/events`)
    source.addEventListener('progress', (message) => {
      const next = JSON.parse((message as MessageEvent<string>).data) as Progress
      setConnected(true)
      setProgress(next)
      if (next.status === 'done' || next.status === 'failed') {
        source.close()
        setTimeout(() => location.reload(), next.status === 'done' ? 400 : 1200)
      }
    })
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN)
    return () => source.close()
  }, [videoId])

  const percent = Math.round(progress.progress * 100)
  return (
    <div class={`progress progress-${progress.status}`}>
      <div
        class="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={labelFor(progress, labels)}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="progress-label" aria-live="polite">
        <span>{labelFor(progress, labels)}</span> <span class="muted">{percent}%</span>
      </p>
      {progress.narration && (
        <ol class="narration-list small">
          {progress.narration.map((status, index) => (
            <li key={index} class={`narration-${status}`}>
              {labels.sceneName.replace('{index}', String(index + 1))}: {labels.narrationStatus[status]}
            </li>
          ))}
        </ol>
      )}
      {progress.status === 'failed' && (
        <p class="error" role="alert">
          {labels.failures[progress.failure ?? 'internal']}
        </p>
      )}
      {!connected && <p class="muted small">{labels.reconnecting}</p>}
    </div>
  )
}
