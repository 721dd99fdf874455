/**
 * The floor the HTTP benchmarks compare against: a bare `Bun.serve` answering constant bytes read
 * from `<dir>/page.html` and `<dir>/page.html.br`, one Accept-Encoding check (so it sends the same
 * brotli bytes as the app when asked), no routing, no middleware, no logging.
 *   bun scripts/bench/raw-server.ts <dir>     (logs {"msg":"listening","url":…})
 */
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) throw new Error('usage: bun scripts/bench/raw-server.ts <dir with page.html and page.html.br>')
const identity = await Bun.file(join(dir, 'page.html')).bytes()
const br = await Bun.file(join(dir, 'page.html.br')).bytes()
const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
const brHeaders = { ...headers, 'Content-Encoding': 'br' }
const server = Bun.serve({
  hostname: '127.0.0.1',
  port: 0,
  fetch: (request) =>
    request.headers.get('accept-encoding')?.includes('br') ? new Response(br, { headers: brHeaders }) : new Response(identity, { headers }),
})
console.log(JSON.stringify({ msg: 'listening', url: server.url.href.replace(/\/$/, '') }))
process.on('SIGTERM', () => void server.stop(true).then(() => process.exit(0)))
