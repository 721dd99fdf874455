import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'

/**
 * Development only (`bun run dev`): the page keeps an EventSource open to the server; when the dev
 * script restarts the server the connection drops, and on reconnect the page reloads itself.
 */
export const DEV_RELOAD_SCRIPT_PATH = '/__dev/reload.js'

const RELOAD_SCRIPT = `(() => {
  let lost = false
  const source = new EventSource('/__dev/events')
  source.onerror = () => { lost = true }
  source.onopen = () => { if (lost) location.reload() }
})()`

export const devReloadRoutes = () =>
  new Hono()
    .get('/reload.js', (c) => c.body(RELOAD_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }))
    .get('/events', (c) =>
      streamSSE(c, async (stream) => {
        await stream.writeSSE({ event: 'hello', data: 'ready' })
        while (!stream.aborted) await stream.sleep(30_000)
      }),
    )
