/**
 * The page caches on the compiled binary, over real sockets: what Bun.serve puts on the wire for
 * HEAD (it would say `Content-Length: 0` for a null body without one), and that junk query
 * parameters store nothing. Needs `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, waitForVideo } from '../server/testing/http-client.ts'
import { startBinary, type RunningBinary } from './harness/index.ts'

const TIMEOUT_MS = 5000
const PAGE_HEADERS = { 'Accept-Encoding': 'br', 'Accept-Language': 'en' }

let server: RunningBinary
let videoId: string

/** No automatic decompression: the bytes and headers that were sent. */
const raw = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${server.url}${path}`, {
    method: init.method,
    headers: { ...PAGE_HEADERS, ...init.headers },
    decompress: false,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })

/** The status line and headers of one request written by hand on a socket: nothing in between to tidy them. */
const rawHead = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(server.url)
    let received = ''
    const timer = setTimeout(() => reject(new Error(`no response head for HEAD ${path} in ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
    Bun.connect({
      hostname,
      port: Number(port),
      socket: {
        open(socket) {
          socket.write(
            `HEAD ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept-Encoding: br\r\nAccept-Language: en\r\nConnection: close\r\n\r\n`,
          )
        },
        data(socket, data) {
          received += new TextDecoder().decode(data)
          const end = received.indexOf('\r\n\r\n')
          if (end === -1) return
          clearTimeout(timer)
          socket.end()
          resolve(received.slice(0, end))
        },
        error(_socket, error) {
          clearTimeout(timer)
          reject(error)
        },
      },
    }).catch(reject)
  })

const contentLengthIn = (head: string) => /\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? null
const l1Entries = async () => ((await (await raw('/healthz')).json()) as { cache: { l1: { entries: number } } }).cache.l1.entries
const cachedRoutes = () => ['/', '/gallery', `/videos/${videoId}`, '/api/videos/public']

beforeAll(async () => {
  server = await startBinary()
  const ada = createBrowser((request) => fetch(request, { signal: AbortSignal.timeout(TIMEOUT_MS) }), { origin: server.url })
  await ada.signUp()
  videoId = (await waitForVideo(ada, (await createVideo(ada, { prompt: 'A public film about lighthouses' })).id, 20_000)).id
  expect((await ada.form(`/videos/${videoId}/visibility`, { visibility: 'public' })).status).toBe(303)
}, 40_000)
afterAll(() => server?.stop(), 20_000)

describe('HEAD on the binary', () => {
  test('every cached route: the MISS, the front-door HIT and the raw wire say the length GET sends', async () => {
    for (const path of cachedRoutes()) {
      const miss = await raw(path, { method: 'HEAD' })
      const get = await raw(path)
      const sent = String((await get.arrayBuffer()).byteLength)
      expect(Number(sent)).toBeGreaterThan(0)
      expect([path, miss.headers.get('x-cache'), miss.headers.get('content-length')]).toEqual([path, 'MISS', sent])
      const hit = await raw(path, { method: 'HEAD' })
      expect([path, hit.headers.get('x-cache'), hit.headers.get('content-length')]).toEqual([path, 'HIT', sent])
      expect(await hit.arrayBuffer()).toHaveProperty('byteLength', 0)
      const wire = await rawHead(path)
      expect([path, wire.split('\r\n')[0], contentLengthIn(wire)]).toEqual([path, 'HTTP/1.1 200 OK', sent])
    }
  }, 30_000)

  test('a 304 carries no Content-Length (not a claimed empty body)', async () => {
    for (const path of cachedRoutes()) {
      const etag = (await raw(path)).headers.get('etag')!
      for (const method of ['GET', 'HEAD']) {
        const notModified = await raw(path, { method, headers: { 'If-None-Match': etag } })
        expect([path, method, notModified.status, notModified.headers.get('content-length')]).toEqual([path, method, 304, null])
      }
    }
  }, 30_000)
})

describe('junk query parameters on the binary', () => {
  test('1,000 distinct ones across the cached routes store nothing; the clean URLs stay hits', async () => {
    const routes = cachedRoutes()
    for (const path of routes) await (await raw(path)).arrayBuffer()
    const before = await l1Entries()
    for (let i = 0; i < 1000; i++) {
      const response = await raw(`${routes[i % routes.length]}?utm_source=${i}`)
      expect(response.headers.get('x-cache')).toBe('MISS')
      await response.arrayBuffer()
    }
    expect(await l1Entries()).toBe(before)
    for (const path of routes) expect((await raw(path)).headers.get('x-cache')).toBe('HIT')
  }, 60_000)
})
