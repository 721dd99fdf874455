/**
 * The local voice from compiled code alone: a tiny entry that runs the worker pool, compiled the way
 * scripts/build.ts compiles the server (worker as an extra entry point), run in an empty directory;
 * and the real binary (`bun run build` first) starting with narration on.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBinary, type RunningBinary } from './harness/index.ts'

const ROOT = join(import.meta.dir, '..')
const raw = (url: string, init: RequestInit = {}) => fetch(url, { ...init, signal: AbortSignal.timeout(5000) })

const run = async (cmd: string[], cwd: string) => {
  const child = Bun.spawn(cmd, { cwd, stdout: 'pipe', stderr: 'pipe', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } })
  const [stdout, stderr, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited])
  return { stdout, stderr, code }
}

describe('the local engine compiled into a single executable', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reelsmith-tts-bin-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  test('speaks from the executable alone: the worker and the wasm are inside it', async () => {
    const outfile = join(dir, 'speak')
    const build = await run(
      [
        process.execPath,
        'build',
        '--compile',
        // The flags scripts/build.ts compiles the server with.
        '--minify',
        '--sourcemap',
        '--bytecode',
        '--format=esm',
        '--root',
        join(ROOT, 'server'),
        join(ROOT, 'server/tts/local/testing/compiled-check.ts'),
        join(ROOT, 'server/tts/local/worker.ts'),
        '--outfile',
        outfile,
      ],
      ROOT,
    )
    expect(build.code).toBe(0)
    const work = await mkdtemp(join(dir, 'run-'))
    const spoken = await run([outfile, 'The binary speaks for itself.'], work)
    expect(spoken.stderr).toBe('')
    expect(spoken.code).toBe(0)
    const result = JSON.parse(spoken.stdout.trim()) as { bytes: number; durationSec: number; engine: string }
    expect(result.bytes).toBeGreaterThan(44)
    expect(result.durationSec).toBeGreaterThan(0.5)
    expect(await readdir(work)).toEqual(['clip.wav'])
    const probe = await run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', 'clip.wav'], work)
    expect(probe.code).toBe(0)
    expect(Math.abs(Number(probe.stdout.trim()) - result.durationSec)).toBeLessThan(1e-5)
  }, 120_000)
})

describe('dist/reelsmith with narration', () => {
  let server: RunningBinary
  beforeAll(async () => {
    server = await startBinary()
  }, 20_000)
  afterAll(() => server?.stop(), 20_000)

  test('starts, and /healthz names the speech provider', async () => {
    const body = (await (await raw(`${server.url}/healthz`)).json()) as Record<string, unknown>
    expect(body).toMatchObject({ status: 'ok', tts: 'local' })
    expect(server.logs.some((line) => line.includes('"msg":"listening"') && line.includes('"tts":"local"'))).toBe(true)
  })

  test('an unknown clip is a 404 problem+json', async () => {
    const response = await raw(`${server.url}/audio/AAAAAAAAAAAAAAAAAAAAAA.wav`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
