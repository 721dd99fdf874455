/** app.fetch behind a real Bun.serve on 127.0.0.1, over raw TCP: what only a socket can send. */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Server } from 'bun'
import { rawHttp } from '../testing/raw-http.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { withAbsoluteUrl } from './entry.ts'
import { parseProxyTrust } from './proxy-trust.ts'

describe('withAbsoluteUrl', () => {
  test('an absolute URL is left alone (the same request)', () => {
    const request = new Request('http://example.test/healthz?x=1')
    expect(withAbsoluteUrl(request)).toBe(request)
  })
})

describe('app.fetch on a socket', () => {
  let t: TestApp
  let server: Server<unknown>
  beforeAll(async () => {
    // The real resolver, reading the socket: Bun's requestIP through the env app.fetch passes on.
    t = await createTestApp({ trustProxy: true, proxyTrust: parseProxyTrust('true'), clientIp: undefined })
    server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: (request, bunServer) => t.app.fetch(request, bunServer) })
  })
  afterAll(async () => {
    await server.stop(true)
    await t.close()
  })

  test('HTTP/1.0 without Host: the route, not "Nothing at z."', async () => {
    const res = await rawHttp(server.url.origin, 'GET /healthz HTTP/1.0\r\n\r\n')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' })
  })

  test('HTTP/1.0 POST without Host keeps its method and body', async () => {
    const body = '{"email":"nobody@example.com","password":"wrong password"}'
    const res = await rawHttp(
      server.url.origin,
      `POST /api/auth/login HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    )
    expect(res.status).toBe(401)
  })

  test('OPTIONS is a 204 listing the methods the app takes', async () => {
    const res = await rawHttp(server.url.origin, 'OPTIONS / HTTP/1.0\r\n\r\n')
    expect(res.status).toBe(204)
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST'])
  })

  test('a chunked body (re-created by the body limit) still counts against its own client', async () => {
    const logIn = async (client: string) => {
      const body = JSON.stringify({ email: `chunked.${crypto.randomUUID()}@example.com`, password: 'wrong password' })
      const request = `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: ${client}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`
      return (await rawHttp(server.url.origin, request)).status
    }
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push(await logIn('203.0.113.30'))
    expect(statuses).toEqual([...Array(10).fill(401), 429])
    expect(await logIn('203.0.113.31')).toBe(401)
  })
})
