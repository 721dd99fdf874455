import { z } from 'zod'
import { NARRATION_STATUSES } from '../db/model.ts'

/** One step of a generation, as the page's progress bar and other replicas receive it. */
export const progressEventSchema = z.object({
  videoId: z.string(),
  jobId: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Machine-readable step, for the UI to translate. */
  step: z.enum(['queued', 'script', 'scene', 'narration', 'posters', 'done', 'failed']),
  /** Human-readable step, e.g. "Scene 2 of 6". */
  label: z.string(),
  /** 1-based: the scene being written ('scene') or narrated ('narration'). */
  scene: z.object({ index: z.number().int(), total: z.number().int() }).optional(),
  /** With 'narration': every scene's narration so far, in order, so a page can mark each one. */
  narration: z.array(z.enum(NARRATION_STATUSES)).optional(),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  error: z.string().optional(),
  at: z.number(),
})
export type ProgressEvent = z.infer<typeof progressEventSchema>
export type ProgressListener = (event: ProgressEvent) => void

/** Carries events between replicas (Redis pub/sub); absent on a single machine. */
export type ProgressTransport = {
  publish(event: ProgressEvent): void
  onMessage(listener: ProgressListener): void
}

/**
 * Fans generation progress out to the streams watching a video, in this process and, through the
 * transport, in the others. Listeners are per video, so a busy server does no work for videos nobody
 * watches.
 */
export class ProgressBus {
  #listeners = new Map<string, Set<ProgressListener>>()
  #transport: ProgressTransport | undefined

  constructor(options: { transport?: ProgressTransport } = {}) {
    this.#transport = options.transport
    this.#transport?.onMessage((event) => this.#deliver(event))
  }

  /** @returns a function that unsubscribes */
  subscribe(videoId: string, listener: ProgressListener): () => void {
    let set = this.#listeners.get(videoId)
    if (!set) this.#listeners.set(videoId, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.#listeners.delete(videoId)
    }
  }

  publish(event: ProgressEvent) {
    this.#deliver(event)
    this.#transport?.publish(event)
  }

  /** Watched videos, for metrics and tests. */
  get watchedVideos() {
    return this.#listeners.size
  }

  #deliver(event: ProgressEvent) {
    const set = this.#listeners.get(event.videoId)
    if (!set) return
    for (const listener of [...set]) listener(event)
  }
}
