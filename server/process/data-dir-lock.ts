/**
 * One process per SQLite file. Each process caches database reads and sessions in its own memory
 * and nothing tells a second process on the same file about the first one's writes: it would keep
 * serving a video made private, or a session signed out, from its cache. So a process holds a lock
 * file beside the database for as long as it runs, and a second one refuses to start.
 *
 * Bun has no flock(), so the lock is a file holding the holder's PID, created atomically
 * (link() fails when the name exists, and the content is complete before the name appears). A lock
 * whose PID is not running is stale (a crash, a SIGKILL) and is taken over.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { resolveLocation, type DatabaseLocation } from '../db/dialect.ts'

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(`${path} is held by process ${pid}: another Reelsmith runs on this data directory (stop it, or give this one its own DATA_DIR)`)
  }
}

export type DataDirLock = { readonly path: string; release(): void }

/** The lock for a SQLite database, beside its file; nothing for Postgres or an in-memory database. */
export const lockPathFor = (location: DatabaseLocation): string | undefined =>
  location.dialect === 'sqlite' && location.filename !== ':memory:' ? `${location.filename}.lock` : undefined

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code

/** The lock file's text, undefined when it is gone. */
const readLock = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

/** The holder's PID; NaN when the text names none (a lock written by something else). */
const pidOf = (text: string) => {
  const pid = Number.parseInt(text, 10)
  return pid > 0 ? pid : Number.NaN
}

/** Signal 0 checks without signalling; EPERM means it runs under another user. Our own PID is a leftover (a container restarts as PID 1). */
const isRunning = (pid: number, ownPid: number) => {
  if (Number.isNaN(pid) || pid === ownPid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

const removeQuietly = (path: string) => {
  try {
    unlinkSync(path)
  } catch {
    // Already gone.
  }
}

/**
 * Takes the lock at `path` for this process, or throws {@link DataDirLockedError} naming the holder.
 * A stale lock is first renamed aside, which only one of several starting processes can do.
 */
export const acquireDataDirLock = (path: string, ownPid: number = process.pid): DataDirLock => {
  mkdirSync(dirname(path), { recursive: true })
  const draft = `${path}.${ownPid}.tmp`
  writeFileSync(draft, `${ownPid}\n`)
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, path)
        return { path, release: () => readLock(path) === `${ownPid}\n` && removeQuietly(path) }
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error
      }
      const text = readLock(path)
      if (text === undefined) continue
      const holder = pidOf(text)
      if (isRunning(holder, ownPid)) throw new DataDirLockedError(path, holder)
      const aside = `${path}.${ownPid}.stale`
      try {
        renameSync(path, aside)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue
        throw error
      }
      // Between our read and the rename another process may have taken over: put its lock back.
      if (readLock(aside) !== text) {
        try {
          linkSync(aside, path)
        } catch {
          // A third process holds the name now; the next attempt reads it.
        }
      }
      removeQuietly(aside)
    }
    throw new Error(`${path}: could not take the lock (other processes keep taking it over)`)
  } finally {
    removeQuietly(draft)
  }
}

/**
 * For `serve`, before the database is opened: the lock of the configured SQLite file (undefined for
 * Postgres or an in-memory database). Throws DataDirLockedError when another process holds it.
 */
export const holdDataDir = (config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DataDirLock | undefined => {
  const path = lockPathFor(resolveLocation(config.DATABASE_URL, config.DATA_DIR))
  return path ? acquireDataDirLock(path) : undefined
}
