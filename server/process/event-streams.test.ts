import { afterAll, describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { waitUntil } from '../testing/wait.ts'
import { createEventStreams } from './event-streams.ts'

/** A route that streams one event, then waits for ever like a progress stream with nothing to say. */
const app = new Hono()
let aborted = 0
app.get('/events', (c) =>
  streamSSE(c, async (stream) => {
    await stream.writeSSE({ event: 'progress', data: 'first' })
    await new Promise<void>((resolve) => stream.onAbort(resolve))
    aborted++
  }),
)
app.get('/page', (c) => c.text('plain'))

const streams = createEventStreams({ retryMs: 750 })
const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: async (request) => streams.track(await app.fetch(request)) })
afterAll(() => server.stop(true))

describe('event streams on shutdown', () => {
  test('other responses pass through untouched', async () => {
    const response = await app.fetch(new Request('http://localhost/page'))
    expect(streams.track(response)).toBe(response)
  })

  test('a page is never asked for its body: reading it would make Bun stream the page', async () => {
    const response = await app.fetch(new Request('http://localhost/page'))
    let bodyRead = false
    const body = response.body
    Object.defineProperty(response, 'body', {
      get: () => {
        bodyRead = true
        return body
      },
    })
    streams.track(response)
    expect(bodyRead).toBe(false)
  })

  test('endAll ends each open stream with the reconnect hint, the route sees the abort, and later streams end at once', async () => {
    const responses = await Promise.all([1, 2].map(() => fetch(`${server.url}events`, { signal: AbortSignal.timeout(5000) })))
    const readers = responses.map((response) => response.body!.getReader())
    const decoder = new TextDecoder()
    for (const reader of readers) expect(decoder.decode((await reader.read()).value)).toContain('data: first')
    expect(streams.open).toBe(2)

    expect(streams.endAll()).toBe(2)
    for (const reader of readers) {
      let rest = ''
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value)
      expect(rest).toBe('retry: 750\n\n')
    }
    await waitUntil(() => aborted === 2, { what: 'both routes to see the abort' })
    expect(streams.open).toBe(0)

    const late = await fetch(`${server.url}events`, { signal: AbortSignal.timeout(5000) })
    expect(await late.text()).toEndWith('retry: 750\n\n')
  })
})
