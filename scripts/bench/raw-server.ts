/**
 * The floor the HTTP benchmarks compare against: a bare `Bun.serve` answering constant bytes read
 * from `<dir>/page.html` and `<dir>/page.html.br`, one Accept-Encoding check (so it sends the same
 * brotli bytes as the app when asked), no routing, no middleware, no logging. With `--headers`,
 * each answer also carries the headers in `<dir>/page.html.headers.json` (`…br.headers.json`):
 * the app's own, to tell what its ~20 headers cost from what its code does.
 *   bun scripts/bench/raw-server.ts <dir> [--headers]     (logs {"msg":"listening","url":…})
 */
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) throw new Error('usage: bun scripts/bench/raw-server.ts <dir with page.html and page.html.br>')
const identity = await Bun.file(join(dir, 'page.html')).bytes()
const br = await Bun.file(join(dir, 'page.html.br')).bytes()
const sameHeaders = process.argv.includes('--headers')
const stored = async (file: string) => new Headers(JSON.parse(await Bun.file(join(dir, file)).text()) as [string, string][])
const plain = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
const headers = sameHeaders ? await stored('page.html.headers.json') : new Headers(plain)
const brHeaders = sameHeaders ? await stored('page.html.br.headers.json') : new Headers({ ...plain, 'Content-Encoding': 'br' })
const server = Bun.serve({
  hostname: '127.0.0.1',
  port: 0,
  fetch: (request) =>
    request.headers.get('accept-encoding')?.includes('br') ? new Response(br, { headers: brHeaders }) : new Response(identity, { headers }),
})
console.log(JSON.stringify({ msg: 'listening', url: server.url.href.replace(/\/$/, '') }))
process.on('SIGTERM', () => void server.stop(true).then(() => process.exit(0)))
