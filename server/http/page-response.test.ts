import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { brotliDecompressSync } from 'node:zlib'
import type { AppEnv } from './env.ts'
import { sendRenderedPage } from './page-response.ts'

const utf8 = new TextEncoder()

/** One route answering whatever page the test put in `page.html`. */
const pageApp = () => {
  const page = { html: '', preload: [] as string[] }
  const app = new Hono<AppEnv>().get('/', (c) => sendRenderedPage(c, page))
  const get = (html: string, headers: Record<string, string> = {}) => {
    page.html = html
    return app.request('/', { headers })
  }
  return { get }
}

describe('sendRenderedPage', () => {
  test('the ETag names the UTF-8 bytes, however the string was built', async () => {
    const { get } = pageApp()
    // One text as a Latin-1 string and as a UTF-16 one (the euro sign widens the whole string).
    const latin1 = '<p>Caf\u00e9</p>'
    const wide = '<p>Caf\u00e9</p><i>\u20ac</i>'.slice(0, latin1.length)
    expect(wide).toBe(latin1)
    const a = (await get(latin1)).headers.get('etag')
    const b = (await get(wide)).headers.get('etag')
    expect(a).toBe(b)
    expect(a).toBe(`"${Bun.hash.xxHash3(utf8.encode(latin1)).toString(36)}"`)
    const other = (await get('<p>Cafe</p>')).headers.get('etag')
    expect(other).not.toBe(a)
  })

  test('identity is the page as UTF-8, with its byte length; br and gzip say so in the ETag', async () => {
    const { get } = pageApp()
    const html = '<!doctype html><p>Grüße, 世界</p>'
    const identity = await get(html)
    expect(new Uint8Array(await identity.arrayBuffer())).toEqual(utf8.encode(html))
    expect(identity.headers.get('content-length')).toBe(String(utf8.encode(html).byteLength))
    expect(identity.headers.get('content-encoding')).toBeNull()
    const br = await get(html, { 'Accept-Encoding': 'br' })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('etag')).toBe(identity.headers.get('etag')!.replace(/"$/, '-br"'))
    expect(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString('utf8')).toBe(html)
    const gzip = await get(html, { 'Accept-Encoding': 'gzip' })
    expect(gzip.headers.get('etag')).toBe(identity.headers.get('etag')!.replace(/"$/, '-gz"'))
  })

  test('a current copy in any encoding gets 304 without a body; a changed page does not', async () => {
    const { get } = pageApp()
    const etag = (await get('<p>v1</p>', { 'Accept-Encoding': 'br' })).headers.get('etag')!
    const revalidated = await get('<p>v1</p>', { 'If-None-Match': etag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect((await get('<p>v2</p>', { 'If-None-Match': etag })).status).toBe(200)
  })
})
