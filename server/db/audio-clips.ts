import type { Database } from './types.ts'
import type { Clock } from './model.ts'
import { toNumber } from './rows.ts'

/** What the narrator needs to answer without the bytes. */
export interface AudioClipMeta {
  hash: string
  contentType: string
  durationMs: number
}

export interface AudioClip extends AudioClipMeta {
  bytes: Uint8Array
  createdAt: number
}

interface AudioClipRow {
  hash: string
  content_type: string
  duration_ms: unknown
  bytes?: Uint8Array
  created_at?: unknown
}

const toMeta = (row: AudioClipRow): AudioClipMeta => ({
  hash: row.hash,
  contentType: row.content_type,
  durationMs: toNumber(row.duration_ms),
})

/**
 * Synthesized narration, addressed by content: a hash names exactly one clip, forever, so rows are
 * only ever inserted (a second insert of the same hash is a no-op). This copy is authoritative;
 * replicas sharing the database serve each other's clips from it.
 */
export const createAudioClipRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now
  return {
    async meta(hash: string): Promise<AudioClipMeta | null> {
      const [row] = await db.query<AudioClipRow>`SELECT hash, content_type, duration_ms FROM audio_clips WHERE hash = ${hash}`
      return row ? toMeta(row) : null
    },

    async get(hash: string): Promise<AudioClip | null> {
      const [row] = await db.query<AudioClipRow>`SELECT * FROM audio_clips WHERE hash = ${hash}`
      if (!row?.bytes) return null
      // Postgres hands back a Buffer, SQLite a Uint8Array: one type for callers.
      const bytes = new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)
      return { ...toMeta(row), bytes, createdAt: toNumber(row.created_at) }
    },

    /** Stores a clip; when another replica stored the same hash first, keeps theirs (the bytes are the same sound). */
    async put(clip: AudioClipMeta & { bytes: Uint8Array }): Promise<void> {
      await db.query`
        INSERT INTO audio_clips (hash, content_type, duration_ms, bytes, created_at)
        VALUES (${clip.hash}, ${clip.contentType}, ${Math.round(clip.durationMs)}, ${clip.bytes}, ${now()})
        ON CONFLICT (hash) DO NOTHING`
    },
  }
}

export type AudioClipRepo = ReturnType<typeof createAudioClipRepo>
