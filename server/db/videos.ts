import type { SourcedRequest } from '../ai/create-request.ts'
import { VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS, type AspectRatio, type Storyboard, type VideoRequest } from '../ai/storyboard.ts'
import type { MusicMood } from '../../shared/music.ts'
import type { Database, Query } from './types.ts'
import { randomId } from './ids.ts'
import { kitForVideo } from './brand-kits.ts'
import { insertQueuedJob } from './jobs.ts'
import type { Clock, Page, PageRequest, SceneNarration, StoredScene, Video, VideoStatus, VideoWithScenes, Visibility } from './model.ts'
import { ensureSnapshot, snapshotVersion, type VersionCause } from './versions.ts'
import { sceneColumns, toNumber, toScene, toVideo, type DbInteger, type SceneRow, type VideoRow } from './rows.ts'

/**
 * Videos and their scenes. Ownership is enforced here (findForOwner, findViewable,
 * setVisibility and delete take the caller's user id), so a route cannot forget it.
 * Every SELECT joins the first scene to give list cards their cover poster.
 */

export interface CreateVideoOptions {
  /** Same key from the same user -> the video created the first time, never a second one. */
  idempotencyKey?: string | undefined
}

/** A whole storyboard as an edit or a restore saves it: the text, the frame and every scene in order. */
export interface StoryboardEdit {
  title: string | null
  logline: string | null
  script: string | null
  aspect: AspectRatio
  scenes: Omit<StoredScene, 'position'>[]
}

/** A scene saved without narration: nothing said yet, nothing failed. */
const UNNARRATED: SceneNarration = { sentences: [], narrationStatus: 'pending', narrationError: null }

/** The one INSERT of a scene: every save of scenes goes through it. */
/** One scene row; its uploaded image (absent: none) follows the scene it came from. */
const insertScene = async (tx: Query, videoId: string, position: number, scene: Parameters<typeof sceneColumns>[2]) => {
  const c = sceneColumns(videoId, position, scene)
  await tx`
    INSERT INTO scenes (video_id, position, duration_sec, narration, on_screen_text, visual, shot, palette, poster_hash,
                        sentences, narration_status, narration_error, image_id)
    VALUES (${c.video_id}, ${c.position}, ${c.duration_sec}, ${c.narration}, ${c.on_screen_text}, ${c.visual},
            ${c.shot}, ${c.palette}, ${c.poster_hash}, ${c.sentences}, ${c.narration_status}, ${c.narration_error}, ${c.image_id})`
}

const offsetOf = ({ page, pageSize }: PageRequest) => (page - 1) * pageSize

const scenesOf = async (query: Query, videoId: string): Promise<StoredScene[]> =>
  (await query<SceneRow>`SELECT * FROM scenes WHERE video_id = ${videoId} ORDER BY position`).map(toScene)

const withScenes = async (query: Query, row: VideoRow | undefined): Promise<VideoWithScenes | null> =>
  row ? { ...toVideo(row), scenes: await scenesOf(query, row.id) } : null

const selectById = async (query: Query, id: string): Promise<VideoRow | undefined> =>
  (
    await query<VideoRow>`
      SELECT v.*, s.poster_hash AS cover_poster_hash
      FROM videos v LEFT JOIN scenes s ON s.video_id = v.id AND s.position = 0
      WHERE v.id = ${id}`
  )[0]

export const createVideoRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  const findById = async (id: string): Promise<Video | null> => {
    const row = await selectById(db.query, id)
    return row ? toVideo(row) : null
  }

  const countPublic = async (): Promise<number> => {
    const [row] = await db.query<{ total: DbInteger }>`
      SELECT count(*) AS total FROM videos WHERE visibility = 'public' AND status = 'ready'`
    return toNumber(row?.total ?? 0)
  }

  return {
    /**
     * Creates a private video and queues its generation job, in one transaction (never a video
     * without a job). With an idempotency key already used by this user, returns that video with
     * `created: false` and queues nothing; concurrent calls with one key create exactly one video.
     */
    create: (
      userId: string,
      request: VideoRequest & { source?: SourcedRequest['source']; brandKitId?: string | undefined },
      options: CreateVideoOptions = {},
    ): Promise<{ video: Video; created: boolean }> =>
      db.transaction(async (tx) => {
        const at = now()
        const key = options.idempotencyKey ?? null
        const source = request.source ?? { kind: 'idea' }
        const text = source.kind === 'idea' ? null : source.text
        const title = source.kind === 'article' ? (source.title ?? null) : null
        const url = source.kind === 'article' ? (source.url ?? null) : null
        // Only the owner's kit, read in this transaction: the first posters are painted in its palette.
        const kit = request.brandKitId ? await kitForVideo(tx, request.brandKitId, userId) : null
        const inserted = await tx<{ id: string }>`
          INSERT INTO videos (id, user_id, title, logline, script, prompt, style, duration_sec, aspect, language,
                              shorts, voice_rate, voice_pitch, seed, source_kind, source_text, source_title, source_url,
                              template, brand_kit_id, palette_lock,
                              status, visibility, version, idempotency_key, created_at, updated_at)
          VALUES (${randomId()}, ${userId}, NULL, NULL, NULL, ${request.prompt}, ${request.style}, ${request.durationSec},
                  ${request.aspect}, ${request.language}, ${request.shorts ? 1 : 0}, ${request.voiceRate ?? VOICE_RATE_LIMITS.default},
                  ${request.voicePitch ?? VOICE_PITCH_LIMITS.default}, ${request.seed ?? 0}, ${source.kind}, ${text}, ${title}, ${url},
                  ${request.template ?? null}, ${kit?.id ?? null}, ${kit?.paletteLock ?? null},
                  'queued', 'private', 1, ${key}, ${at}, ${at})
          ON CONFLICT (user_id, idempotency_key) DO NOTHING
          RETURNING id`
        if (inserted[0]) {
          await insertQueuedJob(tx, inserted[0].id, at)
          return { video: toVideo((await selectById(tx, inserted[0].id))!), created: true }
        }
        // On Postgres the INSERT waited for a concurrent holder of the key to commit; this SELECT sees its row.
        const [existing] = await tx<VideoRow>`
          SELECT v.*, s.poster_hash AS cover_poster_hash
          FROM videos v LEFT JOIN scenes s ON s.video_id = v.id AND s.position = 0
          WHERE v.user_id = ${userId} AND v.idempotency_key = ${key}`
        return { video: toVideo(existing!), created: false }
      }),

    /** Any video, whoever owns it: for workers and internal use, never to answer a request directly. */
    findById,

    /** @returns null unless `userId` owns the video */
    async findForOwner(id: string, userId: string): Promise<VideoWithScenes | null> {
      const row = await selectById(db.query, id)
      return row?.user_id === userId ? withScenes(db.query, row) : null
    },

    /** @returns null unless the video is public */
    async findPublicById(id: string): Promise<VideoWithScenes | null> {
      const row = await selectById(db.query, id)
      return row?.visibility === 'public' ? withScenes(db.query, row) : null
    },

    /** What a detail page shows: public videos to everyone, private ones to their owner only. `viewerId` null = anonymous. */
    async findViewable(id: string, viewerId: string | null): Promise<VideoWithScenes | null> {
      const row = await selectById(db.query, id)
      return row && (row.visibility === 'public' || row.user_id === viewerId) ? withScenes(db.query, row) : null
    },

    listScenes: (videoId: string): Promise<StoredScene[]> => scenesOf(db.query, videoId),

    /** The gallery: public videos that are ready, newest first. */
    async listPublic(page: PageRequest): Promise<Page<Video>> {
      const rows = await db.query<VideoRow>`
        SELECT v.*, s.poster_hash AS cover_poster_hash
        FROM videos v LEFT JOIN scenes s ON s.video_id = v.id AND s.position = 0
        WHERE v.visibility = 'public' AND v.status = 'ready'
        ORDER BY v.created_at DESC, v.id DESC
        LIMIT ${page.pageSize} OFFSET ${offsetOf(page)}`
      return { items: rows.map(toVideo), total: await countPublic() }
    },

    /** How many videos the gallery has. */
    countPublic,

    /** A user's own videos, every status, newest first. */
    async listByUser(userId: string, page: PageRequest): Promise<Page<Video>> {
      const rows = await db.query<VideoRow>`
        SELECT v.*, s.poster_hash AS cover_poster_hash
        FROM videos v LEFT JOIN scenes s ON s.video_id = v.id AND s.position = 0
        WHERE v.user_id = ${userId}
        ORDER BY v.created_at DESC, v.id DESC
        LIMIT ${page.pageSize} OFFSET ${offsetOf(page)}`
      const [count] = await db.query<{ total: DbInteger }>`SELECT count(*) AS total FROM videos WHERE user_id = ${userId}`
      return { items: rows.map(toVideo), total: toNumber(count?.total ?? 0) }
    },

    /**
     * Stores a generated storyboard: the scenes are replaced, the text set, the version bumped and
     * the status set to 'ready', all in one transaction. `posterHashes[i]` and `narrations[i]` belong
     * to scene i; without narrations every scene is saved unnarrated ('pending').
     * @returns the updated video, or null when it was deleted meanwhile
     */
    saveStoryboard: (
      videoId: string,
      storyboard: Storyboard,
      posterHashes: readonly string[],
      narrations?: readonly SceneNarration[],
    ): Promise<VideoWithScenes | null> => {
      if (posterHashes.length !== storyboard.scenes.length || (narrations && narrations.length !== storyboard.scenes.length)) {
        throw new TypeError(
          `saveStoryboard: ${storyboard.scenes.length} scenes but ${posterHashes.length} poster hashes and ${narrations?.length ?? 'no'} narrations`,
        )
      }
      return db.transaction(async (tx) => {
        const updated = await tx`
          UPDATE videos
          SET title = ${storyboard.title}, logline = ${storyboard.logline}, script = ${storyboard.script},
              status = 'ready', version = version + 1, updated_at = ${now()}
          WHERE id = ${videoId} RETURNING id`
        if (updated.length === 0) return null
        await tx`DELETE FROM scenes WHERE video_id = ${videoId}`
        for (const [position, scene] of storyboard.scenes.entries()) {
          await insertScene(tx, videoId, position, {
            ...scene,
            ...(narrations?.[position] ?? UNNARRATED),
            posterHash: posterHashes[position]!,
            imageId: null,
          })
        }
        await snapshotVersion(tx, videoId, 'generated', now())
        return withScenes(tx, await selectById(tx, videoId))
      })
    },

    /**
     * One scene's narration (a retry, narration after an edit, or marking it pending before one). The
     * scene keeps its duration and poster. Narration is derived from the scene's words, not a person's
     * save: the version stays (an open editor's ETag still holds) and the current version's snapshot
     * takes the new clips. With `spoken`, only a scene that still says that text in that slot is
     * written: an edit that moved or rewrote it meanwhile wins.
     * @returns false when the scene is gone (or no longer the one spoken)
     */
    setSceneNarration: (
      videoId: string,
      position: number,
      narration: SceneNarration,
      spoken?: Pick<StoredScene, 'narration' | 'durationSec'>,
    ): Promise<boolean> =>
      db.transaction(async (tx) => {
        const updated = spoken
          ? await tx`
              UPDATE scenes SET sentences = ${JSON.stringify(narration.sentences)}, narration_status = ${narration.narrationStatus},
                                narration_error = ${narration.narrationError}
              WHERE video_id = ${videoId} AND position = ${position} AND narration = ${spoken.narration}
                AND duration_sec = ${spoken.durationSec}
              RETURNING position`
          : await tx`
              UPDATE scenes SET sentences = ${JSON.stringify(narration.sentences)}, narration_status = ${narration.narrationStatus},
                                narration_error = ${narration.narrationError}
              WHERE video_id = ${videoId} AND position = ${position} RETURNING position`
        if (updated.length === 0) return false
        await tx`UPDATE videos SET updated_at = ${now()} WHERE id = ${videoId}`
        const [current] = await tx<{ version: DbInteger }>`SELECT version FROM videos WHERE id = ${videoId}`
        const [snapshot] = await tx<{ version: DbInteger }>`
          SELECT version FROM storyboard_versions WHERE video_id = ${videoId} AND version = ${current?.version ?? -1}`
        if (snapshot) await snapshotVersion(tx, videoId, 'edit', now())
        return true
      }),

    /**
     * Replaces the owner's storyboard as one new version, only if it is still at `expectedVersion`
     * (the check and the write in one statement, so two saves from the same version cannot both win).
     * @returns the saved video; `stale` when another save came first; null unless `userId` owns it
     */
    replaceStoryboard: (
      id: string,
      userId: string,
      expectedVersion: number,
      storyboard: StoryboardEdit,
      cause: VersionCause,
    ): Promise<VideoWithScenes | 'stale' | null> =>
      db.transaction(async (tx) => {
        const at = now()
        await ensureSnapshot(tx, id, at)
        const updated = await tx`
          UPDATE videos
          SET title = ${storyboard.title}, logline = ${storyboard.logline}, script = ${storyboard.script},
              aspect = ${storyboard.aspect}, version = version + 1, updated_at = ${at}
          WHERE id = ${id} AND user_id = ${userId} AND version = ${expectedVersion} RETURNING id`
        if (updated.length === 0) {
          const [row] = await tx<{ user_id: string }>`SELECT user_id FROM videos WHERE id = ${id}`
          return row?.user_id === userId ? 'stale' : null
        }
        await tx`DELETE FROM scenes WHERE video_id = ${id}`
        for (const [position, scene] of storyboard.scenes.entries()) await insertScene(tx, id, position, scene)
        await snapshotVersion(tx, id, cause, at)
        return withScenes(tx, await selectById(tx, id))
      }),

    /**
     * A new frame for the owner's video: the aspect and every scene's poster hash (`posterHashes[i]`
     * for position i, rendered for the new frame), in one transaction.
     * @returns null unless `userId` owns the video
     */
    setAspect: (id: string, userId: string, aspect: AspectRatio, posterHashes: readonly string[]): Promise<Video | null> =>
      db.transaction(async (tx) => {
        await ensureSnapshot(tx, id, now())
        const updated = await tx`
          UPDATE videos SET aspect = ${aspect}, version = version + 1, updated_at = ${now()}
          WHERE id = ${id} AND user_id = ${userId} RETURNING id`
        if (updated.length === 0) return null
        for (const [position, hash] of posterHashes.entries()) {
          await tx`UPDATE scenes SET poster_hash = ${hash} WHERE video_id = ${id} AND position = ${position}`
        }
        await snapshotVersion(tx, id, 'aspect', now())
        const row = await selectById(tx, id)
        return row ? toVideo(row) : null
      }),

    /**
     * The owner's music choice. A change of what the video JSON shows, so the version (and the
     * ETag) moves. With `ifVersion`, only while the video is still at that version.
     * @returns the video; null unless `userId` owns it; 'stale' when it moved past `ifVersion`
     */
    setMusic: (
      id: string,
      userId: string,
      music: { level: number; mood: MusicMood | null },
      ifVersion?: number,
    ): Promise<Video | null | 'stale'> =>
      db.transaction(async (tx) => {
        const at = now()
        // The version before the change keeps its snapshot (a video made before the history gets one now).
        await ensureSnapshot(tx, id, at)
        const updated =
          ifVersion === undefined
            ? await tx`
                UPDATE videos SET music_level = ${music.level}, music_mood = ${music.mood}, version = version + 1, updated_at = ${at}
                WHERE id = ${id} AND user_id = ${userId} RETURNING id`
            : await tx`
                UPDATE videos SET music_level = ${music.level}, music_mood = ${music.mood}, version = version + 1, updated_at = ${at}
                WHERE id = ${id} AND user_id = ${userId} AND version = ${ifVersion} RETURNING id`
        if (updated.length > 0) await snapshotVersion(tx, id, 'music', at)
        const row = await selectById(tx, id)
        if (!row || row.user_id !== userId) return null
        return updated.length > 0 ? toVideo(row) : 'stale'
      }),

    /** Status only; the job repo moves it along with the job, so this is for the odd manual case. @returns false when missing */
    async setStatus(videoId: string, status: VideoStatus): Promise<boolean> {
      const rows = await db.query`UPDATE videos SET status = ${status}, updated_at = ${now()} WHERE id = ${videoId} RETURNING id`
      return rows.length > 0
    },

    /** Publish or unpublish. Not a content change, so the version stays. @returns null unless `userId` owns the video */
    async setVisibility(id: string, userId: string, visibility: Visibility): Promise<Video | null> {
      const rows = await db.query`
        UPDATE videos SET visibility = ${visibility}, updated_at = ${now()} WHERE id = ${id} AND user_id = ${userId} RETURNING id`
      return rows.length > 0 ? findById(id) : null
    },

    /** Deletes the video with its scenes and jobs (FK cascade). @returns false unless `userId` owned it */
    async delete(id: string, userId: string): Promise<boolean> {
      const rows = await db.query`DELETE FROM videos WHERE id = ${id} AND user_id = ${userId} RETURNING id`
      return rows.length > 0
    },
  }
}

export type VideoRepo = ReturnType<typeof createVideoRepo>
