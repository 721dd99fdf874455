/**
 * A test client that behaves like a browser tab in front of the app: it keeps cookies (a jar fed by
 * Set-Cookie, honouring Max-Age=0), sends Host, `Sec-Fetch-Site: same-origin` and, on unsafe methods,
 * Origin, and carries the CSRF token (header for JSON, `_csrf` field for forms). Each client has its
 * own address, so one test's log-ins do not use up another's rate limit.
 *
 * @example
 * const ada = createBrowser(t.app)
 * await ada.signUp()
 * const res = await ada.json('POST', '/api/videos', { prompt: 'A bicycle shop ad', style: 'playful', durationSec: 30, aspect: '16:9', language: 'en' })
 */

import { cookieNames } from '../http/cookie-names.ts'

/** Whatever answers a Request: `app.request` (in memory) or `fetch` against a listening server. */
export type Send = (request: Request) => Response | Promise<Response>

export type BrowserOptions = {
  /** The site's origin as the browser sees it. @default 'http://localhost' (what app.request uses) */
  origin?: string
  /** Sent as X-Test-Client, which the test app's clientIp reads. @default a fresh address per client */
  ip?: string
}

export type RequestOptions = Omit<RequestInit, 'headers'> & {
  headers?: Record<string, string>
  /** false: send no Origin / Sec-Fetch-Site, like curl or an old browser. @default true */
  browserHeaders?: boolean
}

export type TestUser = { id: string; email: string; language: string }

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
let clients = 0
let emails = 0

/** An address no other client of this process has. */
const nextIp = () => {
  const n = ++clients
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/** A fresh, valid email for a new account. */
export const uniqueEmail = (name = 'person') => `${name}.${++emails}.${crypto.randomUUID().slice(0, 8)}@example.com`

/** A password the sign-up schema accepts. */
export const TEST_PASSWORD = 'correct horse battery staple'

export const appSender =
  (app: { request: (request: Request) => Response | Promise<Response> }): Send =>
  (request) =>
    app.request(request)

export const createBrowser = (
  target: { request: (request: Request) => Response | Promise<Response> } | Send,
  options: BrowserOptions = {},
) => {
  const send: Send = typeof target === 'function' ? target : appSender(target)
  const origin = new URL(options.origin ?? 'http://localhost').origin
  const ip = options.ip ?? nextIp()
  const jar = new Map<string, string>()
  let csrfToken: string | undefined
  let user: TestUser | undefined

  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const cookie = Bun.Cookie.parse(line)
      if (cookie.isExpired() || cookie.value === '') jar.delete(cookie.name)
      else jar.set(cookie.name, cookie.value)
    }
  }

  const request = async (path: string, init: RequestOptions = {}): Promise<Response> => {
    const { headers: extra = {}, browserHeaders = true, ...rest } = init
    const method = (rest.method ?? 'GET').toUpperCase()
    const headers = new Headers({ Host: new URL(origin).host, 'X-Test-Client': ip })
    if (browserHeaders) {
      headers.set('Sec-Fetch-Site', 'same-origin')
      if (UNSAFE.has(method)) headers.set('Origin', origin)
    }
    if (jar.size) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
    for (const [name, value] of Object.entries(extra)) headers.set(name, value)
    const response = await send(new Request(new URL(path, origin), { ...rest, method, headers, redirect: 'manual' }))
    remember(response)
    return response
  }

  /** A JSON call as the app's own scripts make it: with the session's CSRF token once signed in. */
  const json = (method: string, path: string, body?: unknown, init: RequestOptions = {}) =>
    request(path, {
      ...init,
      method,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: {
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
        ...(csrfToken && { 'X-CSRF-Token': csrfToken }),
        ...init.headers,
      },
    })

  /**
   * A form post as a browser sends it: urlencoded, with the `_csrf` field the page rendered (the
   * session's token, or before sign-in the double-submit cookie) unless `fields` brings its own.
   */
  const form = (path: string, fields: Record<string, string>, init: RequestOptions = {}) => {
    const token = csrfToken ?? jar.get(cookieNames(false).preSessionCsrf) ?? jar.get(cookieNames(true).preSessionCsrf)
    const body = new URLSearchParams({ ...(token !== undefined && { _csrf: token }), ...fields })
    return request(path, {
      ...init,
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', ...init.headers },
    })
  }

  /** A page as a browser navigation asks for it. */
  const page = (path: string, init: RequestOptions = {}) => request(path, { ...init, headers: { Accept: 'text/html', ...init.headers } })

  const signIn = async (path: string, body: Record<string, string>, expected: number) => {
    const response = await json('POST', path, body)
    if (response.status !== expected) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    const data = (await response.json()) as { user: TestUser; csrfToken: string }
    user = data.user
    csrfToken = data.csrfToken
    return data.user
  }

  return {
    ip,
    origin,
    request,
    json,
    form,
    page,
    /** Signs up through the API and keeps the session. */
    signUp: (email = uniqueEmail(), password = TEST_PASSWORD, language = 'en') =>
      signIn('/api/auth/signup', { email, password, language }, 201),
    /** Logs in through the API and keeps the session. */
    logIn: (email: string, password = TEST_PASSWORD) => signIn('/api/auth/login', { email, password }, 200),
    get user(): TestUser {
      if (!user) throw new Error('this client has not signed in')
      return user
    },
    get csrfToken() {
      return csrfToken
    },
    set csrfToken(token: string | undefined) {
      csrfToken = token
    },
    cookie: (name: string) => jar.get(name),
    setCookie: (name: string, value: string) => void jar.set(name, value),
    /** Forgets the session (cookies and token), as a new private window would. */
    clear: () => {
      jar.clear()
      csrfToken = undefined
      user = undefined
    },
  }
}

export type Browser = ReturnType<typeof createBrowser>

export type SseMessage = { event: string; id?: string; data: string }

/**
 * Reads Server-Sent Events from a response until `until` says stop, the stream ends, or `timeoutMs`
 * passes (then it throws with what it saw). Parses the `event`/`id`/`data` fields of the EventSource
 * format; comments (keep-alives) are skipped.
 */
export const readSse = async (response: Response, options: { until?: (message: SseMessage) => boolean; timeoutMs?: number } = {}) => {
  const { until = () => false, timeoutMs = 5000 } = options
  if (!response.body) throw new Error('no body to read events from')
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const messages: SseMessage[] = []
  let buffer = ''
  let ended = false
  let timer: Timer | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`SSE: no end after ${timeoutMs} ms; saw ${JSON.stringify(messages.map((m) => m.data))}`)),
      timeoutMs,
    )
  })
  try {
    while (true) {
      const { value, done } = await Promise.race([reader.read(), timeout])
      if (done) {
        ended = true
        break
      }
      buffer += value.replace(/\r\n?/g, '\n')
      let split: number
      let stop = false
      while ((split = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, split)
        buffer = buffer.slice(split + 2)
        const message: SseMessage = { event: 'message', data: '' }
        const data: string[] = []
        for (const line of block.split('\n')) {
          if (line.startsWith(':') || !line) continue
          const colon = line.indexOf(':')
          const field = colon < 0 ? line : line.slice(0, colon)
          const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
          if (field === 'event') message.event = fieldValue
          else if (field === 'id') message.id = fieldValue
          else if (field === 'data') data.push(fieldValue)
        }
        if (!data.length) continue
        message.data = data.join('\n')
        messages.push(message)
        if (until(message)) {
          stop = true
          break
        }
      }
      if (stop) break
    }
  } finally {
    clearTimeout(timer)
    if (!ended) await reader.cancel().catch(() => {})
  }
  return { messages, ended }
}

/** What GET /api/videos/:id answers. */
export type VideoJson = ReturnType<typeof import('../api/video-json.ts').videoWithScenesJson>

/** A valid POST /api/videos body; override a field to make it invalid. */
export const videoRequest = (overrides: Record<string, unknown> = {}) => ({
  prompt: 'A 30-second ad for a bicycle repair shop, warm and funny',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
  ...overrides,
})

/** Creates a video through the API as `browser` (signed in); throws unless it is a 201. */
export const createVideo = async (browser: Browser, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const res = await browser.json('POST', '/api/videos', videoRequest(overrides), { headers })
  if (res.status !== 201) throw new Error(`POST /api/videos answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as VideoJson
}

/**
 * Polls GET /api/videos/:id as its owner until the video is ready or failed. Bounded just under the
 * suite's 30 s test timeout, not by how fast it should be: narration takes several times longer on
 * a loaded machine (10 s was seen to run out with the CPUs busy).
 */
export const waitForVideo = async (browser: Browser, id: string, timeoutMs = 25_000): Promise<VideoJson> => {
  const deadline = Date.now() + timeoutMs
  let last: VideoJson | undefined
  while (Date.now() < deadline) {
    const res = await browser.json('GET', `/api/videos/${id}`)
    if (res.status !== 200) throw new Error(`GET /api/videos/${id} answered ${res.status}`)
    last = (await res.json()) as VideoJson
    if (last.status === 'ready' || last.status === 'failed') return last
    await Bun.sleep(10)
  }
  throw new Error(`video ${id} still ${last?.status} after ${timeoutMs} ms`)
}

/**
 * A page's HTML as a document to query, the way a test reads what a person would see. happy-dom's
 * DOMParser runs no scripts.
 */
export const readPage = async (response: Response) => {
  const { Window } = await import('happy-dom')
  const window = new Window({ url: 'http://localhost/' })
  const html = await response.text()
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  return {
    html,
    document,
    /** The text of the first element matching `selector`, trimmed; '' when there is none. */
    text: (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '',
    /** The value attribute of the first `[name=…]` field (input, or a textarea's content). */
    field: (name: string, scope = 'form') => {
      const element = document.querySelector(`${scope} [name="${name}"]`)
      if (!element) return undefined
      return element.tagName === 'TEXTAREA' ? (element.textContent ?? '') : (element.getAttribute('value') ?? '')
    },
  }
}
