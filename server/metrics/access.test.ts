import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { getConnInfo } from 'hono/bun'
import { isLoopback, metricsAccess, type MetricsAccessOptions } from './access.ts'

const TOKEN = 'a-long-enough-metrics-token'

/** An app with the route as the lead will write it, the socket address injected per request. */
const appWith = (options: Omit<MetricsAccessOptions, 'remoteAddress'>) => {
  const app = new Hono()
  const mayScrape = metricsAccess({ ...options, remoteAddress: (c) => c.req.header('x-test-socket') })
  app.get('/metrics', (c) => (mayScrape(c) ? c.text('up 1\n') : c.notFound()))
  return async (headers: Record<string, string> = {}) => (await app.request('/metrics', { headers })).status
}

describe('/metrics access without METRICS_TOKEN: loopback only', () => {
  const get = appWith({})
  test('from the machine itself (IPv4, IPv6, IPv4-mapped)', async () => {
    for (const socket of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(await get({ 'x-test-socket': socket })).toBe(200)
  })
  test('from anywhere else: 404', async () => {
    for (const socket of ['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1', '1270.0.0.1'])
      expect(await get({ 'x-test-socket': socket })).toBe(404)
  })
  test('relayed by a local reverse proxy: 404, the visitor is not local', async () => {
    expect(await get({ 'x-test-socket': '127.0.0.1', 'x-forwarded-for': '203.0.113.9' })).toBe(404)
    expect(await get({ 'x-test-socket': '127.0.0.1', forwarded: 'for=203.0.113.9' })).toBe(404)
    expect(await get({ 'x-test-socket': '127.0.0.1', 'x-real-ip': '203.0.113.9' })).toBe(404)
  })
  test('unknown socket (no connection info): 404', async () => {
    expect(await get()).toBe(404)
    const throwing = metricsAccess({
      remoteAddress: () => {
        throw new Error('no socket')
      },
    })
    const app = new Hono()
    app.get('/metrics', (c) => (throwing(c) ? c.text('up 1\n') : c.notFound()))
    expect((await app.request('/metrics')).status).toBe(404)
  })
})

describe('/metrics access with METRICS_TOKEN: the bearer token only', () => {
  const get = appWith({ token: TOKEN })
  test('the right token, from anywhere', async () => {
    expect(await get({ authorization: `Bearer ${TOKEN}`, 'x-test-socket': '203.0.113.9' })).toBe(200)
    expect(await get({ authorization: `bearer ${TOKEN}` })).toBe(200)
  })
  test('loopback alone is no longer enough', async () => {
    expect(await get({ 'x-test-socket': '127.0.0.1' })).toBe(404)
  })
  test('a wrong, partial, longer or differently sent token: 404', async () => {
    for (const authorization of [
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      `Basic ${TOKEN}`,
      TOKEN,
      'Bearer ',
      `Bearer ${TOKEN} extra`,
    ]) {
      expect(await get({ authorization, 'x-test-socket': '127.0.0.1' })).toBe(404)
    }
  })
})

test('isLoopback', () => {
  expect(isLoopback(undefined)).toBe(false)
  expect(isLoopback('localhost')).toBe(false) // an address, not a name, comes from the socket
  expect(isLoopback('0:0:0:0:0:0:0:1')).toBe(true)
})

test('over a real socket, Bun reports a loopback address that counts as local', async () => {
  const app = new Hono()
  const mayScrape = metricsAccess({ remoteAddress: (c) => getConnInfo(c).remote.address })
  app.get('/metrics', (c) => (mayScrape(c) ? c.text('up 1\n') : c.notFound()))
  const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: app.fetch })
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`, { signal: AbortSignal.timeout(5000) })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('up 1\n')
  } finally {
    await server.stop(true)
  }
})
