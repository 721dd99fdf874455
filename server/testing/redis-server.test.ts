import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { connect } from 'node:net'
import { redisServerBinaryOrSkip, startRedisServer, type RedisServer } from './redis-server.ts'

/** Sends one inline command and returns the raw reply (first packet), or an error name. */
const send = (port: number, command: string, timeoutMs = 300): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    const done = (reply: string) => {
      socket.destroy()
      resolve(reply)
    }
    socket.setTimeout(timeoutMs, () => done('TIMEOUT'))
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'ERROR'))
    socket.once('connect', () => socket.write(`${command}\r\n`))
    socket.once('data', (data) => done(data.toString().trimEnd()))
  })

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('redisServerBinaryOrSkip', () => {
  const missing = () => undefined

  test('fails on CI when the binary is missing, instead of skipping', () => {
    expect(() => redisServerBinaryOrSkip({ CI: 'true' }, missing)).toThrow('required on CI')
  })

  test('skips (returns undefined) elsewhere when the binary is missing', () => {
    expect(redisServerBinaryOrSkip({}, missing)).toBeUndefined()
  })

  test('returns the binary when there is one', () => {
    expect(redisServerBinaryOrSkip({ CI: 'true' }, () => '/x/redis-server')).toBe('/x/redis-server')
  })
})

const binary = redisServerBinaryOrSkip()

describe.skipIf(!binary)('startRedisServer', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedisServer({ binary })
  })
  afterAll(() => redis.stop())

  test('listens on a loopback port and answers PING', async () => {
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`)
    expect(await send(redis.port, 'PING')).toBe('+PONG')
  })

  test('persists nothing to disk', async () => {
    // RESP: the array [ "save", "" ] — an empty save schedule means no RDB snapshots.
    expect(await send(redis.port, 'CONFIG GET save')).toBe('*2\r\n$4\r\nsave\r\n$0')
    expect(await send(redis.port, 'CONFIG GET appendonly')).toBe('*2\r\n$10\r\nappendonly\r\n$2\r\nno')
  })

  test('kill() ends the process, restart() brings it back on the same port with a new pid', async () => {
    const before = redis.pid
    await redis.kill()
    expect(isAlive(before)).toBe(false)
    expect(await send(redis.port, 'PING')).toBe('ECONNREFUSED')
    await redis.restart()
    expect(redis.pid).not.toBe(before)
    expect(await send(redis.port, 'PING')).toBe('+PONG')
  })

  test('pause() makes it hang without closing connections; resume() wakes it', async () => {
    redis.pause()
    expect(await send(redis.port, 'PING', 200)).toBe('TIMEOUT')
    redis.resume()
    expect(await send(redis.port, 'PING')).toBe('+PONG')
  })

  test('stop() ends the process and is idempotent', async () => {
    const other = await startRedisServer({ binary })
    const pid = other.pid
    await other.stop()
    await other.stop()
    expect(isAlive(pid)).toBe(false)
  })
})
