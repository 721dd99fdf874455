import type { AspectRatio } from '../ai/storyboard.ts'
import type { Clock, StoredScene } from './model.ts'
import { toNumber, toScene, type DbInteger, type SceneRow } from './rows.ts'
import type { Database, Query } from './types.ts'

/**
 * Storyboard versions: a snapshot of the whole storyboard at every save (generated, edited,
 * regenerated, restored, reframed), keyed by the video's content version, so any of them can be
 * listed, compared and restored. Snapshots are written inside the transaction of the save itself,
 * so a version never exists without its content or the other way round.
 */

/** Why a version exists. */
export const VERSION_CAUSES = ['generated', 'edit', 'regenerate', 'restore', 'aspect', 'music', 'image', 'brand-kit'] as const
export type VersionCause = (typeof VERSION_CAUSES)[number]

/** History kept per video: a bound, so a script that saves in a loop cannot grow a row without end. */
export const MAX_VERSIONS = 100

export interface VersionSummary {
  version: number
  cause: VersionCause
  createdAt: number
  title: string | null
  sceneCount: number
  durationSec: number
}

export interface StoryboardVersion extends VersionSummary {
  logline: string | null
  script: string | null
  aspect: AspectRatio
  /** Every stored field, so a restore gets the same posters and narration clips back. */
  scenes: StoredScene[]
}

interface VersionRow {
  video_id: string
  version: DbInteger
  cause: string
  created_at: DbInteger
  title: string | null
  logline: string | null
  script: string | null
  aspect: string
  scenes: string
}

const toVersion = (row: VersionRow): StoryboardVersion => {
  const scenes = JSON.parse(row.scenes) as StoredScene[]
  return {
    version: toNumber(row.version),
    cause: row.cause as VersionCause,
    createdAt: toNumber(row.created_at),
    title: row.title,
    logline: row.logline,
    script: row.script,
    aspect: row.aspect as AspectRatio,
    scenes,
    sceneCount: scenes.length,
    durationSec: Math.round(scenes.reduce((sum, scene) => sum + scene.durationSec, 0) * 1000) / 1000,
  }
}

/**
 * Writes the video's current storyboard as the snapshot of its current version. `cause` names a new
 * version; an existing row of this version (narration landing after an edit: derived data, not a
 * person's save) only gets its content refreshed, keeping its cause and time. Older rows beyond
 * {@link MAX_VERSIONS} are dropped.
 */
export const snapshotVersion = async (tx: Query, videoId: string, cause: VersionCause, at: number): Promise<void> => {
  const [video] = await tx<{ version: DbInteger; title: string | null; logline: string | null; script: string | null; aspect: string }>`
    SELECT version, title, logline, script, aspect FROM videos WHERE id = ${videoId}`
  if (!video) return
  const scenes = (await tx<SceneRow>`SELECT * FROM scenes WHERE video_id = ${videoId} ORDER BY position`).map(toScene)
  const version = toNumber(video.version)
  await tx`
    INSERT INTO storyboard_versions (video_id, version, cause, created_at, title, logline, script, aspect, scenes)
    VALUES (${videoId}, ${version}, ${cause}, ${at}, ${video.title}, ${video.logline}, ${video.script}, ${video.aspect},
            ${JSON.stringify(scenes)})
    ON CONFLICT (video_id, version) DO UPDATE
    SET title = excluded.title, logline = excluded.logline, script = excluded.script, aspect = excluded.aspect,
        scenes = excluded.scenes`
  await tx`
    DELETE FROM storyboard_versions
    WHERE video_id = ${videoId} AND version <= ${version - MAX_VERSIONS}`
}

/**
 * Snapshots the video's current storyboard unless its version has one already: a video written
 * before versions existed (its one save was its generation). Run before a save replaces it, so
 * the storyboard from before the first edit stays restorable.
 */
export const ensureSnapshot = async (tx: Query, videoId: string, at: number): Promise<void> => {
  const [row] = await tx<{ has: DbInteger }>`
    SELECT count(*) AS has FROM storyboard_versions sv JOIN videos v ON v.id = sv.video_id AND v.version = sv.version
    WHERE sv.video_id = ${videoId}`
  if (toNumber(row?.has ?? 0) === 0) await snapshotVersion(tx, videoId, 'generated', at)
}

export const createVersionRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now
  return {
    /** Newest first; at most {@link MAX_VERSIONS}. */
    async list(videoId: string): Promise<VersionSummary[]> {
      const rows = await db.query<VersionRow>`
        SELECT * FROM storyboard_versions WHERE video_id = ${videoId} ORDER BY version DESC`
      return rows.map((row) => {
        const { logline: _logline, script: _script, aspect: _aspect, scenes: _scenes, ...summary } = toVersion(row)
        return summary
      })
    },

    async get(videoId: string, version: number): Promise<StoryboardVersion | null> {
      const [row] = await db.query<VersionRow>`
        SELECT * FROM storyboard_versions WHERE video_id = ${videoId} AND version = ${version}`
      return row ? toVersion(row) : null
    },

    /**
     * A video written before versions existed has no snapshot of its current storyboard: this takes
     * it (as 'generated', the only save such a video had), and does nothing when there is one.
     */
    ensureSnapshot: (videoId: string): Promise<void> => db.transaction((tx) => ensureSnapshot(tx, videoId, now())),
  }
}

export type VersionRepo = ReturnType<typeof createVersionRepo>
