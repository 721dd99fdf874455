import { Hono } from 'hono'
import type { ApiRouteDoc } from '../api/route-doc.ts'
import type { AppEnv } from '../http/env.ts'
import type { Renderer } from '../render/render.ts'
import { ApiDocsPage } from './docs-page.tsx'
import { buildOpenApiDocument } from './document.ts'
import { precompressed } from './precompressed.ts'

/** These two routes, described like every other /api route. */
export const openApiRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document (OpenAPI 3.1)',
    tag: 'docs',
    responses: { 200: { description: 'The document (ETag; 304 on If-None-Match).', contentType: 'application/json' } },
  },
  {
    method: 'get',
    path: '/api/docs',
    summary: 'This document as a page',
    tag: 'docs',
    responses: { 200: { description: 'The page.', contentType: 'text/html' } },
  },
]

/**
 * GET /api/openapi.json and /api/docs: the same for everyone, built, hashed and compressed once, on
 * the first request for either (built at start-up it would add ~60 ms to a ~75 ms cold start:
 * docs/measurements.md, "The API document"). Mounted before sessions, so neither carries a cookie.
 */
export const openApiRoutes = ({
  routes,
  version,
  sessionCookie,
  render,
}: {
  routes: readonly ApiRouteDoc[]
  version: string
  sessionCookie: string
  render: Renderer
}) => {
  const build = () => {
    const document = buildOpenApiDocument([...routes, ...openApiRouteDocs], { version, sessionCookie })
    const page = render(<ApiDocsPage document={document} />, { title: `${document.info.title} · Reelsmith`, lang: 'en' })
    return {
      json: precompressed(JSON.stringify(document), 'application/json; charset=utf-8'),
      docs: precompressed(page.html, 'text/html; charset=utf-8'),
    }
  }
  let built: ReturnType<typeof build> | undefined
  const responses = () => (built ??= build())
  return new Hono<AppEnv>().get('/openapi.json', (c) => responses().json(c)).get('/docs', (c) => responses().docs(c))
}
