import type { Database } from './types.ts'
import { randomId } from './ids.ts'
import type { Clock } from './model.ts'
import { toNumber } from './rows.ts'
import { ensureSnapshot, snapshotVersion } from './versions.ts'

export type UploadKind = 'scene-image' | 'logo'

export interface UploadMeta {
  id: string
  userId: string
  kind: UploadKind
  contentType: string
  width: number
  height: number
  size: number
  hash: string
  createdAt: number
}

export interface StoredUpload extends UploadMeta {
  bytes: Uint8Array
}

export interface NewUpload {
  userId: string
  kind: UploadKind
  contentType: string
  width: number
  height: number
  hash: string
  bytes: Uint8Array
}

interface UploadRow {
  id: string
  user_id: string
  kind: string
  content_type: string
  width: unknown
  height: unknown
  size: unknown
  hash: string
  created_at: unknown
  bytes?: Uint8Array
}

const toMeta = (row: UploadRow): UploadMeta => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind as UploadKind,
  contentType: row.content_type,
  width: toNumber(row.width),
  height: toNumber(row.height),
  size: toNumber(row.size),
  hash: row.hash,
  createdAt: toNumber(row.created_at),
})

/**
 * Uploaded (re-encoded) images, in the database like audio clips, so replicas sharing it serve
 * each other's. The quota is counted from this table, so it is always what is really stored.
 */
export const createUploadRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now
  return {
    /** Bytes a person stores, every kind. */
    async usedBytes(userId: string): Promise<number> {
      const [row] = await db.query<{ used: unknown }>`SELECT COALESCE(SUM(size), 0) AS used FROM uploads WHERE user_id = ${userId}`
      return toNumber(row?.used ?? 0)
    },

    /**
     * Stores the image unless it would take the person past `quotaBytes`: the check and the insert
     * in one transaction, so two uploads at once cannot both slip under the limit (SQLite has one
     * writer; on Postgres the per-user row lock serializes them).
     * @returns the stored row, or the bytes used when it does not fit
     */
    insertWithinQuota: (upload: NewUpload, quotaBytes: number): Promise<{ stored: UploadMeta } | { full: { usedBytes: number } }> =>
      db.transaction(async (tx) => {
        if (db.dialect === 'postgres') await tx`SELECT id FROM users WHERE id = ${upload.userId} FOR UPDATE`
        const [row] = await tx<{ used: unknown }>`SELECT COALESCE(SUM(size), 0) AS used FROM uploads WHERE user_id = ${upload.userId}`
        const used = toNumber(row?.used ?? 0)
        if (used + upload.bytes.byteLength > quotaBytes) return { full: { usedBytes: used } }
        const meta: UploadMeta = {
          id: randomId(),
          userId: upload.userId,
          kind: upload.kind,
          contentType: upload.contentType,
          width: upload.width,
          height: upload.height,
          size: upload.bytes.byteLength,
          hash: upload.hash,
          createdAt: now(),
        }
        await tx`
          INSERT INTO uploads (id, user_id, kind, content_type, width, height, bytes, size, hash, created_at)
          VALUES (${meta.id}, ${meta.userId}, ${meta.kind}, ${meta.contentType}, ${meta.width}, ${meta.height},
                  ${upload.bytes}, ${meta.size}, ${meta.hash}, ${meta.createdAt})`
        return { stored: meta }
      }),

    async get(id: string): Promise<StoredUpload | null> {
      const [row] = await db.query<UploadRow>`SELECT * FROM uploads WHERE id = ${id}`
      if (!row?.bytes) return null
      // Postgres hands back a Buffer, SQLite a Uint8Array: one type for callers.
      return { ...toMeta(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) }
    },

    /** Whether any public, ready video shows this upload (in a scene, or as its brand kit's logo): then anyone may fetch it. */
    async isInPublicVideo(id: string): Promise<boolean> {
      const rows = await db.query`
        SELECT 1 FROM scenes s JOIN videos v ON v.id = s.video_id
        WHERE s.image_id = ${id} AND v.visibility = 'public' AND v.status = 'ready'
        UNION ALL
        SELECT 1 FROM brand_kits k JOIN videos v ON v.brand_kit_id = k.id
        WHERE k.logo_upload_id = ${id} AND v.visibility = 'public' AND v.status = 'ready'
        LIMIT 1`
      return rows.length > 0
    },

    /**
     * Puts an upload in the owner's scene (or takes it out with null) and bumps the video's content
     * version, only when the video is the owner's and still at `expectedVersion` (If-Match is
     * checked again here, so two writers cannot both pass it).
     * @returns the new version, 'stale' when the version moved, null when no such scene is theirs
     */
    setSceneImage: (
      videoId: string,
      userId: string,
      position: number,
      imageId: string | null,
      expectedVersion?: number,
    ): Promise<number | 'stale' | null> =>
      db.transaction(async (tx) => {
        const [video] = await tx<{ version: unknown }>`SELECT version FROM videos WHERE id = ${videoId} AND user_id = ${userId}`
        if (!video) return null
        if (expectedVersion !== undefined && toNumber(video.version) !== expectedVersion) return 'stale'
        const at = now()
        // The version before the change keeps its snapshot (a video made before the history gets one now).
        await ensureSnapshot(tx, videoId, at)
        const updated =
          await tx`UPDATE scenes SET image_id = ${imageId} WHERE video_id = ${videoId} AND position = ${position} RETURNING position`
        if (updated.length === 0) return null
        const [bumped] = await tx<{ version: unknown }>`
          UPDATE videos SET version = version + 1, updated_at = ${at} WHERE id = ${videoId} RETURNING version`
        // A new picture is a save like any other: a version in the history, restorable.
        await snapshotVersion(tx, videoId, 'image', at)
        return toNumber(bumped!.version)
      }),

    /**
     * Deletes the person's scene images that neither a scene nor a kept version of their videos
     * shows (replaced or removed long enough ago that the history let go of it, or the video
     * deleted), which frees their quota. Logos belong to brand kits, which delete their own. A
     * version's scenes are JSON, so it is matched as text; `_` in an id is LIKE's any-character,
     * which can only keep an image longer, never delete one still shown.
     * @returns how many were deleted
     */
    async deleteUnreferenced(userId: string): Promise<number> {
      const rows = await db.query`
        DELETE FROM uploads
        WHERE user_id = ${userId} AND kind = 'scene-image'
          AND NOT EXISTS (SELECT 1 FROM scenes s WHERE s.image_id = uploads.id)
          AND NOT EXISTS (
            SELECT 1 FROM storyboard_versions sv JOIN videos v ON v.id = sv.video_id
            WHERE v.user_id = ${userId} AND sv.scenes LIKE '%"imageId":"' || uploads.id || '"%')
        RETURNING id`
      return rows.length
    },
  }
}

export type UploadRepo = ReturnType<typeof createUploadRepo>
