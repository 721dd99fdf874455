/**
 * The memory alert: RSS above `MEMORY_ALERT_MB` turns the state to `high` (shown by /healthz and
 * the dashboard) and logs a warning, repeated at most once per `repeatMs` while it stays high; it
 * clears, with one info line, when RSS falls back under the limit.
 *
 * It clears a little under the limit (`clearRatio`): RSS hovering at the line would otherwise
 * flip the state every second. The warning's rate limit holds across such flips too.
 */
import type { Logger } from '../log.ts'

export type MemoryState = 'ok' | 'high'

export interface MemoryAlertOptions {
  limitBytes: number
  logger: Logger
  /** Epoch ms. @default Date.now */
  now?: () => number
  /** At most one warning per this many ms. @default 60_000 */
  repeatMs?: number
  /** Back to `ok` at or below limit × this. @default 0.95 */
  clearRatio?: number
}

const MB = 1024 * 1024
const toMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10

/**
 * A default for `MEMORY_ALERT_MB` from the cache budget: 256 MB for the runtime and app (the
 * compiled binary measured 50 MB idle and 61 MB after 600 page requests; the rest is headroom for
 * bursts of SSR and GC lag) plus twice the L1 budget, since the JS heap holding cached values takes
 * more than the bytes the cache counts. 64 MB of cache (the default) → 384 MB.
 */
export const defaultMemoryAlertMb = (cacheMemoryMb: number): number => 256 + 2 * cacheMemoryMb

export type MemoryAlert = ReturnType<typeof createMemoryAlert>

export const createMemoryAlert = (options: MemoryAlertOptions) => {
  const { limitBytes, logger } = options
  if (!(limitBytes > 0)) throw new TypeError('limitBytes must be > 0')
  const now = options.now ?? Date.now
  const repeatMs = options.repeatMs ?? 60_000
  const clearBytes = limitBytes * (options.clearRatio ?? 0.95)
  let state: MemoryState = 'ok'
  let lastWarningAt = -Infinity
  let highSince = 0

  return {
    limitBytes,
    get state(): MemoryState {
      return state
    },
    /** Feeds one RSS reading (every second); returns the state after it. */
    check(rssBytes: number): MemoryState {
      const at = now()
      if (rssBytes > limitBytes) {
        if (state === 'ok') highSince = at
        state = 'high'
        if (at - lastWarningAt >= repeatMs) {
          lastWarningAt = at
          logger.warn('memory above the alert limit', {
            rssMb: toMb(rssBytes),
            limitMb: toMb(limitBytes),
            highForSec: Math.round((at - highSince) / 1000),
          })
        }
      } else if (state === 'high' && rssBytes <= clearBytes) {
        state = 'ok'
        logger.info('memory back under the alert limit', {
          rssMb: toMb(rssBytes),
          limitMb: toMb(limitBytes),
          highForSec: Math.round((at - highSince) / 1000),
        })
      }
      return state
    },
  }
}
