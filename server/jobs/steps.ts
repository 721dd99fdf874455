import type { GenerationJob } from '../db/model.ts'
import type { ProgressEvent } from './progress.ts'

/**
 * A job's step is stored as a short machine string (`script`, `scene:2/6`, `posters` …) so a stream
 * that reconnects can rebuild the same event the worker last published.
 */
export const stepFor = {
  script: 'script',
  scene: (index: number, total: number) => `scene:${index}/${total}`,
  posters: 'posters',
} as const

const LABELS = {
  queued: 'Waiting for a free writer',
  script: 'Writing the script',
  posters: 'Saving scenes and posters',
  done: 'Done',
} as const

export const labelForScene = (index: number, total: number) => `Scene ${index} of ${total}`

/** The progress event a job row stands for: what a reconnecting page resumes from. */
export const eventFromJob = (job: GenerationJob, at: number): ProgressEvent => {
  const base = { videoId: job.videoId, jobId: job.id, progress: job.progress, at }
  if (job.status === 'done') return { ...base, status: 'done', step: 'done', label: LABELS.done, progress: 1 }
  if (job.status === 'failed') {
    return { ...base, status: 'failed', step: 'failed', label: 'Failed', error: job.error ?? 'The generation failed.' }
  }
  if (job.status === 'queued') return { ...base, status: 'queued', step: 'queued', label: LABELS.queued }
  const scene = /^scene:(\d+)\/(\d+)$/.exec(job.step)
  if (scene) {
    const [index, total] = [Number(scene[1]), Number(scene[2])]
    return { ...base, status: 'running', step: 'scene', label: labelForScene(index, total), scene: { index, total } }
  }
  if (job.step === stepFor.posters) return { ...base, status: 'running', step: 'posters', label: LABELS.posters }
  return { ...base, status: 'running', step: 'script', label: LABELS.script }
}

export const STEP_LABELS = LABELS
