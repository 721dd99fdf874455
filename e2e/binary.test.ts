/**
 * The compiled executable, run the way an operator runs it: copied alone into an empty directory.
 * No browser: plain HTTP against 127.0.0.1. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { readdir } from 'node:fs/promises'
import packageJson from '../package.json' with { type: 'json' }
import { IMMUTABLE } from '../server/assets/load.ts'
import { ServerStartError, parseLogLine, startBinary, type RunningBinary } from './harness/index.ts'

/** A request with no automatic decompression, so we see the bytes and headers that were sent. */
const raw = (url: string, init: RequestInit = {}) => fetch(url, { ...init, decompress: false, signal: AbortSignal.timeout(5000) })
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer())

describe('the compiled binary, started alone in an empty directory', () => {
  let server: RunningBinary
  /** The stylesheet's hashed URL, read from the home page as a browser would find it. */
  let stylesheet: string

  beforeAll(async () => {
    server = await startBinary()
    const html = await (await raw(`${server.url}/`)).text()
    stylesheet = /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)">/.exec(html)?.[1] ?? ''
    expect(stylesheet).not.toBe('')
  }, 20_000)
  afterAll(() => server?.stop(), 20_000)

  test('needs no file beside itself: the directory holds the executable and the data dir it made', async () => {
    expect((await readdir(server.dir)).sort()).toEqual(['data', 'reelsmith'])
  })

  test('GET /healthz reports the version and build, never cached', async () => {
    const response = await raw(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ status: 'ok', version: packageJson.version })
    expect(body.build).toBeString()
  })

  test('an embedded asset comes precompressed (br) and immutable', async () => {
    const response = await raw(`${server.url}${stylesheet}`, { headers: { 'Accept-Encoding': 'br' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE)
    expect(response.headers.get('content-type')).toStartWith('text/css')
  })

  test.each(['/', '/healthz'])('HEAD %s answers the GET headers without a body', async (path) => {
    const headers = { 'Accept-Encoding': 'br' }
    const [get, head] = await Promise.all([
      raw(`${server.url}${path}`, { headers }),
      raw(`${server.url}${path}`, { method: 'HEAD', headers }),
    ])
    expect(head.status).toBe(get.status)
    for (const name of ['content-type', 'content-encoding', 'cache-control', 'etag']) {
      expect(head.headers.get(name)).toBe(get.headers.get(name))
    }
    expect((await bytesOf(head)).byteLength).toBe(0)
    expect((await bytesOf(get)).byteLength).toBeGreaterThan(0)
  })

  test('HEAD on an asset gives the length a GET would send', async () => {
    const headers = { 'Accept-Encoding': 'br' }
    const get = await raw(`${server.url}${stylesheet}`, { headers })
    const head = await raw(`${server.url}${stylesheet}`, { method: 'HEAD', headers })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String((await bytesOf(get)).byteLength))
    expect((await bytesOf(head)).byteLength).toBe(0)
  })

  test('Range: a satisfiable range is 206 with exactly those identity bytes; past the end is 416', async () => {
    const whole = await bytesOf(await raw(`${server.url}${stylesheet}`, { headers: { 'Accept-Encoding': 'identity' } }))
    expect(whole.byteLength).toBeGreaterThan(20)

    const partial = await raw(`${server.url}${stylesheet}`, { headers: { Range: 'bytes=5-14', 'Accept-Encoding': 'br' } })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe(`bytes 5-14/${whole.byteLength}`)
    expect(partial.headers.get('content-encoding')).toBeNull()
    expect(await bytesOf(partial)).toEqual(whole.subarray(5, 15))

    const beyond = await raw(`${server.url}${stylesheet}`, { headers: { Range: `bytes=${whole.byteLength}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${whole.byteLength}`)
  })

  test.each([
    ['an asset', () => stylesheet],
    ['the home page', () => '/'],
  ])('If-None-Match with the ETag of %s is a 304 without a body', async (_what, path) => {
    const url = `${server.url}${path()}`
    const first = await raw(url, { headers: { 'Accept-Encoding': 'br' } })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await raw(url, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect((await bytesOf(again)).byteLength).toBe(0)
    // A different tag is not a match.
    const other = await raw(url, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': '"something-else"' } })
    expect(other.status).toBe(200)
  })

  test('serves the third-party notice: every embedded component and its licence, eSpeak NG included', async () => {
    const response = await raw(`${server.url}/third-party-notices.txt`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toStartWith('text/plain')
    const text = new TextDecoder().decode(await bytesOf(response))
    expect(text).toContain('GNU General Public License, version 3 or later')
    for (const name of ['## hono ', '## preact ', '## zod ']) expect(text).toContain(name)
  })

  test('an unknown path is a 404 problem+json for non-browser clients', async () => {
    const response = await raw(`${server.url}/no-such-thing`, { headers: { Accept: 'application/json' } })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 404, instance: '/no-such-thing' })
  })
})

describe('the binary at start-up and shutdown', () => {
  test('a bad PORT exits 1 with one message that names PORT, and the same as one JSON log line', async () => {
    const failure = await startBinary({ env: { PORT: 'abc' } }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ServerStartError)
    const { exitCode, logs } = failure as ServerStartError
    expect(exitCode).toBe(1)
    const output = logs.filter((line) => line.trim() !== '')
    const json = output.filter((line) => line.startsWith('{'))
    const plain = output.filter((line) => !line.startsWith('{'))
    expect(plain).toHaveLength(1)
    expect(plain[0]).toContain('PORT')
    expect(json.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 'error', msg: 'startup failed', reason: plain[0] }),
    ])
  }, 20_000)

  test('SIGTERM: logs "stopped" and exits 0', async () => {
    const server = await startBinary()
    try {
      expect((await raw(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      const result = await server.stop()
      expect(result).toEqual({ exitCode: 0, signalCode: null, killed: false })
    }
    const messages = server.logs.map((line) => parseLogLine(line)?.msg)
    expect(messages).toContain('shutting down')
    expect(messages.at(-1)).toBe('stopped')
  }, 30_000)
})
