import { constants } from 'node:fs'
import { access, chmod, mkdir, stat } from 'node:fs/promises'
import type { CommandIo } from '../cli/io.ts'
import { createLogger } from '../log.ts'

/** A start that cannot go on, said as what to change: `problem` names the variable, path or port. */
export class StartupError extends Error {
  override name = 'StartupError'
  constructor(
    message: string,
    readonly fields: { variable?: string; path?: string; port?: number; fix: string },
  ) {
    super(`${message}: ${fields.fix}`)
  }
}

/**
 * One line for a person on stderr, and the same as one JSON log line on stdout for the log
 * shipper (the logger's own sink, so the two orders hold when both go to the journal).
 */
export const reportStartupFailure = (io: CommandIo, error: StartupError | { message: string; fields?: Record<string, unknown> }) => {
  io.err(error.message)
  createLogger({ level: 'error' }).error('startup failed', { reason: error.message, ...('fields' in error && error.fields) })
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code

/**
 * DATA_DIR made (mode 0700: it holds the database and every account's password hash) and proven
 * writable, before anything else opens a file in it.
 */
export const prepareDataDir = async (dataDir: string): Promise<void> => {
  try {
    const existed = await stat(dataDir).then(
      () => true,
      () => false,
    )
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    if (!existed) await chmod(dataDir, 0o700)
    await access(dataDir, constants.W_OK)
  } catch (error) {
    const why = code(error) ?? (error instanceof Error ? error.message : String(error))
    throw new StartupError(`DATA_DIR ${dataDir} is not writable (${why})`, {
      variable: 'DATA_DIR',
      path: dataDir,
      fix: 'give this user write access to it, or set DATA_DIR to a writable directory (under systemd, StateDirectory= does both)',
    })
  }
}

/** Bun.serve's bind failures, in the operator's words. */
export const listenFailure = (error: unknown, host: string, port: number): StartupError | undefined => {
  const errno = code(error) ?? (/in use/i.test(error instanceof Error ? error.message : '') ? 'EADDRINUSE' : undefined)
  if (errno === 'EADDRINUSE')
    return new StartupError(`PORT ${port} on HOST ${host} is already in use`, {
      variable: 'PORT',
      port,
      fix: `stop the process listening there (ss -ltnp 'sport = :${port}') or set PORT to a free port`,
    })
  if (errno === 'EACCES')
    return new StartupError(`PORT ${port} on HOST ${host} needs privileges this process lacks`, {
      variable: 'PORT',
      port,
      fix: 'use a port above 1023 behind a TLS proxy (deploy/), or grant CAP_NET_BIND_SERVICE',
    })
  if (errno === 'EADDRNOTAVAIL' || errno === 'ENOTFOUND')
    return new StartupError(`HOST ${host} is not an address of this machine`, {
      variable: 'HOST',
      fix: 'set HOST to 0.0.0.0, 127.0.0.1 or one of its addresses',
    })
  return undefined
}
