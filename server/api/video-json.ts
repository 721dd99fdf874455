import type { Video, VideoWithScenes } from '../db/model.ts'
import { posterUrl } from '../pages/ui/posters.ts'

/** A video as the API shows it: no owner id, posters as URLs, and whether the caller owns it. */
export const videoJson = (video: Video, viewerId: string | null) => ({
  id: video.id,
  url: `/videos/${video.id}`,
  title: video.title,
  logline: video.logline,
  prompt: video.prompt,
  style: video.style,
  durationSec: video.durationSec,
  aspect: video.aspect,
  language: video.language,
  status: video.status,
  visibility: video.visibility,
  version: video.version,
  isOwner: video.userId === viewerId,
  coverUrl: video.coverPosterHash ? posterUrl(video.id, 0, video.coverPosterHash) : null,
  createdAt: new Date(video.createdAt).toISOString(),
  updatedAt: new Date(video.updatedAt).toISOString(),
})

export const videoWithScenesJson = (video: VideoWithScenes, viewerId: string | null) => ({
  ...videoJson(video, viewerId),
  script: video.script,
  scenes: video.scenes.map((scene) => ({
    position: scene.position,
    durationSec: scene.durationSec,
    narration: scene.narration,
    onScreenText: scene.onScreenText,
    visual: scene.visual,
    shot: scene.shot,
    palette: scene.palette,
    posterUrl: posterUrl(video.id, scene.position, scene.posterHash),
  })),
})
