import type { Dialect, Query } from './types.ts'

/**
 * The schema, as numbered migrations. A migration that has shipped is never edited: change the
 * schema by appending one. Each runs once, in its own transaction, recorded in schema_migrations.
 *
 * Portable SQL on purpose, so one text serves SQLite and Postgres: TEXT ids (random, URL-safe),
 * BIGINT epoch-milliseconds (INTEGER affinity in SQLite), TEXT JSON, TEXT enums with CHECK.
 * Every FK cascades: deleting a user or a video leaves nothing behind.
 */

/** Why a scene made before narration existed is silent; the retry button narrates it. */
export const LEGACY_NARRATION_ERROR = 'Made before narration existed.'

export interface Migration {
  /** Positive, strictly increasing; the order migrations run in. */
  version: number
  name: string
  /** Receives the dialect for the rare statement that must differ; today none does. */
  up(tx: Query, dialect: Dialect): Promise<void>
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'users, sessions, videos, scenes, generation jobs, usage',
    async up(tx) {
      await tx`
        CREATE TABLE users (
          id            TEXT PRIMARY KEY,
          email         TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          language      TEXT NOT NULL,
          created_at    BIGINT NOT NULL
        )`
      // Case-insensitive uniqueness (ASCII case folding on both SQLite and Postgres' C locale).
      await tx`CREATE UNIQUE INDEX users_email_lower ON users (lower(email))`

      await tx`
        CREATE TABLE sessions (
          id         TEXT PRIMARY KEY, -- SHA-256 hex of the cookie token, never the token
          user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          csrf_token TEXT NOT NULL,
          expires_at BIGINT NOT NULL,
          created_at BIGINT NOT NULL
        )`
      await tx`CREATE INDEX sessions_user ON sessions (user_id)`
      await tx`CREATE INDEX sessions_expires ON sessions (expires_at)`

      await tx`
        CREATE TABLE videos (
          id              TEXT PRIMARY KEY,
          user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          title           TEXT,
          logline         TEXT,
          script          TEXT,
          prompt          TEXT NOT NULL,
          style           TEXT NOT NULL,
          duration_sec    INTEGER NOT NULL,
          aspect          TEXT NOT NULL,
          language        TEXT NOT NULL,
          status          TEXT NOT NULL CHECK (status IN ('queued', 'generating', 'ready', 'failed')),
          visibility      TEXT NOT NULL CHECK (visibility IN ('private', 'public')),
          version         INTEGER NOT NULL,
          idempotency_key TEXT,
          created_at      BIGINT NOT NULL,
          updated_at      BIGINT NOT NULL,
          -- NULL keys never collide (both databases treat NULLs as distinct here)
          UNIQUE (user_id, idempotency_key)
        )`
      await tx`CREATE INDEX videos_user_created ON videos (user_id, created_at)`
      await tx`CREATE INDEX videos_gallery ON videos (visibility, status, created_at)`

      await tx`
        CREATE TABLE scenes (
          video_id       TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
          position       INTEGER NOT NULL,
          duration_sec   DOUBLE PRECISION NOT NULL,
          narration      TEXT NOT NULL,
          on_screen_text TEXT NOT NULL,
          visual         TEXT NOT NULL,
          shot           TEXT NOT NULL,
          palette        TEXT NOT NULL, -- JSON array of #rrggbb
          poster_hash    TEXT NOT NULL,
          PRIMARY KEY (video_id, position)
        )`

      await tx`
        CREATE TABLE generation_jobs (
          id          TEXT PRIMARY KEY,
          video_id    TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
          status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
          step        TEXT NOT NULL,
          progress    DOUBLE PRECISION NOT NULL CHECK (progress >= 0 AND progress <= 1),
          error       TEXT,
          attempts    INTEGER NOT NULL,
          created_at  BIGINT NOT NULL,
          updated_at  BIGINT NOT NULL,
          started_at  BIGINT,
          finished_at BIGINT
        )`
      await tx`CREATE INDEX generation_jobs_queue ON generation_jobs (status, created_at)`
      await tx`CREATE INDEX generation_jobs_video ON generation_jobs (video_id, created_at)`

      await tx`
        CREATE TABLE usage (
          user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          day        TEXT NOT NULL, -- UTC, YYYY-MM-DD
          ai_calls   BIGINT NOT NULL,
          tokens_in  BIGINT NOT NULL,
          tokens_out BIGINT NOT NULL,
          cache_hits BIGINT NOT NULL,
          PRIMARY KEY (user_id, day)
        )`
    },
  },
  {
    version: 2,
    name: 'users.role: admins are named by the operator (reelsmith create-admin / grant-admin)',
    async up(tx) {
      await tx`ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin'))`
    },
  },
  {
    version: 3,
    name: 'audio clips (content-addressed narration)',
    // The one statement that differs: SQLite's binary type is BLOB, Postgres' is BYTEA.
    async up(tx, dialect) {
      if (dialect === 'postgres') {
        await tx`
          CREATE TABLE audio_clips (
            hash         TEXT PRIMARY KEY, -- base64url SHA-256 of everything that shapes the sound
            content_type TEXT NOT NULL,
            duration_ms  INTEGER NOT NULL,
            bytes        BYTEA NOT NULL,
            created_at   BIGINT NOT NULL
          )`
      } else {
        await tx`
          CREATE TABLE audio_clips (
            hash         TEXT PRIMARY KEY, -- base64url SHA-256 of everything that shapes the sound
            content_type TEXT NOT NULL,
            duration_ms  INTEGER NOT NULL,
            bytes        BLOB NOT NULL,
            created_at   BIGINT NOT NULL
          )`
      }
    },
  },
  {
    // 2 belongs to the security work; numbers only have to increase.
    version: 4,
    name: 'narration: voice and Shorts per video, sentences and narration status per scene',
    async up(tx) {
      await tx`ALTER TABLE videos ADD COLUMN voice_rate INTEGER NOT NULL DEFAULT 165`
      await tx`ALTER TABLE videos ADD COLUMN voice_pitch INTEGER NOT NULL DEFAULT 50`
      await tx`ALTER TABLE videos ADD COLUMN shorts INTEGER NOT NULL DEFAULT 0 CHECK (shorts IN (0, 1))`
      await tx`ALTER TABLE scenes ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]'` // JSON: text, audioHash, startSec, endSec
      await tx`ALTER TABLE scenes ADD COLUMN narration_status TEXT NOT NULL DEFAULT 'pending' CHECK (narration_status IN ('pending', 'ready', 'failed'))`
      await tx`ALTER TABLE scenes ADD COLUMN narration_error TEXT`
      // Scenes written before narration existed have no voice: failed, so their owner can narrate each one.
      await tx`UPDATE scenes SET narration_status = 'failed', narration_error = ${LEGACY_NARRATION_ERROR}`
    },
  },
  {
    version: 5,
    name: 'writer: the seed of each video, so "another version" of one idea is its own request',
    async up(tx) {
      await tx`ALTER TABLE videos ADD COLUMN seed INTEGER NOT NULL DEFAULT 0`
    },
  },
  {
    version: 6,
    name: 'videos.source: an idea, the person’s own script or an article (its text, title and address)',
    async up(tx) {
      await tx`ALTER TABLE videos ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'idea' CHECK (source_kind IN ('idea', 'script', 'article'))`
      await tx`ALTER TABLE videos ADD COLUMN source_text TEXT`
      await tx`ALTER TABLE videos ADD COLUMN source_title TEXT`
      await tx`ALTER TABLE videos ADD COLUMN source_url TEXT`
    },
  },
  {
    version: 7,
    name: 'storyboard versions: every save of a storyboard, to list, compare and restore (the last 100 per video)',
    // Videos made before this hold no row: the first read or write of their history snapshots them
    // (server/db/versions.ts ensureSnapshot), so the migration stays one portable statement.
    async up(tx) {
      await tx`
        CREATE TABLE storyboard_versions (
          video_id   TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
          version    INTEGER NOT NULL,
          cause      TEXT NOT NULL,
          created_at BIGINT NOT NULL,
          title      TEXT,
          logline    TEXT,
          script     TEXT,
          aspect     TEXT NOT NULL,
          scenes     TEXT NOT NULL, -- JSON: every stored scene field (poster hash, sentences with audio hashes, ...)
          PRIMARY KEY (video_id, version)
        )`
    },
  },
  {
    version: 8,
    name: 'uploads: images people send (scene pictures, logos), stored in the database; scenes.image_id',
    // id: random, 128 bits (never guessable in a URL); bytes: the re-encoded file, never the one sent.
    async up(tx, dialect) {
      await tx`
        CREATE TABLE uploads (
          id           TEXT PRIMARY KEY,
          user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          kind         TEXT NOT NULL CHECK (kind IN ('scene-image', 'logo')),
          content_type TEXT NOT NULL,
          width        INTEGER NOT NULL,
          height       INTEGER NOT NULL,
          size         INTEGER NOT NULL,
          hash         TEXT NOT NULL, -- base64url SHA-256 of bytes
          created_at   BIGINT NOT NULL
        )`
      // The binary type is the one word that differs (SQLite wants a default to add a NOT NULL column).
      if (dialect === 'postgres') await tx`ALTER TABLE uploads ADD COLUMN bytes BYTEA NOT NULL`
      else await tx`ALTER TABLE uploads ADD COLUMN bytes BLOB NOT NULL DEFAULT x''`
      await tx`CREATE INDEX uploads_user ON uploads (user_id, kind)`
      await tx`ALTER TABLE scenes ADD COLUMN image_id TEXT REFERENCES uploads (id) ON DELETE SET NULL`
      await tx`CREATE INDEX scenes_image ON scenes (image_id)`
    },
  },
  {
    version: 9,
    name: 'brand kits (several per user) and templates; a video names its kit and its template',
    async up(tx) {
      await tx`
        CREATE TABLE brand_kits (
          id                TEXT PRIMARY KEY,
          user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
          name              TEXT NOT NULL,
          logo_upload_id    TEXT REFERENCES uploads (id) ON DELETE SET NULL, -- kind 'logo'; NULL for none
          palette           TEXT NOT NULL, -- JSON array of #rrggbb
          palette_lock      INTEGER NOT NULL CHECK (palette_lock IN (0, 1)),
          caption_preset    TEXT NOT NULL,
          caption_overrides TEXT NOT NULL, -- JSON: font, scale, colour, outline, box, position
          intro_text        TEXT NOT NULL,
          outro_text        TEXT NOT NULL,
          created_at        BIGINT NOT NULL,
          updated_at        BIGINT NOT NULL
        )`
      await tx`CREATE INDEX brand_kits_user ON brand_kits (user_id, created_at)`
      await tx`ALTER TABLE videos ADD COLUMN brand_kit_id TEXT REFERENCES brand_kits (id) ON DELETE SET NULL`
      // The locked palette the posters are painted in, copied from the kit in the transaction that
      // sets or edits it: every poster renderer reads the video row alone. NULL: the scenes' own.
      await tx`ALTER TABLE videos ADD COLUMN palette_lock TEXT`
      await tx`ALTER TABLE videos ADD COLUMN template TEXT`
      await tx`CREATE INDEX videos_brand_kit ON videos (brand_kit_id)`
    },
  },
  {
    version: 10,
    name: 'background music per video: its level (0 = off) and a mood chosen apart from the style (NULL = from the style)',
    async up(tx) {
      await tx`ALTER TABLE videos ADD COLUMN music_level INTEGER NOT NULL DEFAULT 35 CHECK (music_level BETWEEN 0 AND 100)`
      await tx`ALTER TABLE videos ADD COLUMN music_mood TEXT CHECK (music_mood IN ('calm', 'upbeat', 'dramatic', 'playful', 'corporate', 'dreamy', 'noir'))`
    },
  },
]
