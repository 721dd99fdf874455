import { createAudioClipRepo } from './audio-clips.ts'
import type { Database } from './types.ts'
import { createJobRepo } from './jobs.ts'
import type { Clock } from './model.ts'
import { createSessionRepo } from './sessions.ts'
import { createUploadRepo } from './uploads.ts'
import { createUsageRepo } from './usage.ts'
import { createUserRepo } from './users.ts'
import { createVersionRepo } from './versions.ts'
import { createVideoRepo } from './videos.ts'

/** Storage's public face: open the database, then build the repositories on it. */

export { openDatabase, type OpenDatabaseOptions } from './database.ts'
export type { Database, Dialect, Query } from './types.ts'
export { migrate, appliedMigrations, schemaVersion, SchemaNewerError } from './migrate.ts'
export * from './model.ts'
export { createUserRepo, type UserRepo, type NewUser } from './users.ts'
export { createSessionRepo, type SessionRepo, type NewSession, type ActiveSession } from './sessions.ts'
export { createVideoRepo, type VideoRepo, type CreateVideoOptions, type StoryboardEdit } from './videos.ts'
export {
  createVersionRepo,
  type VersionRepo,
  type VersionCause,
  type VersionSummary,
  type StoryboardVersion,
  MAX_VERSIONS,
  VERSION_CAUSES,
} from './versions.ts'
export { createJobRepo, type JobRepo, type RequeueOptions } from './jobs.ts'
export { createUsageRepo, type UsageRepo, utcDay } from './usage.ts'
export { createAudioClipRepo, type AudioClipRepo, type AudioClip, type AudioClipMeta } from './audio-clips.ts'
export { createUploadRepo, type UploadRepo, type UploadKind, type UploadMeta, type StoredUpload, type NewUpload } from './uploads.ts'

/** Every repository on one database and one clock. */
export const createRepositories = (db: Database, options: { now?: Clock } = {}) => ({
  users: createUserRepo(db, options),
  sessions: createSessionRepo(db, options),
  videos: createVideoRepo(db, options),
  versions: createVersionRepo(db, options),
  jobs: createJobRepo(db, options),
  usage: createUsageRepo(db, options),
  audioClips: createAudioClipRepo(db, options),
  uploads: createUploadRepo(db, options),
})

export type Repositories = ReturnType<typeof createRepositories>
