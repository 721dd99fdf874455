import { type Context, Hono } from 'hono'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { z } from 'zod'
import { isVideoId } from '../../shared/ids.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { requireIfMatch, staleWrite, storyboardEtag } from '../http/if-match.ts'
import { requireUser } from '../http/session.ts'
import { QuotaFull, type UploadService } from '../services/uploads.ts'
import type { VideoService } from '../services/videos.ts'
import { DEFAULT_UPLOAD_LIMITS, UPLOAD_ID_PATTERN, UploadRejected, uploadRejectedStatus } from '../uploads/index.ts'
import type { ApiRouteDoc } from './route-doc.ts'
import { videoWithScenesJson } from './video-json.ts'

export type UploadsApiDeps = { videos: VideoService; uploads: UploadService }

/** The multipart body around a 10 MB image: boundaries and part headers are a few hundred bytes. */
export const IMAGE_BODY_BYTES = DEFAULT_UPLOAD_LIMITS.maxBytes + 64 * 1024
/** The one route whose body may be larger than MAX_BODY_BYTES (app.tsx picks the limit by it). */
export const IMAGE_UPLOAD_PATH = /^\/api\/videos\/[^/]+\/scenes\/[^/]+\/image$/

const sceneParams = z.object({
  id: z.string().refine(isVideoId).meta({ description: 'The video id.' }),
  position: z.coerce.number().int().min(0).max(59).meta({ description: 'The scene, 0-based.' }),
})
const ifMatchHeader = z.object({
  'If-Match': z.string().optional().meta({ description: 'The ETag of GET /api/videos/:id; a stale one is 412. Absent: unconditional.' }),
})
const imageBody = z.object({
  image: z.any().meta({ type: 'string', format: 'binary', description: 'A PNG, JPEG or WebP of at most 10 MB and 8000 px a side.' }),
})

const TAG = 'videos'
const MB = 1024 * 1024
const writeResponses = {
  200: { description: 'The video with its scenes; the ETag header is its new version.', contentType: 'application/json' },
  401: 'Not signed in.',
  403: 'The CSRF header is missing or wrong.',
  404: 'No such video or scene, or not yours.',
  409: 'The video is still being written.',
  412: 'If-Match is stale: the video changed since (currentVersion, currentEtag).',
}

export const uploadsRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/videos/:id/scenes/:position/image',
    summary: 'Show my own picture in a scene instead of its poster (validated, re-encoded, counted against my storage)',
    tag: TAG,
    signedIn: true,
    params: sceneParams,
    headers: ifMatchHeader,
    body: imageBody,
    bodyContentTypes: ['multipart/form-data'],
    responses: {
      ...writeResponses,
      413: 'The image is larger than 10 MB.',
      415: 'Not a PNG, JPEG or WebP (by its bytes, whatever its name or type says).',
      422: 'Too large a side (8000 px) or too many pixels, truncated, or undecodable; or no `image` field.',
      503: 'Too many images are being processed; try again.',
      507: 'Storage quota full (usedBytes, quotaBytes).',
    },
  },
  {
    method: 'delete',
    path: '/api/videos/:id/scenes/:position/image',
    summary: 'Put a scene back to its poster',
    tag: TAG,
    signedIn: true,
    params: sceneParams,
    headers: ifMatchHeader,
    responses: writeResponses,
  },
]

const noScene = () => new HttpError(404, 'Not Found', 'No such video or scene.')

/** 507 with what the person uses and may (brand kit logos answer the same). */
export const quotaFull = (error: QuotaFull) =>
  new HttpError(
    507,
    'Storage full',
    `Your images take ${(error.usedBytes / MB).toFixed(1)} MB of your ${Math.round(error.quotaBytes / MB)} MB; this one needs ${(error.neededBytes / MB).toFixed(1)} MB more. A picture counts while a scene or a kept version of the video shows it: delete videos you no longer need.`,
    { usedBytes: error.usedBytes, quotaBytes: error.quotaBytes },
  )

/** The image file in `field` of a multipart body (brand kit logos too); a body that is not one is the client's mistake. */
export const readImageField = async (c: Context<AppEnv>, field: string): Promise<Uint8Array> => {
  if (!/^multipart\/form-data/i.test(c.req.header('Content-Type') ?? '')) {
    throw new HttpError(415, 'Unsupported Media Type', `Send the image as multipart/form-data in the field "${field}".`)
  }
  let body: Record<string, unknown>
  try {
    body = await c.req.parseBody()
  } catch {
    throw new HttpError(400, 'Malformed form', 'The form body could not be read.')
  }
  const file = body[field]
  if (!(file instanceof File)) {
    throw new HttpError(422, 'Invalid request', `The form has no file in the field "${field}".`, {
      errors: [{ path: field, message: 'Required: a PNG, JPEG or WebP file.' }],
    })
  }
  return new Uint8Array(await file.arrayBuffer())
}
const readImage = (c: Context<AppEnv>) => readImageField(c, 'image')

/** POST and DELETE /api/videos/:id/scenes/:position/image (mounted under /api/videos). */
export const sceneImageApi = ({ videos, uploads }: UploadsApiDeps) => {
  /** The owner's ready video and the scene position, If-Match checked against its version. */
  const target = async (c: Context<AppEnv>) => {
    const { user } = requireUser(c)
    const params = sceneParams.safeParse(c.req.param())
    if (!params.success || !/^\d+$/.test(c.req.param('position') ?? '')) throw noScene()
    const video = await videos.forOwner(params.data.id, user.id)
    if (!video?.scenes.some((scene) => scene.position === params.data.position)) throw noScene()
    if (video.status !== 'ready') throw new HttpError(409, 'Conflict', 'The video is still being written.')
    const ifMatch = c.req.header('If-Match')
    requireIfMatch(ifMatch, video.version)
    // Without If-Match the write is unconditional; with it, the repository checks the version again.
    return { user, video, position: params.data.position, expected: ifMatch === undefined ? undefined : video.version }
  }

  const answer = async (c: Context<AppEnv>, id: string, userId: string, outcome: Awaited<ReturnType<UploadService['setSceneImage']>>) => {
    if (outcome === 'missing') throw noScene()
    const video = await videos.forOwner(id, userId)
    if (!video) throw noScene()
    if (outcome === 'stale') throw staleWrite(video.version)
    return c.json(videoWithScenesJson(video, userId), 200, { ETag: storyboardEtag(video.version), 'Cache-Control': 'private, no-store' })
  }

  return new Hono<AppEnv>()
    .post('/:id/scenes/:position/image', async (c) => {
      const { user, video, position, expected } = await target(c)
      const bytes = await readImage(c)
      try {
        return answer(c, video.id, user.id, await uploads.setSceneImage(video, position, bytes, expected))
      } catch (error) {
        if (error instanceof UploadRejected)
          throw new HttpError(uploadRejectedStatus(error.reason), 'Image refused', error.message, { reason: error.reason })
        if (error instanceof QuotaFull) throw quotaFull(error)
        throw error
      }
    })
    .delete('/:id/scenes/:position/image', async (c) => {
      const { user, video, position, expected } = await target(c)
      return answer(c, video.id, user.id, await uploads.removeSceneImage(video, position, expected))
    })
}

/**
 * GET /media/:id: an uploaded image, on a path of its own. Only ever our re-encoded bytes, typed by
 * what we wrote; nosniff and a sandboxing CSP in case a browser is ever asked to render it as a
 * document. Its owner may always fetch it, anyone else while a public video shows it.
 */
export const mediaRoutes = ({ uploads }: Pick<UploadsApiDeps, 'uploads'>) =>
  new Hono<AppEnv>().get('/:id', async (c) => {
    const id = c.req.param('id')
    const notFound = () => new HttpError(404, 'Not Found', 'No such image.')
    if (!UPLOAD_ID_PATTERN.test(id)) throw notFound()
    const found = await uploads.viewable(id, c.get('session')?.user.id ?? null)
    if (!found) throw notFound()
    const { upload } = found
    const etag = `"${upload.hash}"`
    const extension = upload.contentType.slice('image/'.length).replace('jpeg', 'jpg')
    const headers: Record<string, string> = {
      'Content-Type': upload.contentType,
      'Content-Disposition': `inline; filename="image-${id}.${extension}"`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      ETag: etag,
      // The bytes behind an id never change. A public video's image may sit in shared caches for an
      // hour (unpublishing takes that long to reach them); a private one only in its owner's browser.
      'Cache-Control': found.public ? 'public, max-age=3600' : 'private, max-age=31536000, immutable',
      ...(found.public ? {} : { Vary: 'Cookie' }),
    }
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers)
    return c.body(upload.bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Length': String(upload.bytes.byteLength) })
  })
