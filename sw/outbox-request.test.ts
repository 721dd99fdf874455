import { describe, expect, test } from 'bun:test'
import { createRequestFromForm, idempotencyKeyOr, isRetryableStatus, outcomeOf, videoRequestFromForm } from './outbox-request.ts'

/** The home page's create form as the browser posts it (server/pages/home.tsx). */
const createForm = (fields: Record<string, string> = {}) => {
  const form = new FormData()
  const values = {
    _csrf: 'csrf-token-123',
    idempotencyKey: 'b3c1f0d2-6a7e-4c1b-9f0e-0a1b2c3d4e5f',
    prompt: 'A tea shop at dawn',
    style: 'cinematic',
    language: 'en',
    durationSec: '10',
    aspect: '16:9',
    ...fields,
  }
  for (const [name, value] of Object.entries(values)) form.set(name, value)
  return form
}

describe('idempotencyKeyOr', () => {
  test('keeps a key of the shape the API accepts', () => {
    expect(idempotencyKeyOr('b3c1f0d2-6a7e-4c1b-9f0e-0a1b2c3d4e5f')).toBe('b3c1f0d2-6a7e-4c1b-9f0e-0a1b2c3d4e5f')
    expect(idempotencyKeyOr('abc.def:12')).toBe('abc.def:12')
  })

  test('makes a new one when there is none or it would be refused: every queued create needs one', () => {
    const newKey = () => 'fresh-key-1'
    for (const value of [null, undefined, '', 'short', 'has spaces in it', 'x'.repeat(129), 42]) {
      expect({ value, key: idempotencyKeyOr(value, newKey) }).toEqual({ value, key: 'fresh-key-1' })
    }
    expect(idempotencyKeyOr(null)).toMatch(/^[\w-]{36}$/)
  })
})

describe('videoRequestFromForm', () => {
  test('the form fields become the API body, the duration a number; the CSRF token and key stay out', () => {
    expect(videoRequestFromForm(createForm())).toEqual({
      prompt: 'A tea shop at dawn',
      style: 'cinematic',
      durationSec: 10,
      aspect: '16:9',
      language: 'en',
    })
  })

  test('missing fields are sent as they are, for the server to refuse with its own message', () => {
    const form = new FormData()
    form.set('prompt', 'x')
    expect(videoRequestFromForm(form)).toEqual({ prompt: 'x', style: '', durationSec: 0, aspect: '', language: '' } as never)
  })
})

describe('createRequestFromForm', () => {
  test('is the JSON API call, with the form’s CSRF token as a header and the idempotency key', async () => {
    const request = createRequestFromForm('https://reelsmith.test', createForm(), 'key-12345678')
    expect(request.method).toBe('POST')
    expect(request.url).toBe('https://reelsmith.test/api/videos')
    // (credentials: 'same-origin' is the browser's default as well; Bun's Request does not keep the field.)
    expect(request.headers.get('Content-Type')).toBe('application/json')
    expect(request.headers.get('X-CSRF-Token')).toBe('csrf-token-123')
    expect(request.headers.get('Idempotency-Key')).toBe('key-12345678')
    expect(await request.json()).toEqual({
      prompt: 'A tea shop at dawn',
      style: 'cinematic',
      durationSec: 10,
      aspect: '16:9',
      language: 'en',
    })
  })
})

describe('isRetryableStatus', () => {
  test('overload, timeouts and server errors are tried again later; the rest is final', () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect({ status, retry: isRetryableStatus(status) }).toEqual({ status, retry: true })
    for (const status of [200, 201, 400, 401, 403, 404, 409, 413, 415, 422])
      expect({ status, retry: isRetryableStatus(status) }).toEqual({ status, retry: false })
  })
})

describe('outcomeOf', () => {
  const json = (body: unknown, status: number) => Response.json(body, { status })

  test('created (201), or already created under this key (200): the video page to follow', async () => {
    expect(await outcomeOf(json({ id: 'abcdefgh12', url: '/videos/abcdefgh12' }, 201))).toEqual({
      state: 'created',
      url: '/videos/abcdefgh12',
    })
    expect(await outcomeOf(json({ id: 'abcdefgh12', url: '/videos/abcdefgh12' }, 200))).toEqual({
      state: 'created',
      url: '/videos/abcdefgh12',
    })
  })

  test('a refusal keeps the server’s own words: the detail, else the title', async () => {
    expect(await outcomeOf(json({ title: 'Forbidden', status: 403, detail: 'Missing or wrong CSRF token.' }, 403))).toEqual({
      state: 'failed',
      status: 403,
      detail: 'Missing or wrong CSRF token.',
    })
    expect(await outcomeOf(json({ title: 'Unauthorized', status: 401 }, 401))).toEqual({
      state: 'failed',
      status: 401,
      detail: 'Unauthorized',
    })
  })

  test('an answer that is not the API’s (no JSON, or a URL that is not a video page) is a failure, never a redirect elsewhere', async () => {
    expect(await outcomeOf(new Response('<html>', { status: 400 }))).toEqual({
      state: 'failed',
      status: 400,
      detail: 'The server answered 400.',
    })
    expect(await outcomeOf(json({ url: 'https://evil.example/' }, 201))).toEqual({
      state: 'failed',
      status: 201,
      detail: 'The server answered 201.',
    })
  })
})
