import type { CaptionOverrides, CaptionPresetName } from '../../shared/caption-style.ts'
import type { Database, Query } from './types.ts'
import { randomId } from './ids.ts'
import { ensureSnapshot, snapshotVersion } from './versions.ts'
import type { Clock } from './model.ts'
import { toNumber, type DbInteger } from './rows.ts'

/**
 * Brand kits: several per user, each a logo, a palette (locked onto the posters or not), a caption
 * look and intro/outro texts. Ownership is in every statement (the caller's user id), so a route
 * cannot forget it. A video names its kit (`videos.brand_kit_id`) and carries a copy of the locked
 * palette (`videos.palette_lock`), written here in the same transaction as the kit.
 */

export interface BrandKitFields {
  name: string
  palette: string[]
  paletteLock: boolean
  captionPreset: CaptionPresetName
  captionOverrides: CaptionOverrides
  introText: string
  outroText: string
}

export interface BrandKit extends BrandKitFields {
  id: string
  userId: string
  /** The logo's upload (same rules and storage as scene images), or null. */
  logoUploadId: string | null
  createdAt: number
  updatedAt: number
}

interface BrandKitRow {
  id: string
  user_id: string
  name: string
  logo_upload_id: string | null
  palette: string
  palette_lock: DbInteger
  caption_preset: string
  caption_overrides: string
  intro_text: string
  outro_text: string
  created_at: DbInteger
  updated_at: DbInteger
}

const toKit = (row: BrandKitRow): BrandKit => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  logoUploadId: row.logo_upload_id,
  palette: JSON.parse(row.palette) as string[],
  paletteLock: toNumber(row.palette_lock) === 1,
  captionPreset: row.caption_preset as CaptionPresetName,
  captionOverrides: JSON.parse(row.caption_overrides) as CaptionOverrides,
  introText: row.intro_text,
  outroText: row.outro_text,
  createdAt: toNumber(row.created_at),
  updatedAt: toNumber(row.updated_at),
})

/** What `videos.palette_lock` holds for a kit: its palette when it locks, else NULL. */
const lockOf = (kit: Pick<BrandKitFields, 'palette' | 'paletteLock'>) => (kit.paletteLock ? JSON.stringify(kit.palette) : null)

/** The owner's kit as a new video stores it (inside videos.create's transaction), or null when it is not theirs. */
export const kitForVideo = async (tx: Query, kitId: string, userId: string): Promise<{ id: string; paletteLock: string | null } | null> => {
  const [row] = await tx<BrandKitRow>`SELECT * FROM brand_kits WHERE id = ${kitId} AND user_id = ${userId}`
  return row ? { id: row.id, paletteLock: lockOf(toKit(row)) } : null
}

/** The videos that wear a kit, as the kit's change left them. */
const videosOfKit = async (tx: Query, kitId: string) =>
  (await tx<{ id: string }>`SELECT id FROM videos WHERE brand_kit_id = ${kitId} ORDER BY id`).map((row) => row.id)

export const createBrandKitRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  return {
    /** @returns the new kit, or `limit` when the user already has `max` kits */
    create: (userId: string, fields: BrandKitFields, max: number): Promise<BrandKit | 'limit'> =>
      db.transaction(async (tx) => {
        const [count] = await tx<{ total: DbInteger }>`SELECT count(*) AS total FROM brand_kits WHERE user_id = ${userId}`
        if (toNumber(count?.total ?? 0) >= max) return 'limit'
        const at = now()
        const [row] = await tx<BrandKitRow>`
          INSERT INTO brand_kits (id, user_id, name, logo_upload_id, palette, palette_lock, caption_preset, caption_overrides,
                                  intro_text, outro_text, created_at, updated_at)
          VALUES (${randomId()}, ${userId}, ${fields.name}, NULL, ${JSON.stringify(fields.palette)}, ${fields.paletteLock ? 1 : 0},
                  ${fields.captionPreset}, ${JSON.stringify(fields.captionOverrides)}, ${fields.introText}, ${fields.outroText}, ${at}, ${at})
          RETURNING *`
        return toKit(row!)
      }),

    /** The user's kits, oldest first (the order they were made in). */
    async listByUser(userId: string): Promise<BrandKit[]> {
      const rows = await db.query<BrandKitRow>`SELECT * FROM brand_kits WHERE user_id = ${userId} ORDER BY created_at, id`
      return rows.map(toKit)
    },

    /** @returns null unless `userId` owns the kit */
    async findForOwner(id: string, userId: string): Promise<BrandKit | null> {
      const [row] = await db.query<BrandKitRow>`SELECT * FROM brand_kits WHERE id = ${id} AND user_id = ${userId}`
      return row ? toKit(row) : null
    },

    /** Any kit: for showing the one a viewable video wears, never to answer a request for the kit itself. */
    async findById(id: string): Promise<BrandKit | null> {
      const [row] = await db.query<BrandKitRow>`SELECT * FROM brand_kits WHERE id = ${id}`
      return row ? toKit(row) : null
    },

    /**
     * Replaces the kit's fields; the videos wearing it take its new locked palette in the same transaction.
     * @returns the kit and those videos' ids, or null unless `userId` owns it
     */
    update: (id: string, userId: string, fields: BrandKitFields): Promise<{ kit: BrandKit; videoIds: string[] } | null> =>
      db.transaction(async (tx) => {
        const [row] = await tx<BrandKitRow>`
          UPDATE brand_kits
          SET name = ${fields.name}, palette = ${JSON.stringify(fields.palette)}, palette_lock = ${fields.paletteLock ? 1 : 0},
              caption_preset = ${fields.captionPreset}, caption_overrides = ${JSON.stringify(fields.captionOverrides)},
              intro_text = ${fields.introText}, outro_text = ${fields.outroText}, updated_at = ${now()}
          WHERE id = ${id} AND user_id = ${userId} RETURNING *`
        if (!row) return null
        await tx`UPDATE videos SET palette_lock = ${lockOf(fields)} WHERE brand_kit_id = ${id}`
        return { kit: toKit(row), videoIds: await videosOfKit(tx, id) }
      }),

    /**
     * Sets or clears the logo.
     * @returns the upload it replaced (the caller deletes it) and the videos wearing the kit, or null unless `userId` owns it
     */
    setLogo: (id: string, userId: string, uploadId: string | null): Promise<{ previous: string | null; videoIds: string[] } | null> =>
      db.transaction(async (tx) => {
        const [before] = await tx<BrandKitRow>`SELECT * FROM brand_kits WHERE id = ${id} AND user_id = ${userId}`
        if (!before) return null
        await tx`UPDATE brand_kits SET logo_upload_id = ${uploadId}, updated_at = ${now()} WHERE id = ${id}`
        return { previous: before.logo_upload_id, videoIds: await videosOfKit(tx, id) }
      }),

    /**
     * Deletes the kit; the videos wearing it go back to their own palettes (the FK's SET NULL would
     * leave their locked palette behind).
     * @returns the kit as it was and those videos' ids, or null unless `userId` owned it
     */
    delete: (id: string, userId: string): Promise<{ kit: BrandKit; videoIds: string[] } | null> =>
      db.transaction(async (tx) => {
        const [row] = await tx<BrandKitRow>`SELECT * FROM brand_kits WHERE id = ${id} AND user_id = ${userId}`
        if (!row) return null
        const videoIds = await videosOfKit(tx, id)
        await tx`UPDATE videos SET brand_kit_id = NULL, palette_lock = NULL WHERE brand_kit_id = ${id}`
        await tx`DELETE FROM brand_kits WHERE id = ${id}`
        return { kit: toKit(row), videoIds }
      }),

    /**
     * The owner's video wears `kitId` (null: none) from now on: its locked palette and its posters'
     * hashes (rendered for it by the caller) change with it, and its content version moves, all in
     * one transaction and only if the video is still at `expectedVersion` (a stale write changes nothing).
     */
    setVideoKit: (
      videoId: string,
      userId: string,
      kitId: string | null,
      expectedVersion: number,
      posterHashes: readonly string[],
    ): Promise<'ok' | 'no-video' | 'no-kit' | { staleAt: number }> =>
      db.transaction(async (tx) => {
        const kit = kitId === null ? null : await kitForVideo(tx, kitId, userId)
        if (kitId !== null && !kit) return 'no-kit'
        const at = now()
        // The version before the change keeps its snapshot (a video made before the history gets one now).
        await ensureSnapshot(tx, videoId, at)
        const updated = await tx`
          UPDATE videos SET brand_kit_id = ${kit?.id ?? null}, palette_lock = ${kit?.paletteLock ?? null},
                            version = version + 1, updated_at = ${at}
          WHERE id = ${videoId} AND user_id = ${userId} AND version = ${expectedVersion} RETURNING id`
        if (updated.length === 0) {
          const [current] = await tx<{ version: DbInteger }>`SELECT version FROM videos WHERE id = ${videoId} AND user_id = ${userId}`
          return current ? { staleAt: toNumber(current.version) } : 'no-video'
        }
        for (const [position, hash] of posterHashes.entries()) {
          await tx`UPDATE scenes SET poster_hash = ${hash} WHERE video_id = ${videoId} AND position = ${position}`
        }
        await snapshotVersion(tx, videoId, 'brand-kit', at)
        return 'ok'
      }),

    /** Deletes the person's logo upload once no kit of theirs shows it (replaced, removed, kit deleted). */
    async deleteUnusedLogo(userId: string, uploadId: string): Promise<void> {
      await db.query`
        DELETE FROM uploads
        WHERE id = ${uploadId} AND user_id = ${userId} AND kind = 'logo'
          AND NOT EXISTS (SELECT 1 FROM brand_kits k WHERE k.logo_upload_id = uploads.id)`
    },

    /** A video's posters re-rendered after its kit changed (not a content change: the version stays). */
    setPosterHashes: (videoId: string, posterHashes: readonly string[]): Promise<void> =>
      db.transaction(async (tx) => {
        for (const [position, hash] of posterHashes.entries()) {
          await tx`UPDATE scenes SET poster_hash = ${hash} WHERE video_id = ${videoId} AND position = ${position}`
        }
      }),
  }
}

export type BrandKitRepo = ReturnType<typeof createBrandKitRepo>
