import { startPostgres, type PostgresServer } from './postgres-server.ts'

/**
 * One Postgres cluster per `bun test` process, shared by every storage test file: initdb and a
 * start cost seconds of CPU each, and a loaded machine pays that once instead of per file. Files
 * stay isolated by taking a fresh database each (`server.createDatabase()`).
 *
 * Started lazily by the first file that asks; stopped after the last test by the global
 * `afterAll` in server/testing/preload.ts (bunfig.toml preloads it; `bun test` fires no process
 * `exit` event, so nothing else would run). A caller that runs without that preload gets its own
 * cluster, stopped by its `release()`, so a cluster is never left behind.
 */
let shared: Promise<PostgresServer> | undefined
let teardownRegistered = false

export interface PostgresLease {
  readonly server: PostgresServer
  /** Call in afterAll: stops an unshared cluster, leaves the shared one to the process teardown. */
  release(): Promise<void>
}

/** Called once by the preload, which stops the shared cluster when the whole run is over. */
export const registerSharedPostgresTeardown = () => {
  teardownRegistered = true
}

export const acquirePostgres = async (binDir: string): Promise<PostgresLease> => {
  if (!teardownRegistered) {
    const server = await startPostgres({ binDir })
    return { server, release: () => server.stop() }
  }
  shared ??= startPostgres({ binDir })
  // A failed start is not cached: the next file tries again and reports its own error.
  const server = await shared.catch((error: unknown) => {
    shared = undefined
    throw error
  })
  return { server, release: async () => {} }
}

/** Stops the shared cluster if one was started (the preload's afterAll). */
export const stopSharedPostgres = async () => {
  const started = shared
  shared = undefined
  if (started) await (await started.catch(() => undefined))?.stop()
}
