import { afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acquireDataDirLock, DataDirLockedError, lockPathFor } from './data-dir-lock.ts'

/** The lock on a real file system; "other processes" are PIDs: this test's own parent (alive) and a child that has exited. */

let dir: string
let path: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reelsmith-lock-'))
  path = join(dir, 'reelsmith.db.lock')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const livePid = process.ppid
const exitedPid = async () => {
  const child = Bun.spawn({ cmd: ['true'], stdout: 'ignore', stderr: 'ignore' })
  await child.exited
  return child.pid
}

describe('acquireDataDirLock', () => {
  test('writes the holder’s PID, and leaves no temporary file behind', () => {
    acquireDataDirLock(path, 4242)
    expect(readFileSync(path, 'utf8')).toBe('4242\n')
    expect(readdirSync(dir)).toEqual(['reelsmith.db.lock'])
  })

  test('a second process is refused with the path and the holder’s PID; the lock stays the holder’s', () => {
    acquireDataDirLock(path, livePid)
    let refused: unknown
    try {
      acquireDataDirLock(path, process.pid)
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(DataDirLockedError)
    expect((refused as DataDirLockedError).message).toContain(path)
    expect((refused as DataDirLockedError).message).toContain(`process ${livePid}`)
    expect((refused as DataDirLockedError).pid).toBe(livePid)
    expect(readFileSync(path, 'utf8')).toBe(`${livePid}\n`)
  })

  test('a lock left by a process that is gone is taken over', async () => {
    writeFileSync(path, `${await exitedPid()}\n`)
    acquireDataDirLock(path, process.pid)
    expect(readFileSync(path, 'utf8')).toBe(`${process.pid}\n`)
    expect(readdirSync(dir)).toEqual(['reelsmith.db.lock'])
  })

  test('a lock naming this very PID (a restarted container is PID 1 again) or nothing readable is taken over', () => {
    for (const content of [`${process.pid}\n`, '', 'garbage']) {
      writeFileSync(path, content)
      acquireDataDirLock(path, process.pid)
      expect(readFileSync(path, 'utf8')).toBe(`${process.pid}\n`)
    }
  })

  test('release removes the lock, so the next process starts; it never removes another holder’s lock', () => {
    const lock = acquireDataDirLock(path, process.pid)
    lock.release()
    expect(existsSync(path)).toBe(false)
    acquireDataDirLock(path, livePid)
    lock.release()
    expect(readFileSync(path, 'utf8')).toBe(`${livePid}\n`)
  })

  test('creates the directory when it does not exist yet', () => {
    const nested = join(dir, 'a', 'b', 'reelsmith.db.lock')
    acquireDataDirLock(nested, process.pid)
    expect(readFileSync(nested, 'utf8')).toBe(`${process.pid}\n`)
  })
})

describe('lockPathFor', () => {
  test('a SQLite file is locked beside itself; Postgres and in-memory SQLite need no lock', () => {
    expect(lockPathFor({ dialect: 'sqlite', filename: '/srv/data/reelsmith.db' })).toBe('/srv/data/reelsmith.db.lock')
    expect(lockPathFor({ dialect: 'sqlite', filename: ':memory:' })).toBeUndefined()
    expect(lockPathFor({ dialect: 'postgres', url: 'postgres://localhost/reelsmith' })).toBeUndefined()
  })
})
