/**
 * What a fresh page-cache hit costs the front door (`peek`, in process, no network): a clean URL,
 * and one with a keyed query parameter (which parses the query). CPU time, best of three runs.
 *
 *   bun scripts/bench-page-hit.ts
 */
import { Hono } from 'hono'
import { httpCache } from '../server/cache/http-cache.ts'
import { CacheStore } from '../server/cache/store.ts'
import { silentLogger } from '../server/log.ts'
import { pageNumber } from '../server/pages/lists.tsx'
import { opsPerCpuSecond } from './bench/ops.ts'

const store = new CacheStore({ memoryBytes: 8 << 20, logger: silentLogger })
// A home-page-sized brotli body and the headers a page carries.
const body = new Uint8Array(2366).fill(65)
const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-encoding': 'br',
  vary: 'Accept-Encoding, Accept-Language',
  'content-security-policy': "default-src 'self'; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  link: '</assets/runtime.js>; rel=modulepreload',
}
const cache = httpCache({
  store,
  name: 'gallery',
  maxAge: 0,
  ttl: 60,
  staleWhileRevalidate: 300,
  scope: 'public',
  vary: ['Accept-Encoding', 'Accept-Language'],
  query: { page: (value) => String(pageNumber(value)) },
})
const app = new Hono()
app.get('/gallery', cache, (c) => c.body(body, 200, pageHeaders))

const headers = { 'accept-encoding': 'br', 'accept-language': 'en' }
for (const [name, url] of [
  ['clean URL', 'http://localhost/gallery'],
  ['?page=2', 'http://localhost/gallery?page=2'],
] as const) {
  await app.request(url, { headers })
  const request = new Request(url, { headers })
  if (cache.peek(request)?.headers.get('x-cache') !== 'HIT') throw new Error(`${url} is not a hit`)
  const opsPerSec = opsPerCpuSecond(() => cache.peek(request), 400)
  console.log(`${name.padEnd(10)} ${(1e6 / opsPerSec).toFixed(2)} µs per hit`)
}
