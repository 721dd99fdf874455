import type { VideoSource } from '../ai/create-request.ts'
import type { VideoRequest } from '../ai/storyboard.ts'
import type { MusicMood } from '../../shared/music.ts'
import type {
  GenerationJob,
  NarratedSentence,
  NarrationStatus,
  JobStatus,
  Language,
  Role,
  StoredScene,
  UsageCounts,
  UsageDay,
  User,
  UserWithPasswordHash,
  Video,
  VideoStatus,
  Visibility,
} from './model.ts'

/**
 * Rows <-> domain objects, in one place. Rows are trusted (only our code writes them), so this
 * maps rather than validates. The one dialect difference it absorbs: Postgres returns BIGINT
 * and SUM() as strings (SQLite as numbers); epoch-ms and counters stay far below 2^53.
 */

/** A BIGINT/COUNT/SUM as the driver hands it over. */
export type DbInteger = number | string | bigint

export const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value))
const toNullableNumber = (value: DbInteger | null): number | null => (value === null ? null : toNumber(value))

export interface UserRow {
  id: string
  email: string
  password_hash: string
  language: string
  role: string
  created_at: DbInteger
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  language: row.language as Language,
  role: row.role as Role,
  createdAt: toNumber(row.created_at),
})

export const toUserWithPasswordHash = (row: UserRow): UserWithPasswordHash => ({ ...toUser(row), passwordHash: row.password_hash })

export interface VideoRow {
  id: string
  user_id: string
  title: string | null
  logline: string | null
  script: string | null
  prompt: string
  style: string
  duration_sec: DbInteger
  aspect: string
  language: string
  status: string
  visibility: string
  version: DbInteger
  voice_rate: DbInteger
  voice_pitch: DbInteger
  seed: DbInteger
  /** 0 or 1 */
  shorts: DbInteger
  source_kind: string
  source_text: string | null
  source_title: string | null
  source_url: string | null
  music_level: DbInteger
  music_mood: string | null
  created_at: DbInteger
  updated_at: DbInteger
  /** from the LEFT JOIN on the first scene */
  cover_poster_hash: string | null
}

const toSource = (row: VideoRow): VideoSource => {
  if (row.source_kind === 'script') return { kind: 'script', text: row.source_text ?? '' }
  if (row.source_kind === 'article') {
    return {
      kind: 'article',
      text: row.source_text ?? '',
      ...(row.source_title === null ? {} : { title: row.source_title }),
      ...(row.source_url === null ? {} : { url: row.source_url }),
    }
  }
  return { kind: 'idea' }
}

export const toVideo = (row: VideoRow): Video => ({
  id: row.id,
  userId: row.user_id,
  title: row.title,
  logline: row.logline,
  script: row.script,
  prompt: row.prompt,
  style: row.style as VideoRequest['style'],
  durationSec: toNumber(row.duration_sec),
  aspect: row.aspect as VideoRequest['aspect'],
  language: row.language as Language,
  shorts: toNumber(row.shorts) === 1,
  voiceRate: toNumber(row.voice_rate),
  voicePitch: toNumber(row.voice_pitch),
  seed: toNumber(row.seed),
  source: toSource(row),
  status: row.status as VideoStatus,
  visibility: row.visibility as Visibility,
  version: toNumber(row.version),
  musicLevel: toNumber(row.music_level),
  musicMood: (row.music_mood as MusicMood | null) ?? null,
  coverPosterHash: row.cover_poster_hash ?? null,
  createdAt: toNumber(row.created_at),
  updatedAt: toNumber(row.updated_at),
})

export interface SceneRow {
  video_id: string
  position: DbInteger
  duration_sec: number | string
  narration: string
  on_screen_text: string
  visual: string
  shot: string
  palette: string
  poster_hash: string
  sentences: string
  narration_status: string
  narration_error: string | null
  image_id: string | null
}

export const toScene = (row: SceneRow): StoredScene => ({
  position: toNumber(row.position),
  durationSec: toNumber(row.duration_sec),
  narration: row.narration,
  onScreenText: row.on_screen_text,
  visual: row.visual,
  shot: row.shot as StoredScene['shot'],
  palette: JSON.parse(row.palette) as string[],
  posterHash: row.poster_hash,
  sentences: JSON.parse(row.sentences) as NarratedSentence[],
  narrationStatus: row.narration_status as NarrationStatus,
  narrationError: row.narration_error,
  imageId: row.image_id,
})

/** The column values of one scene, for an INSERT. */
export const sceneColumns = (
  videoId: string,
  position: number,
  scene: Omit<StoredScene, 'position' | 'imageId'> & { imageId?: string | null },
) => ({
  video_id: videoId,
  position,
  duration_sec: scene.durationSec,
  narration: scene.narration,
  on_screen_text: scene.onScreenText,
  visual: scene.visual,
  shot: scene.shot,
  palette: JSON.stringify(scene.palette),
  poster_hash: scene.posterHash,
  sentences: JSON.stringify(scene.sentences),
  narration_status: scene.narrationStatus,
  narration_error: scene.narrationError,
  image_id: scene.imageId ?? null,
})

export interface JobRow {
  id: string
  video_id: string
  status: string
  step: string
  progress: number | string
  error: string | null
  attempts: DbInteger
  created_at: DbInteger
  updated_at: DbInteger
  started_at: DbInteger | null
  finished_at: DbInteger | null
}

export const toJob = (row: JobRow): GenerationJob => ({
  id: row.id,
  videoId: row.video_id,
  status: row.status as JobStatus,
  step: row.step,
  progress: toNumber(row.progress),
  error: row.error,
  attempts: toNumber(row.attempts),
  createdAt: toNumber(row.created_at),
  updatedAt: toNumber(row.updated_at),
  startedAt: toNullableNumber(row.started_at),
  finishedAt: toNullableNumber(row.finished_at),
})

export interface UsageRow {
  day?: string
  ai_calls: DbInteger | null
  tokens_in: DbInteger | null
  tokens_out: DbInteger | null
  cache_hits: DbInteger | null
}

export const toUsageCounts = (row: UsageRow): UsageCounts => ({
  aiCalls: toNumber(row.ai_calls ?? 0),
  tokensIn: toNumber(row.tokens_in ?? 0),
  tokensOut: toNumber(row.tokens_out ?? 0),
  cacheHits: toNumber(row.cache_hits ?? 0),
})

export const toUsageDay = (row: UsageRow & { day: string }): UsageDay => ({ day: row.day, ...toUsageCounts(row) })
