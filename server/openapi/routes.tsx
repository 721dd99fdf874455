import { Hono } from 'hono'
import type { ApiRouteDoc } from '../api/route-doc.ts'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import type { AppEnv } from '../http/env.ts'
import { sendRenderedHtml } from '../http/html.ts'
import type { Renderer } from '../render/render.ts'
import { ApiDocsPage } from './docs-page.tsx'
import { buildOpenApiDocument } from './document.ts'

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

// Browsers revalidate (max-age=0) so a new build's document shows at once; the ETag makes that a 304.
const CACHE_CONTROL = 'public, max-age=0'

/**
 * GET /api/openapi.json and /api/docs: the same for everyone, built once when the app is made.
 * Mounted before sessions, so neither ever carries a cookie.
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
  const document = buildOpenApiDocument([...routes, ...openApiRouteDocs], { version, sessionCookie })
  const body = JSON.stringify(document)
  const etag = `"${new Bun.CryptoHasher('sha256').update(body).digest('base64url').slice(0, 22)}"`
  const page = render(<ApiDocsPage document={document} />, { title: `${document.info.title} · Reelsmith`, lang: 'en' })
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => {
      const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL }
      if (matchesIfNoneMatch(c.req.header('If-None-Match'), [etag])) return c.body(null, 304, headers)
      return c.body(body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
    })
    .get('/docs', (c) => sendRenderedHtml(c, page))
}
