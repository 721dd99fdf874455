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

export interface StreamOptions {
  /** Characters per chunk. @default 16 */
  chunkChars?: number
  usage?: { prompt_tokens: number; completion_tokens: number } | null
  model?: string
  /**
   * Awaited before chunk `index` is sent with the text sent so far: a test holds the stream until a
   * condition holds, a benchmark paces it like a slow model.
   */
  before?: (index: number, sentSoFar: string) => Promise<void> | void
}

/** A streamed Chat Completions response (`text/event-stream`, `data:` chunks, `[DONE]`) of `content`. */
export const chatCompletionStream = (content: string, options: StreamOptions = {}): Response => {
  const { chunkChars = 16, usage = { prompt_tokens: 100, completion_tokens: 50 }, model = 'fake-model' } = options
  const pieces: string[] = []
  for (let at = 0; at < content.length; at += chunkChars) pieces.push(content.slice(at, at + chunkChars))
  const encoder = new TextEncoder()
  const event = (data: unknown) => encoder.encode(`data: ${JSON.stringify(data)}\n\n`)
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model }
  let index = 0
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index < pieces.length) {
        await options.before?.(index, pieces.slice(0, index).join(''))
        const last = index === pieces.length - 1
        controller.enqueue(
          event({ ...base, choices: [{ index: 0, delta: { content: pieces[index] }, finish_reason: last ? 'stop' : null }] }),
        )
        index++
        return
      }
      if (usage)
        controller.enqueue(
          event({ ...base, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }),
        )
      controller.enqueue(encoder.encode('data: [DONE]\n\n'))
      controller.close()
    },
  })
  return new Response(body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } })
}

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
    // Longer than any wait a test puts into a streamed answer (Bun's default closes a quiet socket after 10 s).
    idleTimeout: 120,
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
