import { Hono } from 'hono'
import { z } from 'zod'
import { BRAND_LIMITS } from '../../shared/brand.ts'
import { readJson } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { staleWrite } from '../http/if-match.ts'
import { requireUser } from '../http/session.ts'
import { brandKitInputSchema, brandKitJson, brandKitPatchSchema, type BrandKitService, type LogoStore } from '../services/brand-kits.ts'
import { QuotaFull, type UploadService } from '../services/uploads.ts'
import { UploadRejected, uploadRejectedStatus } from '../uploads/index.ts'
import type { ApiRouteDoc } from './route-doc.ts'
import { quotaFull, readImageField } from './uploads.ts'

export type BrandKitsApiDeps = { brandKits: BrandKitService; logos?: LogoStore }

const kitIdSchema = z
  .string()
  .regex(/^[\w-]{8,64}$/u)
  .meta({ description: 'The brand kit id.' })
const idParams = z.object({ id: kitIdSchema })

const TAG = 'brand kits'
const signedIn = { 401: 'Not signed in.', 403: 'The CSRF header is missing or wrong.' }
const noKit = { 404: 'No such brand kit, or not yours.' }
const kitJson = { description: 'The brand kit.', contentType: 'application/json' }

export const brandKitsRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/brand-kits',
    summary: 'My brand kits, oldest first',
    tag: TAG,
    signedIn: true,
    responses: { 200: { description: '{ items }', contentType: 'application/json' }, 401: signedIn[401] },
  },
  {
    method: 'post',
    path: '/api/brand-kits',
    summary: `Create a brand kit: palette (optionally locked onto the posters), caption look, intro and outro cards (at most ${BRAND_LIMITS.kitsPerUser})`,
    tag: TAG,
    signedIn: true,
    body: brandKitInputSchema,
    responses: { 201: kitJson, ...signedIn, 409: `You already have ${BRAND_LIMITS.kitsPerUser} brand kits.` },
  },
  {
    method: 'get',
    path: '/api/brand-kits/:id',
    summary: 'One of my brand kits',
    tag: TAG,
    signedIn: true,
    params: idParams,
    responses: { 200: kitJson, 401: signedIn[401], ...noKit },
  },
  {
    method: 'patch',
    path: '/api/brand-kits/:id',
    summary: 'Change a brand kit; the videos wearing it follow (posters repainted when the locked palette changes)',
    tag: TAG,
    signedIn: true,
    params: idParams,
    body: brandKitPatchSchema,
    responses: { 200: kitJson, ...signedIn, ...noKit },
  },
  {
    method: 'delete',
    path: '/api/brand-kits/:id',
    summary: 'Delete a brand kit; the videos wearing it go back to their own look',
    tag: TAG,
    signedIn: true,
    params: idParams,
    responses: { 204: 'Deleted.', ...signedIn, ...noKit },
  },
  {
    method: 'post',
    path: '/api/brand-kits/:id/logo',
    summary: 'Upload the logo (multipart field `logo`: PNG, JPEG or WebP, the same rules as scene images)',
    tag: TAG,
    signedIn: true,
    params: idParams,
    body: z.object({ logo: z.string().meta({ format: 'binary', description: 'The image file.' }) }),
    bodyContentTypes: ['multipart/form-data'],
    responses: {
      200: kitJson,
      ...signedIn,
      ...noKit,
      413: 'The file is too large.',
      415: 'Not a PNG, JPEG or WebP.',
      422: 'The image cannot be used (dimensions, truncated, undecodable).',
      503: 'Uploads are not available on this server.',
      507: 'Your storage is full.',
    },
  },
  {
    method: 'delete',
    path: '/api/brand-kits/:id/logo',
    summary: 'Remove the logo',
    tag: TAG,
    signedIn: true,
    params: idParams,
    responses: { 200: kitJson, ...signedIn, ...noKit },
  },
]

/**
 * The brand kit's piece of `PATCH /api/videos/:id` (kept here so the storyboard's own fields merge
 * beside it): `brandKitId` one of yours, or null for none.
 */
export const videoBrandPatchShape = {
  brandKitId: kitIdSchema.nullable().optional().meta({ description: 'Wear one of your brand kits (null: none). Needs If-Match.' }),
}

/**
 * Applies `brandKitId` of a PATCH to the owner's video at `version` (If-Match already checked
 * against it): 404 for a kit or video not theirs, 409 while it is generated, 412 when another write won.
 * @returns the new content version
 */
export const applyVideoBrandKit = async (
  brandKits: BrandKitService,
  videoId: string,
  userId: string,
  brandKitId: string | null,
  version: number,
): Promise<number> => {
  const outcome = await brandKits.setForVideo(videoId, userId, brandKitId, version)
  if (outcome.ok) return outcome.version
  if (outcome.reason === 'no-video') throw new HttpError(404, 'Not Found', 'No such video.')
  if (outcome.reason === 'no-kit') {
    throw new HttpError(422, 'Invalid request', 'No such brand kit of yours.', {
      errors: [{ path: 'brandKitId', message: 'No such brand kit of yours.' }],
    })
  }
  if (outcome.reason === 'stale') throw staleWrite(outcome.currentVersion)
  throw new HttpError(409, 'Conflict', 'The video is still being written.')
}

/** The logo routes (API and account form): the only bodies here allowed an image's size. */
export const LOGO_UPLOAD_PATH = /^\/(api|account)\/brand-kits\/[^/]+\/logo$/

/** Logos kept by the uploads' storage: the same validation, re-encoding and quota as scene images. */
export const uploadsLogoStore = (uploads: UploadService, brandKits: BrandKitService): LogoStore => ({
  async save(userId, bytes) {
    try {
      return (await uploads.storeImage(userId, 'logo', bytes)).id
    } catch (error) {
      if (error instanceof UploadRejected) {
        throw new HttpError(uploadRejectedStatus(error.reason), 'Image refused', error.message, { reason: error.reason })
      }
      if (error instanceof QuotaFull) throw quotaFull(error)
      throw error
    }
  },
  remove: brandKits.deleteUnusedLogo,
})

const notFound = () => new HttpError(404, 'Not Found', 'No such brand kit.')
const parseId = (raw: string) => {
  const parsed = kitIdSchema.safeParse(raw)
  if (!parsed.success) throw notFound()
  return parsed.data
}
const PRIVATE = { 'Cache-Control': 'private, no-store' }

/** /api/brand-kits: the signed-in person's kits; every other person's are 404. */
export const brandKitsApi = ({ brandKits, logos }: BrandKitsApiDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      const { user } = requireUser(c)
      return c.json({ items: (await brandKits.list(user.id)).map(brandKitJson) }, 200, PRIVATE)
    })
    .post('/', async (c) => {
      const { user } = requireUser(c)
      const kit = await brandKits.create(user.id, await readJson(c, brandKitInputSchema))
      if (kit === 'limit') {
        throw new HttpError(409, 'Too many brand kits', `You already have ${BRAND_LIMITS.kitsPerUser} brand kits; delete one first.`)
      }
      return c.json(brandKitJson(kit), 201, { ...PRIVATE, Location: `/api/brand-kits/${kit.id}` })
    })
    .get('/:id', async (c) => {
      const { user } = requireUser(c)
      const kit = await brandKits.forOwner(parseId(c.req.param('id')), user.id)
      if (!kit) throw notFound()
      return c.json(brandKitJson(kit), 200, PRIVATE)
    })
    .patch('/:id', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      const patch = await readJson(c, brandKitPatchSchema)
      const kit = await brandKits.update(id, user.id, patch)
      if (!kit) throw notFound()
      return c.json(brandKitJson(kit), 200, PRIVATE)
    })
    .delete('/:id', async (c) => {
      const { user } = requireUser(c)
      if (!(await brandKits.delete(parseId(c.req.param('id')), user.id))) throw notFound()
      return c.body(null, 204)
    })
    .post('/:id/logo', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      if (!(await brandKits.forOwner(id, user.id))) throw notFound()
      if (!logos) throw new HttpError(503, 'Service Unavailable', 'Uploads are not available on this server.')
      const uploadId = await logos.save(user.id, await readImageField(c, 'logo'))
      const result = await brandKits.setLogo(id, user.id, uploadId)
      if (result === 'missing') {
        // Deleted while the file was being prepared: nothing may stay behind.
        await logos.remove(user.id, uploadId)
        throw notFound()
      }
      if (result.previous) await logos.remove(user.id, result.previous)
      return c.json(brandKitJson((await brandKits.forOwner(id, user.id))!), 200, PRIVATE)
    })
    .delete('/:id/logo', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      const result = await brandKits.setLogo(id, user.id, null)
      if (result === 'missing') throw notFound()
      if (result.previous) await logos?.remove(user.id, result.previous)
      return c.json(brandKitJson((await brandKits.forOwner(id, user.id))!), 200, PRIVATE)
    })
