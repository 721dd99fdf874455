/**
 * What the self-describing API costs and weighs: building, rendering and compressing
 * /api/openapi.json and /api/docs (once, on the first request), warm and in a fresh process, and
 * their sizes per encoding.
 * `npx bun scripts/measure-openapi.ts`
 */
import { openApiRoutes } from '../server/openapi/routes.tsx'
import { authRouteDocs } from '../server/api/auth.ts'
import { metricsRouteDocs } from '../server/api/metrics.ts'
import { videosRouteDocs } from '../server/api/videos.ts'
import { createRenderer } from '../server/render/render.ts'
import { testManifest } from '../server/testing/test-app.ts'

const routes = [...authRouteDocs, ...videosRouteDocs, ...metricsRouteDocs]
const render = createRenderer(testManifest)
const build = () => openApiRoutes({ routes, version: '0.0.0', sessionCookie: 'rs_session', render })

const answer = (app: ReturnType<typeof build>) => app.request('/openapi.json')

let started = Bun.nanoseconds()
await answer(build())
console.log(`first request, fresh process: ${((Bun.nanoseconds() - started) / 1e6).toFixed(1)} ms`)
const runs = 20
started = Bun.nanoseconds()
for (let i = 0; i < runs; i++) await answer(build())
console.log(`first request, warm: ${((Bun.nanoseconds() - started) / runs / 1e6).toFixed(1)} ms (mean of ${runs})`)

const app = build()
for (const path of ['/openapi.json', '/docs']) {
  const sizes = []
  for (const encoding of ['identity', 'gzip', 'br']) {
    const res = await app.request(path, { headers: { 'Accept-Encoding': encoding } })
    sizes.push(`${encoding} ${(await res.arrayBuffer()).byteLength} B`)
  }
  console.log(`/api${path}: ${sizes.join(', ')}`)
}
