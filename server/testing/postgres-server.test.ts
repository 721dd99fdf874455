import { afterAll, beforeAll, describe, expect, spyOn, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { SQL } from 'bun'
import { findPostgresBinDir, postgresBinDirForTests, startPostgres, type PostgresServer } from './postgres-server.ts'
import { acquirePostgres, type PostgresLease } from './shared-postgres.ts'

describe('finding Postgres', () => {
  test('POSTGRES_BIN_DIR wins, and must hold initdb and postgres', () => {
    expect(findPostgresBinDir({ POSTGRES_BIN_DIR: '/nonexistent' })).toBeNull()
    const found = findPostgresBinDir({})
    if (found) expect(findPostgresBinDir({ POSTGRES_BIN_DIR: found })).toBe(found)
  })

  test('missing Postgres fails in CI (a skipped suite would look green) and skips with a warning elsewhere', () => {
    expect(() => postgresBinDirForTests({ CI: 'true', POSTGRES_BIN_DIR: '/nonexistent' })).toThrow(/CI must run the Postgres tests/)
    const warn = spyOn(console, 'warn').mockImplementation(() => {})
    try {
      expect(postgresBinDirForTests({ POSTGRES_BIN_DIR: '/nonexistent' })).toBeNull()
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('Skipping Postgres tests'))
    } finally {
      warn.mockRestore()
    }
  })
})

const binDir = postgresBinDirForTests()

describe.skipIf(!binDir)('startPostgres', () => {
  let lease: PostgresLease
  let server: PostgresServer
  beforeAll(async () => {
    lease = await acquirePostgres(binDir!)
    server = lease.server
  })
  afterAll(() => lease.release())

  test('one cluster serves every file of a test run (the preload stops it after the last)', async () => {
    const again = await acquirePostgres(binDir!)
    expect(again.server).toBe(server)
    await again.release()
    expect(() => process.kill(server.pid, 0)).not.toThrow() // released, still running for the next file
  })

  test('listens on loopback with trust auth and creates fresh databases', async () => {
    expect(server.url).toBe(`postgres://postgres@127.0.0.1:${server.port}/postgres`)
    const first = await server.createDatabase()
    const second = await server.createDatabase()
    expect(first).not.toBe(second)
    const client = new SQL(first)
    try {
      const [row] = await client`SELECT current_database() AS name, current_user AS who`
      expect(row).toEqual({ name: first.split('/').pop(), who: 'postgres' })
    } finally {
      await client.close()
    }
  })

  test('refuses database names that are not plain identifiers', async () => {
    await expect(server.createDatabase('x"; DROP DATABASE postgres; --')).rejects.toThrow(TypeError)
  })

  test('stop ends the postmaster by PID and removes its files', async () => {
    const own = await startPostgres({ binDir: binDir! })
    expect(() => process.kill(own.pid, 0)).not.toThrow() // signal 0: "does it exist?"
    expect(existsSync(`${own.baseDir}/data/postmaster.pid`)).toBe(true)
    await own.stop()
    expect(() => process.kill(own.pid, 0)).toThrow()
    expect(existsSync(own.baseDir)).toBe(false)
    await own.stop() // idempotent
  })
})
