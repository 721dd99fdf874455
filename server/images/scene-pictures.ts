import type { VideoWithScenes } from '../db/model.ts'
import type { PreparedImage } from '../uploads/index.ts'
import { prepareImageUpload } from '../uploads/index.ts'
import type { ImageProvider } from './provider.ts'

export interface ScenePicturesDeps {
  provider: ImageProvider
  /** The AI cache (30 min): the same description, model and size is asked for once. */
  cached: <T>(key: string, origin: () => Promise<T>) => Promise<{ value: T; cached: boolean }>
  /** Stores the picture as the owner's upload (their quota: throws when it is full). */
  store: (userId: string, image: PreparedImage) => Promise<{ id: string }>
  /** Puts it in the scene. */
  attach: (video: VideoWithScenes, position: number, uploadId: string) => Promise<unknown>
  /** @default prepareImageUpload: the endpoint's bytes are checked and re-encoded like any upload. */
  prepare?: (bytes: Uint8Array) => Promise<PreparedImage>
  onError?: (position: number, error: unknown) => void
}

/** What the endpoint is asked to draw: the scene's description in the video's style, with no lettering (the text is drawn over it). */
export const picturePrompt = (visual: string, style: string) =>
  `${visual.trim()}. Style: ${style}. A single still picture, no text, no letters, no watermark.`

const keyOf = (provider: ImageProvider, prompt: string) =>
  `image:${provider.name}:${provider.key}:${new Bun.CryptoHasher('sha256').update(prompt).digest('base64url')}`

/**
 * A picture per scene of a new video, one after another (the endpoint is slow and billed per
 * picture). A scene whose picture fails in any way, quota full included, keeps its poster.
 * @returns how many scenes got a picture
 */
export const paintScenes = async (deps: ScenePicturesDeps, video: VideoWithScenes, signal?: AbortSignal): Promise<number> => {
  const prepare = deps.prepare ?? ((bytes: Uint8Array) => prepareImageUpload(bytes))
  let painted = 0
  for (const scene of video.scenes) {
    if (signal?.aborted) break
    try {
      const prompt = picturePrompt(scene.visual, video.style)
      const { value } = await deps.cached(keyOf(deps.provider, prompt), () => deps.provider.generate(prompt, signal))
      const upload = await deps.store(video.userId, await prepare(value))
      await deps.attach(video, scene.position, upload.id)
      painted++
    } catch (error) {
      if (signal?.aborted) break
      deps.onError?.(scene.position, error)
    }
  }
  return painted
}
