/**
 * startBinary's contract, checked with tiny shell scripts standing in for the server: they log
 * what they see (environment, files) the way the real one logs, and behave well or badly on cue.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBinary } from './binary.ts'
import { ServerStartError } from './server-process.ts'
import { parseLogLine } from './lines.ts'

/** Logs `listening` with what it was given, then waits; SIGTERM makes it log `stopped` and exit 0. */
const WELL_BEHAVED = `#!/bin/sh
trap 'echo "{\\"msg\\":\\"stopped\\"}"; exit 0' TERM
echo '{"msg":"starting"}'
echo "{\\"msg\\":\\"listening\\",\\"url\\":\\"http://127.0.0.1:12345/\\",\\"port\\":\\"$PORT\\",\\"host\\":\\"$HOST\\",\\"leak\\":\\"$E2E_LEAK_CHECK\\",\\"extra\\":\\"$EXTRA\\",\\"files\\":\\"$(ls | tr '\\n' ' ')\\"}"
while :; do sleep 0.1; done
`
/** Ignores SIGTERM: stop() has to kill it. */
const STUBBORN = `#!/bin/sh
trap '' TERM
echo '{"msg":"listening","url":"http://127.0.0.1:12345/"}'
while :; do sleep 0.1; done
`
/** Fails like a bad configuration does: one line on stderr, exit 1. */
const BAD_CONFIG = `#!/bin/sh
echo 'Invalid configuration: PORT: expected number' >&2
exit 1
`
/** Never says it is listening. */
const MUTE = `#!/bin/sh
exec sleep 30
`

describe('startBinary', () => {
  let scripts: string
  const script = async (name: string, text: string) => {
    const path = join(scripts, name)
    await writeFile(path, text)
    await chmod(path, 0o755)
    return path
  }

  beforeAll(async () => {
    scripts = await mkdtemp(join(tmpdir(), 'reelsmith-harness-test-'))
  })
  afterAll(() => rm(scripts, { recursive: true, force: true }))

  test('runs a copy of the binary alone in a fresh directory, on port 0 on loopback, with a clean environment', async () => {
    process.env.E2E_LEAK_CHECK = 'from the parent'
    try {
      const server = await startBinary({ binary: await script('fake-server', WELL_BEHAVED), env: { EXTRA: 'given' } })
      try {
        const listening = server.logs.map(parseLogLine).find((entry) => entry?.msg === 'listening')
        expect(listening).toMatchObject({ port: '0', host: '127.0.0.1', leak: '', extra: 'given', files: 'fake-server ' })
        expect(server.url).toBe('http://127.0.0.1:12345')
        expect(server.logs[0]).toBe('{"msg":"starting"}')
        expect(existsSync(join(server.dir, 'fake-server'))).toBe(true)
      } finally {
        await server.stop()
      }
    } finally {
      delete process.env.E2E_LEAK_CHECK
    }
  })

  test('options.env overrides the defaults', async () => {
    const server = await startBinary({ binary: await script('fake-server', WELL_BEHAVED), env: { PORT: '4321' } })
    await server.stop()
    expect(server.logs.map(parseLogLine).find((entry) => entry?.msg === 'listening')).toMatchObject({ port: '4321' })
  })

  test('stop() sends SIGTERM, keeps the last lines, removes the directory, and is idempotent', async () => {
    const server = await startBinary({ binary: await script('fake-server', WELL_BEHAVED) })
    const first = server.stop()
    expect(server.stop()).toBe(first)
    expect(await first).toEqual({ exitCode: 0, signalCode: null, killed: false })
    expect(server.logs.at(-1)).toBe('{"msg":"stopped"}')
    expect(existsSync(server.dir)).toBe(false)
  })

  test('stop() kills by PID what ignores SIGTERM, after stopTimeoutMs', async () => {
    const server = await startBinary({ binary: await script('stubborn', STUBBORN), stopTimeoutMs: 300 })
    const started = performance.now()
    expect(await server.stop()).toEqual({ exitCode: null, signalCode: 'SIGKILL', killed: true })
    expect(performance.now() - started).toBeGreaterThanOrEqual(250)
    expect(existsSync(server.dir)).toBe(false)
  })

  test('a server that exits before listening rejects with its exit code and output', async () => {
    const failure = await startBinary({ binary: await script('bad-config', BAD_CONFIG) }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ServerStartError)
    expect((failure as ServerStartError).exitCode).toBe(1)
    expect((failure as ServerStartError).logs).toEqual(['Invalid configuration: PORT: expected number'])
    expect((failure as ServerStartError).message).toContain('exited with code 1 before it was listening')
  })

  test('a server that never logs "listening" is stopped and rejected after startTimeoutMs', async () => {
    const failure = await startBinary({ binary: await script('mute', MUTE), startTimeoutMs: 300 }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ServerStartError)
    expect((failure as ServerStartError).message).toContain('did not log "listening" within 300 ms')
  })

  test('a log level that hides the "listening" line is refused at once, not after a timeout', async () => {
    const binary = await script('fake-server', WELL_BEHAVED)
    await expect(startBinary({ binary, env: { LOG_LEVEL: 'warn' } })).rejects.toThrow('LOG_LEVEL=warn hides the "listening" line')
  })

  test('a missing binary is a clear error that says to build first', async () => {
    await expect(startBinary({ binary: join(scripts, 'not-built') })).rejects.toThrow('run `bun run build` first')
  })
})
