import { createHash } from 'node:crypto'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../http/env.ts'
import type { HttpError } from '../http/errors.ts'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import type { CaptionFormat, VideoService } from '../services/videos.ts'
import type { z } from 'zod'
import type { ApiRouteDoc } from './route-doc.ts'

const CONTENT_TYPES: Record<CaptionFormat, string> = { vtt: 'text/vtt; charset=utf-8', srt: 'application/x-subrip; charset=utf-8' }

/** A download name from the title: letters, digits and dashes only, never empty, never a path. */
export const captionsFileName = (title: string | null, id: string, format: CaptionFormat): string => {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || id}.${format}`
}

/** The two downloads, for the OpenAPI document; the id's schema and tag are the videos API's. */
export const captionsRouteDocs = ({ params, tag, notFound }: { params: z.ZodObject; tag: string; notFound: string }): ApiRouteDoc[] =>
  (Object.keys(CONTENT_TYPES) as CaptionFormat[]).map((format) => ({
    method: 'get',
    path: `/api/videos/:id/captions.${format}`,
    summary: `Captions as ${format === 'vtt' ? 'WebVTT' : 'SubRip'}`,
    tag,
    params,
    responses: { 200: { description: 'The captions (ETag; 304 on If-None-Match).', contentType: CONTENT_TYPES[format] }, 404: notFound },
  }))

/**
 * GET /api/videos/:id/captions.vtt and .srt: the same visibility as the video (public, or its
 * owner; anyone else a 404), built from the stored sentence timings, an ETag over the text.
 */
export const captionsRoutes = ({
  videos,
  parseId,
  notFound,
}: {
  videos: VideoService
  parseId: (raw: string) => string
  notFound: () => HttpError
}) => {
  const serve = (format: CaptionFormat) => async (c: Context<AppEnv>) => {
    const viewerId = c.get('session')?.user.id ?? null
    const found = await videos.captions(parseId(c.req.param('id') ?? ''), viewerId, format)
    if (!found) throw notFound()
    const etag = `"${createHash('sha256').update(found.text).digest('base64url').slice(0, 22)}"`
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[format],
      ETag: etag,
      'Cache-Control': found.video.visibility === 'public' ? 'no-cache' : 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
    }
    if (format === 'srt')
      headers['Content-Disposition'] = `attachment; filename="${captionsFileName(found.video.title, found.video.id, format)}"`
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), [etag])) return c.body(null, 304, headers)
    return c.body(found.text, 200, headers)
  }
  return new Hono<AppEnv>().get('/:id/captions.vtt', serve('vtt')).get('/:id/captions.srt', serve('srt'))
}
