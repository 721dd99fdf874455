/**
 * HTTP at its edges, on the compiled binary over raw TCP (request lines written by hand): HTTP/1.0
 * without Host, OPTIONS, malformed bodies, and the client address behind a proxy. Needs
 * `bun run build` first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { rawHttp } from '../server/testing/raw-http.ts'
import { parseLogLine, startBinary, type RunningBinary } from './harness/index.ts'

const errorLines = (server: RunningBinary) => server.logs.map((line) => parseLogLine(line)).filter((line) => line?.level === 'error')

describe('requests without Host, and OPTIONS', () => {
  let server: RunningBinary
  beforeAll(async () => {
    server = await startBinary()
  }, 20_000)
  afterAll(() => server?.stop(), 20_000)

  test('GET /healthz HTTP/1.0 without Host is served (200)', async () => {
    const res = await rawHttp(server.url, 'GET /healthz HTTP/1.0\r\n\r\n')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' })
  })

  test('HTTP/1.0 without Host reaches the right route, query and all (not "Nothing at z.")', async () => {
    const res = await rawHttp(server.url, 'GET /api/videos/public?limit=1 HTTP/1.0\r\nAccept: application/json\r\n\r\n')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toStartWith('application/json')
  })

  test("OPTIONS / HTTP/1.0 (HAProxy's default health check) is a 204 with Allow", async () => {
    const res = await rawHttp(server.url, 'OPTIONS / HTTP/1.0\r\n\r\n')
    expect(res.status).toBe(204)
    expect(res.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST', 'OPTIONS']))
  })

  test('GET /healthz HTTP/1.1 without Host is a 400 (RFC 9112 §3.2); with Host, a 200', async () => {
    expect((await rawHttp(server.url, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n')).status).toBe(400)
    expect(
      (await rawHttp(server.url, `GET /healthz HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nConnection: close\r\n\r\n`)).status,
    ).toBe(200)
  })

  test('a multipart body without its boundary is a 400 problem+json, and no error is logged', async () => {
    const body = '{"a":1}'
    const res = await rawHttp(
      server.url,
      `POST /api/auth/login HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    )
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'application/problem+json'])
    expect(errorLines(server)).toEqual([])
  })
})

describe('behind a proxy (TRUST_PROXY=true: the socket peer is the proxy)', () => {
  let server: RunningBinary
  beforeAll(async () => {
    server = await startBinary({ env: { TRUST_PROXY: 'true' } })
  }, 20_000)
  afterAll(() => server?.stop(), 20_000)

  let emails = 0
  const loginJson = () => JSON.stringify({ email: `edge.${++emails}@example.com`, password: 'wrong password' })
  const host = () => new URL(server.url).host

  const logIn = async (forwardedFor: string) => {
    const body = loginJson()
    const request = `POST /api/auth/login HTTP/1.1\r\nHost: ${host()}\r\nX-Forwarded-For: ${forwardedFor}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
    return (await rawHttp(server.url, request)).status
  }

  /** The same, with the body sent chunked: the body limit re-creates the request to count it. */
  const logInChunked = async (forwardedFor: string) => {
    const body = loginJson()
    const request = `POST /api/auth/login HTTP/1.1\r\nHost: ${host()}\r\nX-Forwarded-For: ${forwardedFor}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`
    return (await rawHttp(server.url, request)).status
  }

  test('12 sign-ins with a rotating first X-Forwarded-For hop: 10 refused (401), then 429', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 12; i++) statuses.push(await logIn(`198.51.100.${i}, 203.0.113.7`))
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429])
    expect(await logIn('203.0.113.8')).toBe(401)
  }, 60_000)

  test('a chunked body keeps the client address: one client reaching the limit does not block another', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 11; i++) statuses.push(await logInChunked('203.0.113.20'))
    expect(statuses).toEqual([...Array(10).fill(401), 429])
    expect(await logInChunked('203.0.113.21')).toBe(401)
  }, 60_000)
})
