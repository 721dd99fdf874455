/**
 * A fake OpenAI-compatible speech endpoint on 127.0.0.1 for tests: records every request and answers
 * `POST /v1/audio/speech` with whatever the test's handler returns. Not used in production code.
 */

export interface RecordedSpeechRequest {
  path: string
  headers: Headers
  body: unknown
}

export type SpeechHandler = (body: unknown, callIndex: number, request: Request) => Response | Promise<Response>

export interface FakeSpeechServer {
  /** The base URL to use as TTS_BASE_URL, e.g. http://127.0.0.1:54321/v1 */
  baseUrl: string
  requests: RecordedSpeechRequest[]
  stop(): Promise<void>
}

export const wavResponse = (wav: Uint8Array): Response =>
  new Response(wav as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'audio/wav' } })

export const startFakeSpeechServer = (handler: SpeechHandler): FakeSpeechServer => {
  const requests: RecordedSpeechRequest[] = []
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
      requests.push({ path: url.pathname, headers: request.headers, body })
      if (request.method !== 'POST' || url.pathname !== '/v1/audio/speech') return new Response('not found', { status: 404 })
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
