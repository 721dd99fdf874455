import { SCENE_INSTRUCTION_MAX } from '../ai/scene-request.ts'
import { SHOT_TYPES, sceneSchema } from '../ai/storyboard.ts'
import { SCENE_SCHEMA_MAX_SEC, SCENE_SCHEMA_MIN_SEC } from '../ai/timing.ts'
import type { VideoWithScenes } from '../db/model.ts'
import { storyboardEtag } from '../http/if-match.ts'
import { editorMessages } from '../i18n/editor-messages.ts'
import { posterUrl } from '../posters/url.ts'
import { SCENE_COUNT_LIMITS } from '../../shared/durations.ts'
import type { StoryboardEditorProps } from '../../islands/StoryboardEditor.tsx'
import type { PageContext } from './context.ts'

/** The scene schema's own bounds, so the editor refuses locally exactly what the API would. */
const LIMITS: StoryboardEditorProps['limits'] = {
  narration: sceneSchema.shape.narration.maxLength ?? 600,
  onScreenText: sceneSchema.shape.onScreenText.maxLength ?? 80,
  visual: sceneSchema.shape.visual.maxLength ?? 400,
  minDurationSec: SCENE_SCHEMA_MIN_SEC,
  maxDurationSec: SCENE_SCHEMA_MAX_SEC,
  minScenes: SCENE_COUNT_LIMITS.min,
  maxScenes: SCENE_COUNT_LIMITS.max,
  instruction: SCENE_INSTRUCTION_MAX,
}

/**
 * The StoryboardEditor island's props for the owner's video page: the storyboard as the API shows
 * it, its ETag, the session's CSRF token (the page is the owner's own, never cached), the texts.
 * `suggestion`: `?rewrite=<scene number>&instruction=` from the assistant page.
 */
export const editorProps = (
  video: VideoWithScenes,
  ctx: PageContext,
  query: { rewrite?: string; instruction?: string },
): StoryboardEditorProps => {
  const position = Number(query.rewrite) - 1
  const instruction = query.instruction?.trim().slice(0, SCENE_INSTRUCTION_MAX)
  return {
    video: {
      id: video.id,
      version: video.version,
      title: video.title,
      status: video.status,
      scenes: video.scenes.map((scene) => ({
        position: scene.position,
        narration: scene.narration,
        onScreenText: scene.onScreenText,
        visual: scene.visual,
        shot: scene.shot,
        palette: scene.palette,
        durationSec: scene.durationSec,
        narrationStatus: scene.narrationStatus,
        posterUrl: posterUrl(video.id, scene.position, scene.posterHash),
      })),
    },
    etag: storyboardEtag(video.version),
    csrfToken: ctx.csrfToken,
    shots: SHOT_TYPES,
    limits: LIMITS,
    messages: editorMessages(ctx.lang, ctx.t),
    uiLanguage: ctx.lang,
    suggestion: Number.isInteger(position) && video.scenes[position] && instruction ? { position, instruction } : null,
  }
}
