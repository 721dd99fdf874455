import { z } from 'zod'
import { BRAND_LIMITS, type AppliedBrand } from '../../shared/brand.ts'
import {
  CAPTION_FONT_NAMES,
  CAPTION_POSITIONS,
  CAPTION_PRESET_NAMES,
  CAPTION_SCALE,
  DEFAULT_CAPTION_PRESET,
  resolveCaptionStyle,
  type CaptionOverrides,
} from '../../shared/caption-style.ts'
import { cached, presets } from '../cache/cached.ts'
import type { CacheStore } from '../cache/store.ts'
import type { BrandKit, BrandKitFields, Repositories } from '../db/index.ts'
import type { Video } from '../db/model.ts'
import { posterHash, posterOptionsOf, renderPosterSvg } from '../posters/svg.ts'
import { uploadUrl } from '../uploads/url.ts'
import { invalidateVideo } from './videos.ts'

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb.')
  .transform((value) => value.toLowerCase())
const cardText = z.string().trim().max(BRAND_LIMITS.cardText)

/** A kit's caption look: a preset and what it changes (shared/caption-style.ts resolves it). */
export const captionChoiceSchema = z
  .object({
    preset: z.enum(CAPTION_PRESET_NAMES),
    font: z.enum(CAPTION_FONT_NAMES).optional().meta({ description: 'A system font family; never a web font.' }),
    scale: z.number().min(CAPTION_SCALE.min).max(CAPTION_SCALE.max).optional().meta({ description: 'A factor on the preset size.' }),
    colour: hexColour.optional(),
    outline: z.boolean().optional(),
    box: z.boolean().optional(),
    position: z.enum(CAPTION_POSITIONS).optional(),
  })
  .strict()

/** A whole kit, as POST /api/brand-kits and the account form send it. */
export const brandKitInputSchema = z
  .object({
    name: z.string().trim().min(1).max(BRAND_LIMITS.name),
    palette: z.array(hexColour).min(BRAND_LIMITS.paletteMin).max(BRAND_LIMITS.paletteMax),
    paletteLock: z.boolean().default(false).meta({ description: 'Paint every poster in this palette instead of the scene’s own.' }),
    caption: captionChoiceSchema.default({ preset: DEFAULT_CAPTION_PRESET }),
    introText: cardText.default('').meta({ description: 'Drawn over the first 2 s; empty for none.' }),
    outroText: cardText.default('').meta({ description: 'Drawn over the last 2 s; empty for none.' }),
  })
  .strict()
export type BrandKitInput = z.infer<typeof brandKitInputSchema>

/** PATCH: any of the fields; the rest stay as they are. */
export const brandKitPatchSchema = z
  .object({
    name: brandKitInputSchema.shape.name.optional(),
    palette: brandKitInputSchema.shape.palette.optional(),
    paletteLock: z.boolean().optional(),
    caption: captionChoiceSchema.optional(),
    introText: cardText.optional(),
    outroText: cardText.optional(),
  })
  .strict()
export type BrandKitPatch = z.infer<typeof brandKitPatchSchema>

const fieldsOf = (input: BrandKitInput): BrandKitFields => {
  const { preset, ...overrides } = input.caption
  return {
    name: input.name,
    palette: input.palette,
    paletteLock: input.paletteLock,
    captionPreset: preset,
    captionOverrides: overrides as CaptionOverrides,
    introText: input.introText,
    outroText: input.outroText,
  }
}

/** Where a kit's logo is served (the uploads' own path: Content-Disposition, strict CSP). */
export const logoUrl = (kit: Pick<BrandKit, 'logoUploadId'>) => (kit.logoUploadId ? uploadUrl(kit.logoUploadId) : null)

/** A kit as the API shows it (no owner id). */
export const brandKitJson = (kit: BrandKit) => ({
  id: kit.id,
  name: kit.name,
  palette: kit.palette,
  paletteLock: kit.paletteLock,
  caption: { preset: kit.captionPreset, ...kit.captionOverrides },
  introText: kit.introText,
  outroText: kit.outroText,
  logoUrl: logoUrl(kit),
  createdAt: new Date(kit.createdAt).toISOString(),
  updatedAt: new Date(kit.updatedAt).toISOString(),
})

/** What a video wearing `kit` shows: the painter's inputs, resolved once here. */
export const appliedBrand = (kit: BrandKit): AppliedBrand => ({
  palette: kit.palette,
  paletteLock: kit.paletteLock,
  captionStyle: resolveCaptionStyle(kit.captionPreset, kit.captionOverrides),
  logoUrl: logoUrl(kit),
  introText: kit.introText,
  outroText: kit.outroText,
})

/**
 * Stores a logo upload for its owner and removes one: the uploads' storage (server/uploads/), under
 * the same rules as scene images. Without one, logo uploads are refused with 503.
 */
export type LogoStore = {
  /** Validates, re-encodes and stores the image; throws an HttpError (413/415/422/507) when it is refused. */
  save(userId: string, bytes: Uint8Array): Promise<string>
  /** Deletes the person's logo upload unless a kit still shows it. */
  remove(userId: string, uploadId: string): Promise<void>
}

export const brandKitTag = (kitId: string) => `brand-kit:${kitId}`
const kitsOfTag = (userId: string) => `brand-kits-of:${userId}`

export type BrandKitServiceDeps = {
  repos: Pick<Repositories, 'brandKits' | 'videos'>
  store: CacheStore
}

/** What choosing a kit for a video came to. */
export type SetVideoKitOutcome =
  | { ok: true; version: number }
  | { ok: false; reason: 'no-video' | 'no-kit' | 'not-ready' }
  | { ok: false; reason: 'stale'; currentVersion: number }

/**
 * Brand kits: ownership decided here (a kit that is not yours is a 404 like a missing one), at most
 * {@link BRAND_LIMITS.kitsPerUser} per person, and every change carried to the videos wearing the kit:
 * their locked palette (in the repository's transaction), their posters and their cached reads.
 */
export const createBrandKitService = ({ repos, store }: BrandKitServiceDeps) => {
  const listByUser = cached(store, (userId: string) => repos.brandKits.listByUser(userId), {
    ...presets.db,
    key: (userId) => `brand-kits-of:${userId}`,
    tags: (userId) => [kitsOfTag(userId)],
  })
  // Without the viewer: the kit a video wears is shown to whoever may see the video.
  const loadKit = cached(store, (id: string) => repos.brandKits.findById(id), {
    ...presets.db,
    key: (id) => `brand-kit:${id}`,
    tags: (id) => [brandKitTag(id)],
  })

  /** The posters of a video as its locked palette paints them now. */
  const repaint = async (videoId: string) => {
    const video = await repos.videos.findById(videoId)
    if (!video) return
    const scenes = await repos.videos.listScenes(videoId)
    await repos.brandKits.setPosterHashes(
      videoId,
      scenes.map((scene) => posterHash(renderPosterSvg(scene, posterOptionsOf(video)))),
    )
    await invalidateVideo(store, video)
  }

  const changed = async (kit: { id: string; userId: string }, videoIds: readonly string[], posters: boolean) => {
    await store.invalidateTags([brandKitTag(kit.id), kitsOfTag(kit.userId)])
    for (const videoId of videoIds) {
      if (posters) await repaint(videoId)
      else await invalidateVideo(store, { id: videoId, userId: kit.userId })
    }
  }

  const forOwner = async (id: string, userId: string) => {
    const kit = await loadKit(id)
    return kit && kit.userId === userId ? kit : null
  }

  return {
    list: listByUser,
    forOwner,

    /** @returns the new kit, or `limit` when the person already has the most kits allowed */
    async create(userId: string, input: BrandKitInput): Promise<BrandKit | 'limit'> {
      const kit = await repos.brandKits.create(userId, fieldsOf(input), BRAND_LIMITS.kitsPerUser)
      if (kit !== 'limit') await store.invalidateTags([kitsOfTag(userId)])
      return kit
    },

    /** @returns the kit after the patch, or null when it is not theirs */
    async update(id: string, userId: string, patch: BrandKitPatch): Promise<BrandKit | null> {
      const current = await repos.brandKits.findForOwner(id, userId)
      if (!current) return null
      const before = brandKitJson(current)
      const input = brandKitInputSchema.parse({
        name: patch.name ?? before.name,
        palette: patch.palette ?? before.palette,
        paletteLock: patch.paletteLock ?? before.paletteLock,
        caption: patch.caption ?? before.caption,
        introText: patch.introText ?? before.introText,
        outroText: patch.outroText ?? before.outroText,
      })
      const result = await repos.brandKits.update(id, userId, fieldsOf(input))
      if (!result) return null
      const posters =
        current.paletteLock !== result.kit.paletteLock ||
        (result.kit.paletteLock && JSON.stringify(current.palette) !== JSON.stringify(result.kit.palette))
      await changed(result.kit, result.videoIds, posters)
      return result.kit
    },

    /** Deletes the kit and its logo. @returns false when it is not theirs */
    async delete(id: string, userId: string): Promise<boolean> {
      const result = await repos.brandKits.delete(id, userId)
      if (!result) return false
      if (result.kit.logoUploadId) await repos.brandKits.deleteUnusedLogo(userId, result.kit.logoUploadId)
      await changed(result.kit, result.videoIds, result.kit.paletteLock)
      return true
    },

    /** Frees a logo upload no kit of the person's shows any more. */
    deleteUnusedLogo: (userId: string, uploadId: string) => repos.brandKits.deleteUnusedLogo(userId, uploadId),

    /**
     * Sets (or with null clears) the logo's upload.
     * @returns the upload it replaced, for the caller to delete, or `missing` when the kit is not theirs
     */
    async setLogo(id: string, userId: string, uploadId: string | null): Promise<{ previous: string | null } | 'missing'> {
      const result = await repos.brandKits.setLogo(id, userId, uploadId)
      if (!result) return 'missing'
      await changed({ id, userId }, result.videoIds, false)
      return { previous: result.previous }
    },

    /** The brand a viewable video shows, or null; the kit is its owner's (the repository saw to that). */
    async appliedTo(video: Pick<Video, 'brandKitId'>): Promise<AppliedBrand | null> {
      if (!video.brandKitId) return null
      const kit = await loadKit(video.brandKitId)
      return kit ? appliedBrand(kit) : null
    },

    /** Whether `kitId` is one of the person's kits (the create request names one). */
    async owns(userId: string, kitId: string): Promise<boolean> {
      return (await forOwner(kitId, userId)) !== null
    },

    /**
     * The owner's video wears `kitId` (null: none) from now on; a stale `expectedVersion` changes
     * nothing. Its posters are rendered again in the kit's palette when the kit locks it.
     */
    async setForVideo(videoId: string, userId: string, kitId: string | null, expectedVersion: number): Promise<SetVideoKitOutcome> {
      const video = await repos.videos.findForOwner(videoId, userId)
      if (!video) return { ok: false, reason: 'no-video' }
      if (video.version !== expectedVersion) return { ok: false, reason: 'stale', currentVersion: video.version }
      if (video.status === 'queued' || video.status === 'generating') return { ok: false, reason: 'not-ready' }
      const kit = kitId === null ? null : await forOwner(kitId, userId)
      if (kitId !== null && !kit) return { ok: false, reason: 'no-kit' }
      const paletteLock = kit?.paletteLock ? kit.palette : null
      const hashes = video.scenes.map((scene) => posterHash(renderPosterSvg(scene, posterOptionsOf({ ...video, paletteLock }))))
      const outcome = await repos.brandKits.setVideoKit(videoId, userId, kitId, expectedVersion, hashes)
      if (typeof outcome === 'object') return { ok: false, reason: 'stale', currentVersion: outcome.staleAt }
      if (outcome !== 'ok') return { ok: false, reason: outcome }
      await invalidateVideo(store, video)
      return { ok: true, version: expectedVersion + 1 }
    },
  }
}

export type BrandKitService = ReturnType<typeof createBrandKitService>
