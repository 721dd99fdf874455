import type { Store } from './store.ts'

/**
 * The newest storyboard ETag an island on this page wrote for the page's video, and the one that
 * write replaced. The editor and the player both write to the video with If-Match: each sends the
 * newest ETag here, so one island's save does not make the other's next save stale. An island takes
 * over another's ETag only when that write replaced the very ETag it holds and did not touch the
 * storyboard (`storyboardChanged` false): then nothing it shows changed in between.
 */
export type VideoEtagWrite = { etag: string; replaced: string | null; storyboardChanged: boolean }

const changes = new EventTarget()
let latest: VideoEtagWrite | null = null

/**
 * A {@link Store} on the platform's EventTarget rather than `createStore`: importing store.ts here
 * would move it out of the home page's shared chunk into one of its own (+0.14 KB gzip on the home
 * page's critical path, over its budget), since only the video page's islands reach this file.
 */
export const videoEtag: Store<VideoEtagWrite | null> = {
  get: () => latest,
  set: (next) => {
    if (Object.is(next, latest)) return
    latest = next
    changes.dispatchEvent(new Event('change'))
  },
  subscribe: (listener) => {
    changes.addEventListener('change', listener)
    return () => changes.removeEventListener('change', listener)
  },
}

/** `"v12"` → 12 (server/http/if-match.ts writes them so); null for any other tag. */
export const versionOfEtag = (etag: string): number | null => {
  const match = /^"v(\d+)"$/.exec(etag)
  return match ? Number(match[1]) : null
}
