import type { VideoSource } from '../ai/create-request.ts'
import type { Scene, VideoRequest } from '../ai/storyboard.ts'
import type { MusicMood } from '../../shared/music.ts'

/**
 * The domain types the repositories hand out. Request and scene shapes are owned by the AI's
 * storyboard module and imported from there; this file only adds what storage knows.
 */

export const VIDEO_STATUSES = ['queued', 'generating', 'ready', 'failed'] as const
export type VideoStatus = (typeof VIDEO_STATUSES)[number]

export const VISIBILITIES = ['private', 'public'] as const
export type Visibility = (typeof VISIBILITIES)[number]

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

export type Language = VideoRequest['language']

/** `admin` opens the operator's pages; only the operator grants it (the CLI), never sign-up. */
export const ROLES = ['member', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Milliseconds since the epoch; injected so tests can move time. */
export type Clock = () => number

export interface User {
  id: string
  email: string
  language: Language
  role: Role
  createdAt: number
}

/** Only the login path needs the hash; everything else gets a {@link User} without it. */
export interface UserWithPasswordHash extends User {
  passwordHash: string
}

export interface Video extends VideoRequest {
  id: string
  /** Stored with the defaults filled in, so a later change of defaults leaves old videos as they were. */
  shorts: boolean
  voiceRate: number
  voicePitch: number
  seed: number
  /** Where the words come from: `{ kind: 'idea' }` (the prompt), or the person's script or article. */
  source: VideoSource
  userId: string
  /** null until the storyboard is written */
  title: string | null
  logline: string | null
  script: string | null
  status: VideoStatus
  visibility: Visibility
  /** Bumped on every content change; cache keys for derived data (assistant answers) include it. */
  version: number
  /** Background music level in percent, 0 = off (shared/music.ts). */
  musicLevel: number
  /** The music's mood when the owner chose one; null = from the style. */
  musicMood: MusicMood | null
  /** Poster of the first scene, for cards in lists; null until the storyboard is written. */
  coverPosterHash: string | null
  createdAt: number
  updatedAt: number
}

import type { NarrationStatus } from '../../shared/progress-event.ts'

export { NARRATION_STATUSES, type NarrationStatus } from '../../shared/progress-event.ts'

/** One spoken sentence of a scene, timed relative to the scene's start; audioHash null until narrated. */
export interface NarratedSentence {
  text: string
  audioHash: string | null
  startSec: number
  endSec: number
}

/** A scene's voice: its sentences and where their narration stands. */
export interface SceneNarration {
  sentences: NarratedSentence[]
  narrationStatus: NarrationStatus
  /** Why narration failed, for people; null unless failed. */
  narrationError: string | null
}

export interface StoredScene extends Scene, SceneNarration {
  /** 0-based order within the video */
  position: number
  posterHash: string
  /** The person's own picture (an upload), drawn instead of the poster; null for the poster. */
  imageId: string | null
}

export interface VideoWithScenes extends Video {
  scenes: StoredScene[]
}

export interface GenerationJob {
  id: string
  videoId: string
  status: JobStatus
  /** What the worker is doing, in the job module's words ('queued', 'started', 'scene 2 of 6', 'done' …). */
  step: string
  /** 0..1 */
  progress: number
  /** Why it failed, for people; null unless status is 'failed'. */
  error: string | null
  /** How many times a worker has claimed it. */
  attempts: number
  createdAt: number
  updatedAt: number
  startedAt: number | null
  finishedAt: number | null
}

export interface UsageCounts {
  aiCalls: number
  tokensIn: number
  tokensOut: number
  cacheHits: number
}

export interface UsageDay extends UsageCounts {
  /** UTC calendar day, YYYY-MM-DD */
  day: string
}

/** 1-based page number. */
export interface PageRequest {
  page: number
  pageSize: number
}

export interface Page<T> {
  items: T[]
  /** All matching rows, not just this page's. */
  total: number
}
