import type { GenerationJob, NarrationStatus } from '../db/model.ts'
import { failureCodeOf } from '../../shared/failure.ts'
import { en } from '../i18n/en.ts'
import type { ProgressEvent } from './progress.ts'

/**
 * A job's step is stored as a short machine string (`script`, `scene:2/6`, `posters` …) so a stream
 * that reconnects can rebuild the same event the worker last published.
 */
export const stepFor = {
  script: 'script',
  scene: (index: number, total: number) => `scene:${index}/${total}`,
  /** `narration:2/6:rrpppp`: narrating scene 2 of 6, one letter per scene's status. */
  narration: (index: number, statuses: readonly NarrationStatus[]) =>
    `narration:${index}/${statuses.length}:${statuses.map((status) => STATUS_LETTERS[status]).join('')}`,
  posters: 'posters',
  /** `scene-narrated:2:rrp`: scene 2 was just narrated, one letter per scene written so far. */
  sceneEvent: (kind: SceneEventStep, index: number, statuses: readonly NarrationStatus[]) =>
    `${kind}:${index}:${statuses.map((status) => STATUS_LETTERS[status]).join('')}`,
} as const

/** The per-scene steps, published while the storyboard is still being written. */
export type SceneEventStep = 'scene-written' | 'scene-narrated' | 'scene-failed'

const STATUS_LETTERS: Record<NarrationStatus, string> = { pending: 'p', ready: 'r', failed: 'f' }
const LETTER_STATUSES: Record<string, NarrationStatus> = { p: 'pending', r: 'ready', f: 'failed' }

const LABELS = {
  queued: 'Waiting for a free writer',
  script: 'Writing the script',
  posters: 'Saving scenes and posters',
  done: 'Done',
} as const

export const labelForScene = (index: number, total: number) => `Scene ${index} of ${total}`
export const labelForNarration = (index: number, total: number) => `Narrating scene ${index} of ${total}`
const SCENE_EVENT_LABELS: Record<SceneEventStep, (index: number) => string> = {
  'scene-written': (index) => `Scene ${index} written`,
  'scene-narrated': (index) => `Scene ${index} narrated`,
  'scene-failed': (index) => `Scene ${index} could not be narrated`,
}
export const labelForSceneEvent = (kind: SceneEventStep, index: number) => SCENE_EVENT_LABELS[kind](index)

/** The progress event a job row stands for: what a reconnecting page resumes from. */
export const eventFromJob = (job: GenerationJob, at: number): ProgressEvent => {
  const base = { videoId: job.videoId, jobId: job.id, progress: job.progress, at }
  if (job.status === 'done') return { ...base, status: 'done', step: 'done', label: LABELS.done, progress: 1 }
  if (job.status === 'failed') {
    const failure = failureCodeOf(job.error)
    return { ...base, status: 'failed', step: 'failed', label: 'Failed', failure, error: en.failures[failure] }
  }
  if (job.status === 'queued') return { ...base, status: 'queued', step: 'queued', label: LABELS.queued }
  const scene = /^scene:(\d+)\/(\d+)$/.exec(job.step)
  if (scene) {
    const [index, total] = [Number(scene[1]), Number(scene[2])]
    return { ...base, status: 'running', step: 'scene', label: labelForScene(index, total), scene: { index, total } }
  }
  const narration = /^narration:(\d+)\/(\d+):([prf]*)$/.exec(job.step)
  if (narration) {
    const [index, total] = [Number(narration[1]), Number(narration[2])]
    const statuses = [...narration[3]!].map((letter) => LETTER_STATUSES[letter]!)
    return {
      ...base,
      status: 'running',
      step: 'narration',
      label: labelForNarration(index, total),
      scene: { index, total },
      narration: statuses,
    }
  }
  const sceneEvent = /^(scene-written|scene-narrated|scene-failed):(\d+):([prf]*)$/.exec(job.step)
  if (sceneEvent) {
    const kind = sceneEvent[1] as SceneEventStep
    const sceneIndex = Number(sceneEvent[2])
    const statuses = [...sceneEvent[3]!].map((letter) => LETTER_STATUSES[letter]!)
    return { ...base, status: 'running', step: kind, label: labelForSceneEvent(kind, sceneIndex), sceneIndex, narration: statuses }
  }
  if (job.step === stepFor.posters) return { ...base, status: 'running', step: 'posters', label: LABELS.posters }
  return { ...base, status: 'running', step: 'script', label: LABELS.script }
}

export const STEP_LABELS = LABELS
