import type { VideoWithScenes } from '../db/model.ts'

/** The WebVTT captions, once some scene has timed sentences. */
export const captionsUrl = (video: Pick<VideoWithScenes, 'id' | 'scenes'>): string | null =>
  video.scenes.some((scene) => scene.sentences.length > 0) ? `/api/videos/${video.id}/captions.vtt` : null
