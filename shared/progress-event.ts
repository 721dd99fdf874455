/**
 * A generation's progress as the worker publishes it, the events stream sends it, other replicas
 * receive it over Redis and the GenerationProgress island reads it (by type only: no zod in the
 * page). The one definition of that shape.
 */
import { z } from 'zod'
import { FAILURE_CODES } from './failure.ts'

/** A scene's narration: still being spoken (or queued for a speech worker), spoken, or failed. */
export const NARRATION_STATUSES = ['pending', 'ready', 'failed'] as const
export type NarrationStatus = (typeof NARRATION_STATUSES)[number]

/**
 * Machine-readable steps, for the UI to translate. `scene-written`, `scene-narrated` and
 * `scene-failed` are per scene and may interleave while the storyboard is still being written:
 * a scene's narration starts as soon as the AI has finished writing it.
 */
export const PROGRESS_STEPS = [
  'queued',
  'script',
  'scene',
  'scene-written',
  'scene-narrated',
  'scene-failed',
  'narration',
  'posters',
  'done',
  'failed',
] as const
export type ProgressStep = (typeof PROGRESS_STEPS)[number]

export const progressEventSchema = z.object({
  videoId: z.string(),
  jobId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  step: z.enum(PROGRESS_STEPS),
  /** Human-readable step, e.g. "Scene 2 of 6" (the page shows its own translation). */
  label: z.string(),
  /** 1-based: the scene being written ('scene') or narrated ('narration'). */
  scene: z.object({ index: z.number().int(), total: z.number().int() }).optional(),
  /**
   * 1-based: the scene a per-scene step ('scene-written', 'scene-narrated', 'scene-failed') is about.
   * No total beside it: while the storyboard is being written nobody knows it yet.
   */
  sceneIndex: z.number().int().min(1).optional(),
  /** Every scene's narration so far, in order (while writing: the scenes written so far), so a page can mark each one. */
  narration: z.array(z.enum(NARRATION_STATUSES)).optional(),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  /** Why it failed (status `failed`): the page shows its own translation. */
  failure: z.enum(FAILURE_CODES).optional(),
  /** The failure in English, for API clients; never the upstream's address or raw parser output. */
  error: z.string().optional(),
  at: z.number(),
})
export type ProgressEvent = z.infer<typeof progressEventSchema>
