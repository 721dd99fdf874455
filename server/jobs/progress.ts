import type { ProgressEvent } from '../../shared/progress-event.ts'

export { progressEventSchema, type ProgressEvent } from '../../shared/progress-event.ts'
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
