import { aiRequestKey } from '../ai/request-key.ts'
import type { AiProvider, AiResult } from '../ai/provider.ts'
import type { SceneRequest } from '../ai/scene-request.ts'
import type { Scene } from '../ai/storyboard.ts'
import type { Repositories } from '../db/index.ts'
import type { VideoWithScenes } from '../db/model.ts'
import { aiRequestOf, usageOf } from '../jobs/ai-request.ts'
import type { CachedAiCall } from '../jobs/worker.ts'
import type { EditOutcome, StoryboardEditor } from './storyboard-edit.ts'

/**
 * One scene written again by the AI provider, the rest untouched: the request carries the whole
 * storyboard (its neighbours), goes through the AI cache keyed on all of it, so the same request on
 * the same storyboard is the same answer, and counts against the person's usage like any AI call.
 */
export const createSceneRegenerator = ({
  ai,
  cachedAi,
  repos,
  editor,
}: {
  ai: AiProvider
  cachedAi: CachedAiCall
  repos: Pick<Repositories, 'usage'>
  editor: StoryboardEditor
}) => ({
  async regenerate(
    video: VideoWithScenes,
    position: number,
    ask: { instruction?: string | undefined; variant?: number | undefined },
    options: { conditional: boolean },
  ): Promise<EditOutcome> {
    if (video.status !== 'ready') return { kind: 'not-ready' }
    if (!video.scenes[position]) return { kind: 'missing' }
    const input: SceneRequest = {
      request: aiRequestOf(video),
      scenes: video.scenes.map(({ narration, onScreenText, visual, shot, palette, durationSec }) => ({
        narration,
        onScreenText,
        visual,
        shot,
        palette,
        durationSec,
      })),
      position,
      instruction: ask.instruction,
      variant: ask.variant ?? 0,
    }
    const key = aiRequestKey(ai, { kind: 'scene', input })
    const { value, cached } = await cachedAi<AiResult<Scene>>(key, () => ai.regenerateScene(input))
    await repos.usage.record(video.userId, usageOf(value, cached))
    return editor.replaceScene(video, position, value.value, options)
  },
})

export type SceneRegenerator = ReturnType<typeof createSceneRegenerator>
