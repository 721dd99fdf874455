import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { z } from 'zod'
import { HttpError } from './http/errors.ts'
import { SW_REGISTER_SCRIPT } from './render/render.ts'
import { createBrowser } from './testing/http-client.ts'
import { createTestApp, type TestApp } from './testing/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /healthz', () => {
  test('reports version, build and uptime, never cached', async () => {
    const { app, advance, deps } = t
    advance(42_000 - (deps.now() - deps.startedAt))
    const res = await app.request('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toMatchObject({
      status: 'ok',
      version: '9.9.9',
      build: 'test-build',
      uptimeSec: 42,
      cache: { l2: 'disabled' },
    })
  })
})

describe('GET / (home page)', () => {
  test('server-renders its islands and preloads only what hydrates on load', async () => {
    const { app } = t
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    expect(res.headers.get('Link')).toBe(
      '</assets/runtime-TEST0001.js>; rel=modulepreload, </assets/chunk-TEST0002.js>; rel=modulepreload, </assets/TemplatePicker-TEST0010.js>; rel=modulepreload, </assets/DurationPicker-TEST0003.js>; rel=modulepreload',
    )
    const html = await res.text()
    expect(html).toStartWith('<!doctype html>')
    expect(html).toContain('<rs-island name="DurationPicker" src="/assets/DurationPicker-TEST0003.js" hydrate="load"')
    expect(html).toContain('<rs-island name="ScenePlanner" src="/assets/ScenePlanner-TEST0004.js" hydrate="visible"')
    expect(html).toContain('<rs-island name="TemplatePicker" src="/assets/TemplatePicker-TEST0010.js" hydrate="load"')
    expect(html).toContain('<output class="stepper-value" aria-live="polite">30 s</output>')
  })

  test('ETag revalidation answers 304 with no body', async () => {
    const { app } = t
    const first = await app.request('/', { headers: { 'Accept-Encoding': 'br' } })
    expect(first.headers.get('Content-Encoding')).toBe('br')
    const etag = first.headers.get('ETag')!
    const again = await app.request('/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(await again.text()).toBe('')
  })

  test('security headers: a CSP that allows only our scripts and the inline worker registration', async () => {
    const { app } = t
    const res = await app.request('/')
    const csp = res.headers.get('Content-Security-Policy')!
    const hash = new Bun.CryptoHasher('sha256').update(SW_REGISTER_SCRIPT).digest('base64')
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect((await res.text()).match(/<script>(.*?)<\/script>/)?.[1]).toBe(SW_REGISTER_SCRIPT)
  })
})

describe('logging', () => {
  test('one structured line per request with method, path, status, duration and bytes; never the query', async () => {
    const { app, logLines } = t
    logLines.length = 0
    await app.request('/healthz?token=secret')
    await app.request('/nope')
    const requests = logLines.filter((line) => line.msg === 'request')
    expect(requests).toHaveLength(2)
    expect(requests[0]).toMatchObject({ level: 'info', method: 'GET', path: '/healthz', status: 200 })
    expect(requests[1]).toMatchObject({ path: '/nope', status: 404 })
    expect(typeof requests[0]!.durationMs).toBe('number')
    expect(typeof requests[1]!.bytes).toBe('number')
    expect(typeof requests[0]!.requestId).toBe('string')
    expect(JSON.stringify(logLines)).not.toContain('secret')
  })
})

describe('error pages', () => {
  test('are written like any page: localized, so they vary by language (and by Cookie when personal)', async () => {
    const anonymous = await t.app.request('/nope', { headers: { Accept: 'text/html', 'Accept-Language': 'de' } })
    expect(anonymous.status).toBe(404)
    expect(anonymous.headers.get('Vary')).toBe('Accept-Encoding, Accept-Language')
    expect(anonymous.headers.get('Cache-Control')).toBe('public, max-age=0')
    expect(await anonymous.text()).toContain('lang="de"')
    const member = createBrowser(t.app)
    await member.signUp()
    const personal = await member.request('/nope', { headers: { Accept: 'text/html' } })
    expect(personal.status).toBe(404)
    expect(personal.headers.get('Vary')).toBe('Accept-Encoding, Accept-Language, Cookie')
    expect(personal.headers.get('Cache-Control')).toBe('private, no-cache')
  })
})

describe('errors', () => {
  let failing: TestApp
  beforeAll(async () => {
    failing = await createTestApp()
    addFailingRoutes(failing)
  })
  afterAll(() => failing.close())
  const appWithFailingRoutes = () => failing
  const addFailingRoutes = (test: TestApp) => {
    test.app.get('/api/boom', () => {
      throw new Error('database exploded at 10.0.0.3')
    })
    test.app.get('/api/teapot', () => {
      throw new HttpError(409, 'Conflict', 'That name is taken.')
    })
    test.app.get('/api/invalid', () => {
      z.object({ prompt: z.string().min(3) }).parse({ prompt: 1 })
      return new Response()
    })
    test.app.get('/boom', () => {
      throw new Error('page failed')
    })
  }

  test('an unexpected error is logged and answered with a 500 problem that leaks nothing', async () => {
    const { app, logLines } = appWithFailingRoutes()
    logLines.length = 0
    const res = await app.request('/api/boom')
    expect(res.status).toBe(500)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const body = await res.text()
    expect(body).not.toContain('10.0.0.3')
    expect(JSON.parse(body)).toMatchObject({ status: 500, title: 'Internal Server Error', instance: '/api/boom' })
    expect(logLines.find((line) => line.msg === 'unhandled error')).toMatchObject({ level: 'error', path: '/api/boom' })
  })

  test('an HttpError keeps its status, title and detail', async () => {
    const res = await appWithFailingRoutes().app.request('/api/teapot')
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'That name is taken.',
      instance: '/api/teapot',
    })
  })

  test('a zod error becomes a 422 with the field errors', async () => {
    const res = await appWithFailingRoutes().app.request('/api/invalid')
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body.errors).toEqual([{ path: 'prompt', message: expect.stringContaining('expected string') }])
  })

  test('a browser navigation that fails gets the error page, not JSON', async () => {
    const res = await appWithFailingRoutes().app.request('/boom', { headers: { Accept: 'text/html' } })
    expect(res.status).toBe(500)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(await res.text()).toContain('Internal Server Error')
  })
})
