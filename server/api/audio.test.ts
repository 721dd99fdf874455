import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createBrowser, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { audioUrl } from '../tts/audio-url.ts'
import { defaultVoice } from '../tts/voices.ts'
import { readWav } from '../tts/wav.ts'

/** GET/HEAD /audio/:hash.wav: content-addressed clips, immutable, ranged, the same for everyone. */

let t: TestApp
let anon: Browser
let url: string
let hash: string
let whole: Uint8Array

beforeAll(async () => {
  t = await createTestApp()
  anon = createBrowser(t.app)
  const clip = await t.narration.narrator.narrate('The ferry left at noon.', defaultVoice('en'))
  hash = clip.hash
  url = audioUrl(clip.hash, clip.contentType)
  whole = new Uint8Array(await (await t.app.request(url)).arrayBuffer())
})
afterAll(() => t.close())

describe('a stored clip', () => {
  test('is a WAV for anyone, cached for a year, immutable, with a strong ETag and no cookie', async () => {
    const res = await anon.request(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('audio/wav')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('ETag')).toBe(`"${hash}"`)
    expect(res.headers.get('Accept-Ranges')).toBe('bytes')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Set-Cookie')).toBeNull()
    const body = new Uint8Array(await res.arrayBuffer())
    expect(res.headers.get('Content-Length')).toBe(String(body.byteLength))
    expect(readWav(body)?.durationSec).toBeGreaterThan(0.5)
  })

  test('HEAD gives the same headers and length, no body', async () => {
    const res = await t.app.request(url, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Length')).toBe(String(whole.byteLength))
    expect(res.headers.get('ETag')).toBe(`"${hash}"`)
    expect((await res.arrayBuffer()).byteLength).toBe(0)
  })

  test('a byte range is a 206 with exactly those bytes', async () => {
    const res = await t.app.request(url, { headers: { Range: 'bytes=0-43' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('Content-Range')).toBe(`bytes 0-43/${whole.byteLength}`)
    expect(res.headers.get('Content-Length')).toBe('44')
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([...whole.subarray(0, 44)])
    const tail = await t.app.request(url, { headers: { Range: 'bytes=-10' } })
    expect(tail.status).toBe(206)
    expect([...new Uint8Array(await tail.arrayBuffer())]).toEqual([...whole.subarray(whole.byteLength - 10)])
    const head = await t.app.request(url, { method: 'HEAD', headers: { Range: 'bytes=100-199' } })
    expect(head.status).toBe(206)
    expect(head.headers.get('Content-Length')).toBe('100')
  })

  test('a range past the end is a 416 naming the length', async () => {
    const res = await t.app.request(url, { headers: { Range: `bytes=${whole.byteLength}-` } })
    expect(res.status).toBe(416)
    expect(res.headers.get('Content-Range')).toBe(`bytes */${whole.byteLength}`)
  })

  test('an If-Range for other bytes gets the whole clip; a malformed range is ignored', async () => {
    const other = await t.app.request(url, { headers: { Range: 'bytes=0-9', 'If-Range': '"somethingelse"' } })
    expect(other.status).toBe(200)
    expect((await other.arrayBuffer()).byteLength).toBe(whole.byteLength)
    const same = await t.app.request(url, { headers: { Range: 'bytes=0-9', 'If-Range': `"${hash}"` } })
    expect(same.status).toBe(206)
    const junk = await t.app.request(url, { headers: { Range: 'pages=1-2' } })
    expect(junk.status).toBe(200)
  })

  test('If-None-Match with its ETag is a 304 without a body', async () => {
    const res = await t.app.request(url, { headers: { 'If-None-Match': `W/"${hash}", "x"` } })
    expect(res.status).toBe(304)
    expect(res.headers.get('ETag')).toBe(`"${hash}"`)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect((await res.arrayBuffer()).byteLength).toBe(0)
  })

  test('lost from disk, it is served from the database and written back', async () => {
    const audioDir = join(t.dataDir, 'audio')
    await rm(join(audioDir, `${hash}.wav`))
    expect(await readdir(audioDir)).toEqual([])
    const res = await t.app.request(url)
    expect(res.status).toBe(200)
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([...whole])
    expect(await readdir(audioDir)).toEqual([`${hash}.wav`])
  })
})

describe('not a clip', () => {
  test.each([
    ['/audio/short.wav'],
    ['/audio/AAAAAAAAAAAAAAAAAAAAAA.wav'],
    ['/audio/..%2F..%2Fetc%2Fpasswd.wav'],
    ['/audio/AAAAAAAAAAAAAAAAAAAAAA.mp3'],
    ['/audio/AAAAAAAAAAAAAAAAAAAAAAA.wav'],
    ['/audio/'],
  ])('%s is a 404 problem+json', async (path) => {
    const res = await t.app.request(path)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  test('the right hash with the wrong extension is a 404 too', async () => {
    const res = await t.app.request(url.replace(/\.wav$/, '.mp3'))
    expect(res.status).toBe(404)
  })
})
