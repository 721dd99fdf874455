import { DataDirLockedError, holdDataDir, type DataDirLock } from './data-dir-lock.ts'
import { StartupError } from './startup-error.ts'

/**
 * `serve --takeover`, the second half of a restart without a refused connection: this process
 * already listens beside the old one (both bind with SO_REUSEPORT), asks the lock's holder to stop
 * (SIGTERM: it stops accepting, drains and releases the lock), and takes the lock as soon as it is
 * free. Requests that reach this process meanwhile wait for it rather than fail.
 */
export const takeOverDataDir = async (
  config: { DATABASE_URL?: string | undefined; DATA_DIR: string },
  options: { timeoutMs: number; everyMs?: number },
): Promise<DataDirLock | undefined> => {
  let holder: DataDirLockedError
  try {
    return holdDataDir(config)
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    holder = error
  }
  process.kill(holder.pid, 'SIGTERM')
  const deadline = performance.now() + options.timeoutMs
  while (performance.now() < deadline) {
    await Bun.sleep(options.everyMs ?? 20)
    try {
      return holdDataDir(config)
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error
    }
  }
  throw new StartupError(`Process ${holder.pid} still holds ${holder.path} after ${options.timeoutMs} ms`, {
    path: holder.path,
    fix: 'it did not stop on SIGTERM: look at its log, stop it (kill PID), then start again',
  })
}
