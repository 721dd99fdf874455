import type { StoredScene, Video, VideoWithScenes } from '../db/model.ts'
import { captionsUrl } from '../captions/url.ts'
import { posterUrl } from '../posters/url.ts'
import { audioUrl } from '../tts/index.ts'
import { uploadUrl } from '../uploads/url.ts'

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
  shorts: video.shorts,
  voiceRate: video.voiceRate,
  voicePitch: video.voicePitch,
  // The text itself stays out: an article can be long, and it is the person's to publish, not ours.
  source: {
    kind: video.source.kind,
    ...(video.source.kind === 'article' && video.source.title ? { title: video.source.title } : {}),
    ...(video.source.kind === 'article' && video.source.url ? { url: video.source.url } : {}),
  },
  status: video.status,
  visibility: video.visibility,
  version: video.version,
  music: { level: video.musicLevel, mood: video.musicMood },
  isOwner: video.userId === viewerId,
  coverUrl: video.coverPosterHash ? posterUrl(video.id, 0, video.coverPosterHash) : null,
  createdAt: new Date(video.createdAt).toISOString(),
  updatedAt: new Date(video.updatedAt).toISOString(),
})

/** A scene with its narration: `narration` the text, `sentences` what is spoken when (relative to the scene) and where the clip is. */
export const sceneJson = (videoId: string, scene: StoredScene) => ({
  position: scene.position,
  durationSec: scene.durationSec,
  narration: scene.narration,
  narrationStatus: scene.narrationStatus,
  narrationError: scene.narrationError,
  sentences: scene.sentences.map((sentence) => ({
    text: sentence.text,
    startSec: sentence.startSec,
    endSec: sentence.endSec,
    audioUrl: sentence.audioHash ? audioUrl(sentence.audioHash) : null,
  })),
  onScreenText: scene.onScreenText,
  visual: scene.visual,
  shot: scene.shot,
  palette: scene.palette,
  posterUrl: posterUrl(videoId, scene.position, scene.posterHash),
  /** The person's own picture, shown instead of the poster; null when the scene shows its poster. */
  imageUrl: scene.imageId ? uploadUrl(scene.imageId) : null,
})

export const videoWithScenesJson = (video: VideoWithScenes, viewerId: string | null) => ({
  ...videoJson(video, viewerId),
  script: video.script,
  captionsUrl: captionsUrl(video),
  scenes: video.scenes.map((scene) => sceneJson(video.id, scene)),
})
