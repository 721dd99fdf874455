import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AudioClipMeta, AudioClipRepo } from '../db/audio-clips.ts'
import type { Logger } from '../log.ts'
import { silentLogger } from '../log.ts'
import { AUDIO_EXTENSIONS } from './audio-url.ts'
import { isAudioHash } from './content-hash.ts'

/** A stored clip ready to serve: a file on disk (streamed, ranged) and what it is. */
export interface StoredAudio {
  hash: string
  contentType: string
  file: Blob
  size: number
}

export interface AudioStore {
  /** What is stored under `hash`, without reading the bytes; null when nothing is. */
  meta(hash: string): Promise<AudioClipMeta | null>
  /** Stores a new clip: the database first (authoritative), then the local disk copy. */
  save(clip: AudioClipMeta & { bytes: Uint8Array }): Promise<void>
  /** The clip to serve: the disk copy, fetched from the database first when this replica lacks it. */
  open(hash: string, contentType: string): Promise<StoredAudio | null>
}

export interface AudioStoreOptions {
  clips: Pick<AudioClipRepo, 'meta' | 'get' | 'put'>
  /** `DATA_DIR/audio`: this replica's copies, for serving with sendfile-like efficiency. */
  dir: string
  logger?: Logger
}

/**
 * The database holds every clip; each replica keeps a disk copy of the ones it served, so a clip is
 * read from the database at most once per replica. Disk writes go to a temp file renamed into
 * place, so a reader never sees half a clip; a failed disk write only costs a later database read.
 */
export const createAudioStore = (options: AudioStoreOptions): AudioStore => {
  const logger = options.logger ?? silentLogger
  // Without a disk copy clips are still served, from the database: a bad DATA_DIR costs speed, not audio.
  const ready = mkdir(options.dir, { recursive: true }).catch((error: unknown) =>
    logger.warn('audio directory unavailable', { dir: options.dir, error }),
  )
  const pathOf = (hash: string, contentType: string) => join(options.dir, `${hash}.${AUDIO_EXTENSIONS[contentType] ?? 'bin'}`)

  const writeDisk = async (hash: string, contentType: string, bytes: Uint8Array) => {
    await ready
    const final = pathOf(hash, contentType)
    const temp = join(options.dir, `.${hash}.${crypto.randomUUID()}.tmp`)
    try {
      await Bun.write(temp, bytes)
      await rename(temp, final)
    } catch (error) {
      logger.warn('audio disk copy failed', { hash, error })
      // Best effort: when the directory itself is unusable there is no temp file to remove either.
      await rm(temp, { force: true }).catch(() => {})
    }
  }

  return {
    meta: (hash) => (isAudioHash(hash) ? options.clips.meta(hash) : Promise.resolve(null)),

    async save(clip) {
      await options.clips.put(clip)
      await writeDisk(clip.hash, clip.contentType, clip.bytes)
    },

    async open(hash, contentType) {
      // The hash shape is the path's only variable part: nothing else reaches the file system.
      if (!isAudioHash(hash) || !AUDIO_EXTENSIONS[contentType]) return null
      await ready
      const path = pathOf(hash, contentType)
      // A file here was renamed into place whole, and a hash names one clip forever: no database read.
      const onDisk = Bun.file(path, { type: contentType })
      if (await onDisk.exists()) return { hash, contentType, file: onDisk, size: onDisk.size }
      const clip = await options.clips.get(hash)
      if (!clip || clip.contentType !== contentType) return null
      await writeDisk(hash, contentType, clip.bytes)
      const written = Bun.file(path, { type: contentType })
      if (await written.exists()) return { hash, contentType, file: written, size: written.size }
      return {
        hash,
        contentType,
        file: new Blob([clip.bytes as Uint8Array<ArrayBuffer>], { type: contentType }),
        size: clip.bytes.byteLength,
      }
    },
  }
}
