import type { SessionRepo } from '../db/index.ts'
import type { Logger } from '../log.ts'

/** Sessions last days; an hour between sweeps keeps the table at about the live ones for the cost of one indexed DELETE. */
export const SESSION_PURGE_EVERY_MS = 60 * 60_000

/**
 * Deletes expired sessions now and then every `everyMs` (they are already refused when read; this
 * only keeps the table from growing). @returns stop
 */
export const startSessionPurge = (options: {
  sessions: Pick<SessionRepo, 'deleteExpired'>
  logger: Logger
  everyMs?: number
}): (() => void) => {
  const purge = () =>
    options.sessions.deleteExpired().then(
      (removed) => removed && options.logger.info('expired sessions removed', { removed }),
      (error: unknown) => options.logger.warn('removing expired sessions failed', { error }),
    )
  void purge()
  const timer = setInterval(purge, options.everyMs ?? SESSION_PURGE_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
