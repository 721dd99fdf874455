import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createTestApp, RUNTIME_SOURCE, type TestApp } from '../testing/test-app.ts'

let t: TestApp
let app: TestApp['app']
beforeAll(async () => {
  t = await createTestApp()
  app = t.app
})
afterAll(() => t.close())
const RUNTIME = '/assets/runtime-TEST0001.js'
const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes)

describe('static assets', () => {
  test('brotli when accepted, from the precompressed bytes, with immutable caching', async () => {
    const res = await app.request(RUNTIME, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Encoding')).toBe('br')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('Vary')).toBe('Accept-Encoding')
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    const body = new Uint8Array(await res.arrayBuffer())
    expect(Number(res.headers.get('Content-Length'))).toBe(body.byteLength)
    expect(text(brotliDecompressSync(body).buffer as ArrayBuffer)).toBe(RUNTIME_SOURCE)
  })

  test('gzip when brotli is not accepted, identity when nothing is', async () => {
    const gz = await app.request(RUNTIME, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers.get('Content-Encoding')).toBe('gzip')
    expect(text(gunzipSync(new Uint8Array(await gz.arrayBuffer())).buffer as ArrayBuffer)).toBe(RUNTIME_SOURCE)
    const plain = await app.request(RUNTIME)
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    expect(await plain.text()).toBe(RUNTIME_SOURCE)
  })

  test('each encoding has its own strong ETag, and any of them revalidates to 304', async () => {
    const br = await app.request(RUNTIME, { headers: { 'Accept-Encoding': 'br' } })
    const plain = await app.request(RUNTIME)
    const brTag = br.headers.get('ETag')!
    expect(brTag).toMatch(/^"[\w-]+-br"$/)
    expect(plain.headers.get('ETag')).not.toBe(brTag)
    const revalidated = await app.request(RUNTIME, { headers: { 'If-None-Match': brTag, 'Accept-Encoding': 'br' } })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('ETag')).toBe(brTag)
    expect(revalidated.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const stale = await app.request(RUNTIME, { headers: { 'If-None-Match': '"old"' } })
    expect(stale.status).toBe(200)
  })

  test('HEAD gives the GET headers and no body', async () => {
    const res = await app.request(RUNTIME, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Encoding')).toBe('br')
    expect(Number(res.headers.get('Content-Length'))).toBeGreaterThan(0)
    expect(await res.text()).toBe('')
  })

  test('a byte range is served from the identity bytes with 206', async () => {
    const res = await app.request(RUNTIME, { headers: { Range: 'bytes=0-19', 'Accept-Encoding': 'br' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('Content-Encoding')).toBeNull()
    expect(res.headers.get('Content-Range')).toBe(`bytes 0-19/${RUNTIME_SOURCE.length}`)
    expect(await res.text()).toBe(RUNTIME_SOURCE.slice(0, 20))
    const suffix = await app.request(RUNTIME, { headers: { Range: 'bytes=-5' } })
    expect(await suffix.text()).toBe(RUNTIME_SOURCE.slice(-5))
  })

  test('a range past the end is 416; an If-Range for an old version gets the whole file', async () => {
    const past = await app.request(RUNTIME, { headers: { Range: `bytes=${RUNTIME_SOURCE.length}-` } })
    expect(past.status).toBe(416)
    expect(past.headers.get('Content-Range')).toBe(`bytes */${RUNTIME_SOURCE.length}`)
    const old = await app.request(RUNTIME, { headers: { Range: 'bytes=0-1', 'If-Range': '"old"' } })
    expect(old.status).toBe(200)
    expect(await old.text()).toBe(RUNTIME_SOURCE)
  })

  test('unhashed files (the worker) are revalidated on every use', async () => {
    const res = await app.request('/sw.js')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
  })

  test('an unknown asset is a 404: the page for browsers, problem+json otherwise', async () => {
    const page = await app.request('/assets/missing-AAAAAAAA.js', { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(404)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('Page not found')
    const data = await app.request('/assets/missing-AAAAAAAA.js')
    expect(data.status).toBe(404)
    expect(data.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await data.json()).toMatchObject({ status: 404, title: 'Not Found' })
  })

  test('POST to an asset is not served from the table', async () => {
    const res = await app.request(RUNTIME, { method: 'POST' })
    expect(res.status).toBe(404)
  })
})
