import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { parseProxyTrust } from './proxy-trust.ts'

/** The app with the real resolver; app.request() has no socket, so the proxy's address is injected. */
const proxiedApp = (setting: string, proxyAddress: string) =>
  createTestApp({ trustProxy: true, proxyTrust: parseProxyTrust(setting), socketAddress: () => proxyAddress, clientIp: undefined })

describe('the login limit (10 per 15 min per address) behind a proxy', () => {
  let proxied: TestApp
  beforeAll(async () => {
    proxied = await proxiedApp('true', '10.0.0.1')
  })
  afterAll(() => proxied.close())

  const logIn = (forwardedFor?: string) =>
    createBrowser(proxied.app, { origin: 'https://reelsmith.example' }).json(
      'POST',
      '/api/auth/login',
      { email: uniqueEmail(), password: 'wrong password' },
      { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } },
    )

  test('a rotating first hop does not escape it: the 11th and 12th attempts are 429', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 12; i++) statuses.push((await logIn(`198.51.100.${i}, 203.0.113.7`)).status)
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429])
    // Someone else behind the same proxy is a different client.
    expect((await logIn('203.0.113.8')).status).toBe(401)
  })
})

describe('an untrusted socket peer', () => {
  let direct: TestApp
  beforeAll(async () => {
    direct = await proxiedApp('127.0.0.1', '192.0.2.44')
  })
  afterAll(() => direct.close())

  test('its X-Forwarded-For is ignored: every attempt counts against the peer itself', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 11; i++) {
      const res = await createBrowser(direct.app).json(
        'POST',
        '/api/auth/login',
        { email: uniqueEmail(), password: 'wrong password' },
        { headers: { 'X-Forwarded-For': `203.0.113.${i}` } },
      )
      statuses.push(res.status)
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429])
  })
})
