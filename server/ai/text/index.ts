import type { VideoSource } from '../create-request.ts'
import type { Storyboard } from '../storyboard.ts'
import { storyboardFromArticle, storyboardFromScript, type TextRequest } from './storyboard.ts'

export { estimateScriptSec, storyboardFromArticle, storyboardFromScript } from './storyboard.ts'

/**
 * The storyboard of a video made from the person's own text: no AI call, no key, the same text
 * always giving the same storyboard. `title` is the video's stored prompt (its title for a script).
 */
export const storyboardFromSource = (
  source: Exclude<VideoSource, { kind: 'idea' }>,
  request: TextRequest & { prompt: string },
): Storyboard =>
  source.kind === 'script' ? storyboardFromScript(source.text, request, request.prompt) : storyboardFromArticle(source, request)
