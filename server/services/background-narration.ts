import type { Repositories } from '../db/index.ts'
import type { Logger } from '../log.ts'
import { renarrateScene } from '../jobs/renarrate.ts'
import type { Narrator } from '../tts/index.ts'
import type { VideoService } from './videos.ts'

/** Why a scene edited on a server without a voice stays silent. */
export const NO_NARRATOR = 'Narration is not available on this server.'

/**
 * After a save, every scene left `pending` (its words or slot changed) is narrated again, one video
 * at a time in saving order, while the save itself has long been answered. Each run reads the video
 * afresh, so a later save's scenes are covered by the run after it; a result is stored only if its
 * scene still says those words in that slot (see setSceneNarration), never over a newer edit.
 * Every landed scene drops the video's caches and tells the progress stream.
 */
export const createBackgroundNarration = ({
  repos,
  videos,
  narrator,
  logger,
}: {
  repos: Pick<Repositories, 'videos'>
  videos: VideoService
  narrator?: Narrator | undefined
  logger: Logger
}) => {
  const runs = new Map<string, Promise<void>>()

  const run = async (videoId: string) => {
    const video = await repos.videos.findById(videoId)
    if (video?.status !== 'ready') return
    for (const scene of await repos.videos.listScenes(videoId)) {
      if (scene.narrationStatus !== 'pending') continue
      const narration = narrator
        ? await renarrateScene(narrator, video, scene)
        : { sentences: [], narrationStatus: 'failed' as const, narrationError: NO_NARRATOR }
      if (await repos.videos.setSceneNarration(videoId, scene.position, narration, scene)) {
        await videos.changed(video)
        await videos.announceNarration(videoId)
      }
    }
  }

  return {
    schedule(videoId: string) {
      const next = (runs.get(videoId) ?? Promise.resolve())
        .then(() => run(videoId))
        .catch((error: unknown) => logger.error('narrating edited scenes failed', { videoId, error }))
      runs.set(videoId, next)
      void next.finally(() => {
        if (runs.get(videoId) === next) runs.delete(videoId)
      })
    },
    settled: (videoId: string): Promise<void> => runs.get(videoId) ?? Promise.resolve(),
  }
}
