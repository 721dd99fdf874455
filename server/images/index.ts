/** Optional AI pictures for scenes (IMAGE_PROVIDER); the rendered posters stay the default. */
export {
  createImageProvider,
  createOpenAiImageProvider,
  ImageError,
  type ImageConfig,
  type ImageErrorCode,
  type ImageProvider,
} from './provider.ts'
export { paintScenes, picturePrompt, type ScenePicturesDeps } from './scene-pictures.ts'
