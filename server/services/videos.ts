import { cached, presets } from '../cache/cached.ts'
import type { CacheStore } from '../cache/store.ts'
import type { CreateVideoRequest } from '../ai/create-request.ts'
import { VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS, type AspectRatio } from '../ai/storyboard.ts'
import { storedRequest } from '../ai/text/stored-request.ts'
import { buildCues } from '../captions/cues.ts'
import { toSrt } from '../captions/srt.ts'
import { toVtt } from '../captions/vtt.ts'
import { IDEMPOTENCY_KEY } from '../../shared/ids.ts'
import type { Repositories } from '../db/index.ts'
import type { PageRequest, StoredScene, Video, Visibility, VideoWithScenes } from '../db/model.ts'
import { renarrateScene } from '../jobs/renarrate.ts'
import type { ProgressBus, ProgressEvent } from '../jobs/progress.ts'
import { eventFromJob, labelForNarration } from '../jobs/steps.ts'
import { posterHash, renderPosterSvg } from '../posters/svg.ts'
import type { Narrator } from '../tts/index.ts'
import { unwrittenScript } from '../../shared/writing-systems.ts'
import type { MusicMood } from '../../shared/music.ts'

/** What creating a video came to: the video (new, or the one this key made before), or why nothing was made. */
export type CreateOutcome = { video: Video; created: boolean; conflict: false } | { conflict: 'reused' | 'malformed-key' }

export const videoTag = (videoId: string) => `video:${videoId}`
export const videosOfTag = (userId: string) => `videos-of:${userId}`
export const GALLERY_TAG = 'gallery'

/** Drops every cached read a change to this video can affect: itself, its owner's lists, the gallery. */
export const invalidateVideo = (store: CacheStore, video: { id: string; userId: string }) =>
  store.invalidateTags([videoTag(video.id), videosOfTag(video.userId), GALLERY_TAG])

export type VideoServiceDeps = {
  repos: Pick<Repositories, 'videos' | 'jobs'> & Partial<Pick<Repositories, 'uploads'>>
  store: CacheStore
  /** Wakes the worker when a job is queued here. */
  onQueued: () => void
  /** Narrates a scene again on request; without it, that request is refused. */
  narrator?: Narrator
  now?: () => number
  /** Where narration of edited scenes is announced to the progress streams. */
  bus?: ProgressBus
  /** The built-in writer writes only the UI languages: an idea in another script is refused before a job exists. */
  builtInWriter?: boolean
}

/** An idea typed in a script the built-in writer does not write (an ISO 15924 code: "Jpan", "Arab"). */
export class UnwrittenScriptError extends Error {
  override name = 'UnwrittenScriptError'
  constructor(readonly script: string) {
    super(`The built-in writer does not write the ${script} script`)
  }
}

/**
 * Videos as the routes use them: reads through the DB-query cache (1 h), every write followed by the
 * invalidation of what it changed, ownership decided here so no route can forget it.
 */
export const createVideoService = ({ repos, store, onQueued, narrator, bus, now = Date.now, builtInWriter = false }: VideoServiceDeps) => {
  // Cached without the viewer: the same row serves everyone, and the check below runs on every read.
  const loadVideo = cached(
    store,
    async (id: string): Promise<VideoWithScenes | null> => {
      const video = await repos.videos.findById(id)
      return video && { ...video, scenes: await repos.videos.listScenes(id) }
    },
    { ...presets.db, key: (id) => `video:${id}`, tags: (id) => [videoTag(id)] },
  )
  const listPublic = cached(store, (page: PageRequest) => repos.videos.listPublic(page), {
    ...presets.db,
    key: (page) => `gallery:${page.page}:${page.pageSize}`,
    tags: () => [GALLERY_TAG],
  })
  const listByUser = cached(store, (userId: string, page: PageRequest) => repos.videos.listByUser(userId, page), {
    ...presets.db,
    key: (userId, page) => `videos-of:${userId}:${page.page}:${page.pageSize}`,
    tags: (userId) => [videosOfTag(userId)],
  })

  const changed = (video: { id: string; userId: string }) => invalidateVideo(store, video)

  // Keyed on the version too: an edit bumps it, and the video's tag drops the old entries anyway.
  const captionsOf = cached(
    store,
    async (video: VideoWithScenes, format: CaptionFormat): Promise<string> => {
      const cues = buildCues(video.scenes, video.language)
      return format === 'vtt' ? toVtt(cues) : toSrt(cues)
    },
    { ...presets.db, key: (video, format) => `captions:${video.id}:${video.version}:${format}`, tags: (video) => [videoTag(video.id)] },
  )

  /** The owner's video, or null (unknown and not-yours look the same: 404). */
  const forOwner = async (id: string, userId: string) => {
    const video = await loadVideo(id)
    return video && video.userId === userId ? video : null
  }

  /**
   * Where the video's generation stands: what a (re)connecting progress stream starts from. A
   * written video whose edited scenes are still being narrated is `running` at the narration step,
   * each scene's status beside it, until the last lands (read from the stored scenes, so every
   * replica tells the same).
   */
  const progress = async (id: string): Promise<ProgressEvent | null> => {
    const job = await repos.jobs.findLatestForVideo(id)
    if (!job) return null
    const event = eventFromJob(job, now())
    if (event.status !== 'done') return event
    const statuses = (await loadVideo(id))?.scenes.map((scene) => scene.narrationStatus) ?? []
    const pending = statuses.filter((status) => status === 'pending').length
    if (pending === 0) return event
    const done = statuses.length - pending
    return {
      ...event,
      status: 'running',
      step: 'narration',
      label: labelForNarration(done + 1, statuses.length),
      scene: { index: done + 1, total: statuses.length },
      narration: statuses,
      progress: done / statuses.length,
      at: now(),
    }
  }

  return {
    /** Public videos for everyone, private ones for their owner only. */
    async viewable(id: string, viewerId: string | null) {
      const video = await loadVideo(id)
      return video && (video.visibility === 'public' || video.userId === viewerId) ? video : null
    },
    forOwner,
    /** The owner's video read from the database, past the cache: after a save lost a race. */
    fresh: (id: string, userId: string) => repos.videos.findForOwner(id, userId),
    listPublic,
    listByUser,

    /**
     * @returns `conflict` when the idempotency key was already used for a different request: a
     * replay must be the same request, or it is a client bug to report rather than hide.
     */
    /**
     * The one rule for the create form and POST /api/videos: a malformed idempotency key is refused
     * (never silently dropped, which would let a resent request create a second video), and a key
     * used before with other content creates nothing. An idea in a script the built-in writer does
     * not write throws UnwrittenScriptError (both answer 422 with the notice); a script or an
     * article is the person's own words and is never rewritten, so it is not checked.
     */
    async create(userId: string, create: CreateVideoRequest, idempotencyKey?: string): Promise<CreateOutcome> {
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) return { conflict: 'malformed-key' }
      const request = storedRequest(create)
      const script = builtInWriter && request.source.kind === 'idea' ? unwrittenScript(request.prompt) : null
      if (script) throw new UnwrittenScriptError(script)
      const result = await repos.videos.create(userId, request, { idempotencyKey })
      const { video } = result
      const sameRequest =
        JSON.stringify(video.source) === JSON.stringify(request.source) &&
        video.prompt === request.prompt &&
        video.style === request.style &&
        video.durationSec === request.durationSec &&
        video.aspect === request.aspect &&
        video.language === request.language &&
        video.shorts === (request.shorts ?? false) &&
        video.voiceRate === (request.voiceRate ?? VOICE_RATE_LIMITS.default) &&
        video.voicePitch === (request.voicePitch ?? VOICE_PITCH_LIMITS.default) &&
        video.seed === (request.seed ?? 0)
      if (!result.created && !sameRequest) return { conflict: 'reused' }
      if (result.created) {
        await store.invalidateTags([videosOfTag(userId)])
        onQueued()
      }
      return { video, created: result.created, conflict: false }
    },

    async setVisibility(id: string, userId: string, visibility: Visibility) {
      const video = await repos.videos.setVisibility(id, userId, visibility)
      if (video) await changed(video)
      return video
    },

    async delete(id: string, userId: string) {
      const deleted = await repos.videos.delete(id, userId)
      if (deleted) await changed({ id, userId })
      // Its scenes' pictures free the owner's storage with it.
      if (deleted) await repos.uploads?.deleteUnreferenced(userId)
      return deleted
    },

    /** Queues a failed video again. @returns null when it is not the caller's or has not failed */
    async retry(id: string, userId: string) {
      if (!(await forOwner(id, userId))) return null
      const job = await repos.jobs.retry(id)
      if (!job) return null
      await changed({ id, userId })
      onQueued()
      return job
    },

    /** The captions of a video the viewer may see (same rule as the video), or null. */
    async captions(id: string, viewerId: string | null, format: CaptionFormat) {
      const video = await loadVideo(id)
      if (!video || (video.visibility !== 'public' && video.userId !== viewerId)) return null
      return { video, text: await captionsOf(video, format) }
    },

    /**
     * Narrates one scene of the owner's ready video again, inside its slot.
     * @returns the scene as stored afterwards; `missing` when it is not theirs or has no such scene,
     * `not-ready` while the video is still being written, `unavailable` without a narrator
     */
    async renarrateScene(id: string, userId: string, position: number): Promise<StoredScene | 'missing' | 'not-ready' | 'unavailable'> {
      const video = await forOwner(id, userId)
      const scene = video?.scenes[position]
      if (!video || !scene) return 'missing'
      if (video.status !== 'ready') return 'not-ready'
      if (!narrator) return 'unavailable'
      await repos.videos.setSceneNarration(id, position, { sentences: scene.sentences, narrationStatus: 'pending', narrationError: null })
      await changed(video)
      const narration = await renarrateScene(narrator, video, scene)
      await repos.videos.setSceneNarration(id, position, narration)
      await changed(video)
      return { ...scene, ...narration }
    },

    /** A new frame for the owner's video, posters rendered for it. @returns null when it is not theirs */
    async setAspect(id: string, userId: string, aspect: AspectRatio) {
      const video = await forOwner(id, userId)
      if (!video) return null
      const hashes = video.scenes.map((scene) =>
        posterHash(renderPosterSvg(scene, { aspect, language: video.language, style: video.style })),
      )
      const updated = await repos.videos.setAspect(id, userId, aspect, hashes)
      if (updated) await changed(updated)
      return updated
    },

    /**
     * The owner's music: level and, when given, mood (null = from the style). `ifVersion` is the
     * version the caller's If-Match held (the route checked it against what it read); the write
     * itself is conditional on it too, so a change between the two is a 'stale', never lost.
     * @returns null when it is not theirs
     */
    async setMusic(id: string, userId: string, music: { level: number; mood?: MusicMood | null }, ifVersion?: number) {
      const video = await forOwner(id, userId)
      if (!video) return null
      const updated = await repos.videos.setMusic(
        id,
        userId,
        { level: music.level, mood: music.mood === undefined ? video.musicMood : music.mood },
        ifVersion,
      )
      if (updated) await changed({ id, userId })
      return updated
    },

    progress,

    /** Tells the progress streams where the narration of edited scenes stands (see progress). */
    async announceNarration(id: string) {
      const event = await progress(id)
      if (event) bus?.publish(event)
    },

    /** For the worker: a video's status or content changed. */
    changed,
  }
}

export type VideoService = ReturnType<typeof createVideoService>
export type CaptionFormat = 'vtt' | 'srt'
