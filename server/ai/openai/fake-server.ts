/**
 * A fake OpenAI-compatible server on 127.0.0.1 for tests (this module's and the API's): it records every
 * request and answers with whatever the test's handler returns. Not used in production code.
 */

export interface RecordedRequest {
  method: string
  path: string
  headers: Headers
  body: unknown
}

export type FakeHandler = (body: unknown, callIndex: number, request: Request) => Response | Promise<Response>

export interface FakeOpenAiServer {
  /** The base URL to use as AI_BASE_URL, e.g. http://127.0.0.1:54321/v1 */
  baseUrl: string
  requests: RecordedRequest[]
  stop(): Promise<void>
}

/** A Chat Completions response whose message is `content`. */
export const chatCompletion = (
  content: string,
  usage: { prompt_tokens: number; completion_tokens: number } | null = { prompt_tokens: 100, completion_tokens: 50 },
  model = 'fake-model',
): Response =>
  Response.json({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    ...(usage ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } } : {}),
  })

/**
 * A loopback server for one OpenAI-compatible endpoint (`POST <path>`): every request is recorded,
 * the endpoint answers with the handler's response, anything else is a 404. The chat and speech
 * fakes are this with their own path.
 */
export const startFakeEndpoint = (path: string, handler: FakeHandler): FakeOpenAiServer => {
  const requests: RecordedRequest[] = []
  const server = Bun.serve({
    hostname: '127.0.0.1',
    port: 0,
    async fetch(request) {
      const url = new URL(request.url)
      const text = await request.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // Recorded as text; the handler decides what to answer.
      }
      requests.push({ method: request.method, path: url.pathname, headers: request.headers, body })
      if (request.method !== 'POST' || url.pathname !== path) return new Response('not found', { status: 404 })
      return handler(body, requests.length - 1, request)
    },
  })
  return {
    baseUrl: `http://127.0.0.1:${server.port}/v1`,
    requests,
    // Force-close: a test that made the server hang (a timeout test) must not keep the process alive.
    stop: () => server.stop(true),
  }
}

export const startFakeOpenAi = (handler: FakeHandler): FakeOpenAiServer => startFakeEndpoint('/v1/chat/completions', handler)
