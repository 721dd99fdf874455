/**
 * Every open event stream (video progress, the metrics dashboard), so a graceful stop can end them
 * at once. Left open, one progress stream held the shutdown for the whole SHUTDOWN_TIMEOUT_MS. Each
 * ends with a `retry:` line: the browser's EventSource reconnects after that long, to whichever
 * process then holds the port, and resumes from the job's stored state.
 *
 * Wrapping the response here keeps the routes unaware of shutdowns: cancelling the wrapped body
 * cancels the route's own stream, which sees `aborted` and cleans up as on a closed tab.
 */

const EVENT_STREAM = 'text/event-stream'

export type EventStreams = {
  /** The response as it is, or, for an event stream, one that `endAll` can end. */
  track(response: Response): Response
  /** Ends every tracked stream with the reconnect hint, and every one tracked from now on. @returns how many were open */
  endAll(): number
  readonly open: number
}

export const createEventStreams = (options: { retryMs: number }): EventStreams => {
  const ends = new Set<() => void>()
  const hint = new TextEncoder().encode(`retry: ${options.retryMs}\n\n`)
  let ending = false

  const track = (response: Response): Response => {
    // The type first: reading `body` makes Bun wrap a string or bytes body in a ReadableStream and
    // write every page through the stream path (8 % of a rendered page's CPU time under load).
    if (!response.headers.get('content-type')?.startsWith(EVENT_STREAM)) return response
    const source = response.body
    if (!source) return response
    const reader = source.getReader()
    let done = false
    let end = () => {}
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        end = () => {
          if (done) return
          done = true
          ends.delete(end)
          controller.enqueue(hint)
          controller.close()
          reader.cancel('shutting down').catch(() => {})
        }
      },
      async pull(controller) {
        const chunk = await reader.read().catch(() => ({ done: true, value: undefined }))
        if (done) return
        if (chunk.done) {
          done = true
          ends.delete(end)
          controller.close()
        } else controller.enqueue(chunk.value)
      },
      cancel(reason) {
        done = true
        ends.delete(end)
        return reader.cancel(reason)
      },
    })
    ends.add(end)
    if (ending) queueMicrotask(end)
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }

  return {
    track,
    endAll() {
      ending = true
      const count = ends.size
      for (const end of [...ends]) end()
      return count
    },
    get open() {
      return ends.size
    },
  }
}
