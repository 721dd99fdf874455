/**
 * Malformed bodies of every content type, sent to every route of the app (and to paths it does not
 * have), signed in and out, with and without a CSRF token. Whatever the body, the answer is a
 * client error or a success, never a 500; API paths answer problem+json; nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { PRE_SESSION_CSRF_COOKIE } from './csrf.ts'
import { PROBLEM_JSON } from './errors.ts'

type MalformedBody = { name: string; contentType?: string; body: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> }

const bytes = (...values: number[]) => new Uint8Array(values)
const part = (name: string, value: string, boundary = 'x') =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`

const MALFORMED_BODIES: readonly MalformedBody[] = [
  { name: 'multipart, JSON instead of parts', contentType: 'multipart/form-data; boundary=x', body: '{"a":1}' },
  { name: 'multipart without a boundary', contentType: 'multipart/form-data', body: `${part('a', '1')}--x--\r\n` },
  { name: 'multipart with an empty boundary', contentType: 'multipart/form-data; boundary=', body: '--\r\n\r\n----' },
  {
    name: 'multipart with another boundary than declared',
    contentType: 'multipart/form-data; boundary="abc"',
    body: `${part('a', '1')}--x--\r\n`,
  },
  {
    name: 'multipart truncated in a part',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\ntok',
  },
  {
    name: 'multipart part without Content-Disposition',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n',
  },
  {
    name: 'multipart with headers and no blank line',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n--x--',
  },
  {
    name: 'multipart with a hostile file',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="prompt"; filename="../../etc/passwd"\r\nContent-Type: application/x-sh\r\n\r\n#!/bin/sh\r\n--x--\r\n',
  },
  {
    name: 'multipart, repeated fields',
    contentType: 'multipart/form-data; boundary=x',
    body: `${part('_csrf', 'a') + part('_csrf', 'b') + part('prompt', 'p')}--x--\r\n`,
  },
  {
    name: 'urlencoded with broken percent-encoding',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a=%zz&b=%&c=%E0%A4%A&_csrf=%',
  },
  {
    name: 'urlencoded with invalid UTF-8',
    contentType: 'application/x-www-form-urlencoded',
    body: bytes(0x61, 0x3d, 0xff, 0xfe, 0x26, 0xc3, 0x28),
  },
  { name: 'urlencoded, thousands of fields', contentType: 'application/x-www-form-urlencoded', body: 'a=1&'.repeat(5000) },
  {
    name: 'urlencoded in an unknown charset',
    contentType: 'application/x-www-form-urlencoded; charset=klingon',
    body: 'email=%82%A0&password=x',
  },
  { name: 'JSON truncated', contentType: 'application/json', body: '{"email":"a@example.com","pass' },
  { name: 'JSON with a byte order mark', contentType: 'application/json', body: '\uFEFF{"language":"en"}' },
  { name: 'JSON nested 20000 deep', contentType: 'application/json', body: '['.repeat(20_000) + ']'.repeat(20_000) },
  {
    name: 'JSON with huge numbers',
    contentType: 'application/json',
    body: '{"durationSec":1e999999,"prompt":123456789012345678901234567890,"language":-0}',
  },
  { name: 'JSON that is not an object', contentType: 'application/json', body: 'null' },
  {
    name: 'JSON with __proto__',
    contentType: 'application/json',
    body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  },
  {
    name: 'JSON declared UTF-16, sent UTF-16',
    contentType: 'application/json; charset=utf-16',
    body: bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00),
  },
  { name: 'JSON with invalid UTF-8', contentType: 'application/json', body: bytes(0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d) },
  { name: 'text/plain', contentType: 'text/plain', body: 'hello' },
  { name: 'octet-stream', contentType: 'application/octet-stream', body: bytes(0, 1, 2, 255, 254, 0) },
  { name: 'no Content-Type', body: 'a=1' },
  { name: 'a Content-Type that does not parse', contentType: ';;;/=;', body: 'a=1' },
  { name: 'empty body, Content-Length says 10', contentType: 'application/json', body: '', headers: { 'Content-Length': '10' } },
  {
    name: 'Content-Length not a number',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a=1',
    headers: { 'Content-Length': 'abc' },
  },
  { name: 'Content-Length far over the limit', contentType: 'application/json', body: '{}', headers: { 'Content-Length': '99999999999' } },
]

const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE']
const UNKNOWN_PATHS = ['/nope', '/api/nope', '/api/videos/x/y/z', '/videos/%zz', '/posters/a']

/** Requests that end the session or remove the video go last, so the others run against both. */
const destructive = (method: string, path: string) => method === 'DELETE' || /\/(logout|delete)$/.test(path)

type Target = { method: string; path: string }

/** Every route's path, with sample parameters, and every unsafe method it has (POST for GET-only paths). */
const targetsOf = (routes: readonly { method: string; path: string }[], videoId: string): Target[] => {
  const sample = (path: string) =>
    path.replace(':videoId', videoId).replace(':id', videoId).replace(':file', 'poster-1.svg').replace('/*', '/anything')
  const targets = new Map<string, Target>()
  const add = (method: string, path: string) => targets.set(`${method} ${path}`, { method, path })
  for (const route of routes) {
    const path = sample(route.path)
    add('POST', path)
    if (UNSAFE_METHODS.includes(route.method)) add(route.method, path)
  }
  for (const path of UNKNOWN_PATHS) for (const method of UNSAFE_METHODS) add(method, path)
  return [...targets.values()].sort((a, b) => Number(destructive(a.method, a.path)) - Number(destructive(b.method, b.path)))
}

type State = { name: string; setUp: (t: TestApp) => Promise<{ browser: Browser; headers: Record<string, string>; videoId: string }> }

const STATES: readonly State[] = [
  {
    name: 'signed in, with the CSRF token',
    setUp: async (t) => {
      const browser = createBrowser((request) => t.app.fetch(request))
      await browser.signUp()
      return { browser, headers: { 'X-CSRF-Token': browser.csrfToken! }, videoId: (await createVideo(browser)).id }
    },
  },
  {
    name: 'signed in, without a CSRF token',
    setUp: async (t) => {
      const browser = createBrowser((request) => t.app.fetch(request))
      await browser.signUp()
      const videoId = (await createVideo(browser)).id
      browser.csrfToken = undefined
      return { browser, headers: {}, videoId }
    },
  },
  {
    name: 'signed out, with a pre-session token',
    setUp: async (t) => {
      const browser = createBrowser((request) => t.app.fetch(request))
      browser.setCookie(PRE_SESSION_CSRF_COOKIE, 'fuzz-token-fuzz-token')
      return { browser, headers: { 'X-CSRF-Token': 'fuzz-token-fuzz-token' }, videoId: 'aaaaaaaaaaaaaaaa' }
    },
  },
  {
    name: 'signed out, without a token',
    setUp: async (t) => ({ browser: createBrowser((request) => t.app.fetch(request)), headers: {}, videoId: 'aaaaaaaaaaaaaaaa' }),
  },
]

describe('malformed bodies on every route', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  test('a multipart body that does not parse is a 400 (problem+json for the API, the error page for forms)', async () => {
    const visitor = createBrowser((request) => t.app.fetch(request))
    const post = (path: string, accept: string) =>
      visitor.request(path, {
        method: 'POST',
        body: '{"a":1}',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', Accept: accept },
        browserHeaders: false,
      })
    const api = await post('/api/auth/login', '*/*')
    expect([api.status, api.headers.get('Content-Type')]).toEqual([400, PROBLEM_JSON])
    expect(await api.json()).toMatchObject({ status: 400, title: 'Malformed form', instance: '/api/auth/login' })
    const page = await post('/login', 'text/html')
    expect([page.status, page.headers.get('Content-Type')]).toEqual([400, 'text/html; charset=utf-8'])
    expect(await page.text()).toContain('Malformed form')
  })

  test.each(STATES.map((state) => [state.name, state] as const))(
    '%s: no 500, problem+json on API paths, no error logged',
    async (_name, state) => {
      const { browser, headers, videoId } = await state.setUp(t)
      const routes = t.app.routes.filter((route) => route.method !== 'ALL')
      const targets = targetsOf(routes, videoId)
      expect(targets.length).toBeGreaterThan(40)
      const failures: string[] = []
      for (const { method, path } of targets) {
        for (const malformed of MALFORMED_BODIES) {
          const api = path.startsWith('/api/')
          const logged = t.logLines.length
          const res = await browser.request(path, {
            method,
            body: malformed.body,
            headers: {
              Accept: api ? 'application/json' : 'text/html',
              ...(malformed.contentType !== undefined && { 'Content-Type': malformed.contentType }),
              ...headers,
              ...malformed.headers,
            },
          })
          const body = await res.text()
          const contentType = res.headers.get('Content-Type') ?? ''
          const errors = t.logLines.slice(logged).filter((line) => line.level === 'error' || line.level === 'fatal')
          const where = `${method} ${path} (${malformed.name})`
          if (res.status >= 500) failures.push(`${where}: ${res.status} ${body.slice(0, 200)}`)
          if (api && res.status >= 400 && contentType !== PROBLEM_JSON) failures.push(`${where}: ${res.status} as ${contentType}`)
          if (errors.length) failures.push(`${where}: logged ${JSON.stringify(errors)}`)
        }
      }
      expect(failures).toEqual([])
    },
  )
})
