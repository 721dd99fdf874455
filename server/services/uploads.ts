import type { CacheStore } from '../cache/store.ts'
import type { Repositories, StoredUpload, UploadKind, UploadMeta, VideoWithScenes } from '../db/index.ts'
import { type PreparedImage, prepareImageUpload, UploadRejected } from '../uploads/index.ts'
import { invalidateVideo } from './videos.ts'

export type UploadServiceDeps = {
  repos: Pick<Repositories, 'uploads'>
  store: CacheStore
  /** UPLOAD_QUOTA_MB in bytes: everything one person stores. */
  quotaBytes: number
  /** Tests may pass their limits; the default is the real validation and re-encode. */
  prepare?: (bytes: Uint8Array) => Promise<PreparedImage>
}

/** The person's quota is full: what they use and what they may, for the 507 to say. */
export class QuotaFull extends Error {
  override name = 'QuotaFull'
  constructor(
    readonly usedBytes: number,
    readonly quotaBytes: number,
    readonly neededBytes: number,
  ) {
    super(`Storage is full: ${usedBytes} of ${quotaBytes} bytes used, ${neededBytes} more needed`)
  }
}

/** What writing a scene's image came to: the new content version, or why not. */
export type SceneImageOutcome = { version: number } | 'stale' | 'missing'

/**
 * Uploaded images: validated and re-encoded (server/uploads/), stored within the owner's quota,
 * put in a scene of the owner's video, served to whoever may see that video. Ownership is decided
 * here: the video comes from `forOwner`, an upload is served only to its owner or for a public video.
 */
export const createUploadService = ({ repos, store, quotaBytes, prepare = (bytes) => prepareImageUpload(bytes) }: UploadServiceDeps) => {
  /** Prepared and stored, or QuotaFull; frees unreferenced images first so the count is what is shown. */
  const keep = async (userId: string, kind: UploadKind, image: PreparedImage): Promise<UploadMeta> => {
    await repos.uploads.deleteUnreferenced(userId)
    const result = await repos.uploads.insertWithinQuota({ userId, kind, ...image }, quotaBytes)
    if ('full' in result) throw new QuotaFull(result.full.usedBytes, quotaBytes, image.bytes.byteLength)
    return result.stored
  }

  const setImage = async (video: VideoWithScenes, position: number, imageId: string | null, expectedVersion?: number) => {
    const outcome = await repos.uploads.setSceneImage(video.id, video.userId, position, imageId, expectedVersion)
    if (outcome === null) return 'missing'
    if (outcome === 'stale') return 'stale'
    await invalidateVideo(store, video)
    await repos.uploads.deleteUnreferenced(video.userId)
    return { version: outcome }
  }

  return {
    /** Validates, re-encodes and stores an image for the person (throws UploadRejected or QuotaFull). */
    async storeImage(userId: string, kind: UploadKind, bytes: Uint8Array): Promise<UploadMeta> {
      return keep(userId, kind, await prepare(bytes))
    },

    /** Stores an image that is already prepared (an AI picture made for the person). */
    storePrepared: keep,

    /**
     * The owner's scene shows `bytes` from now on (its previous image, if no other scene shows it,
     * is deleted). `expectedVersion` is the version If-Match was checked against; a write that
     * landed in between makes this 'stale' and leaves the stored image to be collected.
     */
    async setSceneImage(video: VideoWithScenes, position: number, bytes: Uint8Array, expectedVersion?: number): Promise<SceneImageOutcome> {
      if (!video.scenes.some((scene) => scene.position === position)) return 'missing'
      const upload = await this.storeImage(video.userId, 'scene-image', bytes)
      const outcome = await setImage(video, position, upload.id, expectedVersion)
      // Stale or gone: the image just stored is in no scene; collect it now rather than count it.
      if (typeof outcome === 'string') await repos.uploads.deleteUnreferenced(video.userId)
      return outcome
    },

    /** Puts an already-stored upload of the owner into a scene (the generation worker's AI pictures). */
    attachToScene: (video: VideoWithScenes, position: number, uploadId: string) => setImage(video, position, uploadId),

    /** The scene goes back to its poster. */
    removeSceneImage: (video: VideoWithScenes, position: number, expectedVersion?: number): Promise<SceneImageOutcome> =>
      setImage(video, position, null, expectedVersion),

    /**
     * The upload when this viewer may see it: its owner always, anyone else only while a public,
     * ready video shows it. Unknown and not-yours look the same (null -> 404).
     */
    async viewable(id: string, viewerId: string | null): Promise<{ upload: StoredUpload; public: boolean } | null> {
      const upload = await repos.uploads.get(id)
      if (!upload) return null
      const isPublic = await repos.uploads.isInPublicVideo(id)
      if (!isPublic && upload.userId !== viewerId) return null
      return { upload, public: isPublic }
    },

    async usage(userId: string) {
      return { usedBytes: await repos.uploads.usedBytes(userId), quotaBytes }
    },
  }
}

export type UploadService = ReturnType<typeof createUploadService>
export { UploadRejected }
