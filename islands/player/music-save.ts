import { createVideoRequest } from '../editor/api.ts'
import { videoEtag } from '../state/video-etag.ts'

/** Where the owner's choice goes: the video, the session's CSRF token and the ETag the page was rendered with. */
export type MusicOwner = { videoId: string; csrfToken: string; etag: string }

export type MusicSaveTimer = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void }

export type MusicSaveOptions = MusicOwner & {
  fetch?: typeof fetch
  timer?: MusicSaveTimer
  /** A slider sends many values in a drag: only the last one after this pause is saved. */
  delayMs?: number
  /** 'saved' or 'failed' (the level still plays on this page; the stored one stays as it was). */
  onResult?: (result: 'saved' | 'failed') => void
}

const browserTimer: MusicSaveTimer = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as number) }

/**
 * Saves the owner's music level from the player with `PATCH /api/videos/:id { music }`. If-Match is
 * the newest ETag any island on the page holds (islands/state/video-etag.ts); the answer's ETag is
 * shared back, marked as not touching the storyboard, so the editor keeps saving without a
 * conflict. A 412 (another tab changed the video) reads the current ETag and tries once more: a
 * music level is a setting, not words someone could lose.
 */
export const createMusicSaver = (options: MusicSaveOptions) => {
  const { timer = browserTimer, delayMs = 600, onResult } = options
  const request = createVideoRequest(options.videoId, options.csrfToken, options.fetch)
  let waiting: unknown = null
  let chain = Promise.resolve()

  const patch = (level: number, etag: string) => request<unknown>('', { method: 'PATCH', body: { music: { level } }, etag })

  const send = async (level: number) => {
    let sent = videoEtag.get()?.etag ?? options.etag
    let answer = await patch(level, sent)
    if (!answer.ok && answer.problem.status === 412) {
      const current = await request<unknown>('')
      if (current.ok && current.etag) {
        sent = current.etag
        answer = await patch(level, sent)
      }
    }
    if (!answer.ok || !answer.etag) return onResult?.('failed')
    videoEtag.set({ etag: answer.etag, replaced: sent, storyboardChanged: false })
    onResult?.('saved')
  }

  return {
    /** The level (0 = off) to store, after the pause; saves run one after another, in order. */
    save(level: number) {
      if (waiting !== null) timer.clear(waiting)
      waiting = timer.set(() => {
        waiting = null
        chain = chain.then(() => send(level))
      }, delayMs)
    },
    /** Resolves when every save asked for so far has finished (tests, page unload). */
    settled: () => chain,
  }
}
