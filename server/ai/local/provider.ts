import type { AiProvider, AiUsage } from '../types.ts'
import { questionInputSchema, videoRequestSchema, type Language } from '../storyboard.ts'
import { sceneRequestSchema } from '../scene-request.ts'
import { answerLocally } from './answer/compose.ts'
import { rewriteScene } from './rewrite-scene.ts'
import { LANGUAGE_PACKS } from './lang/index.ts'
import type { LanguagePack } from './lang/types.ts'

/** Bump when the generator's output changes, so cached storyboards from the old one are not reused. */
export const LOCAL_MODEL = 'reelsmith-local-3'

/**
 * The writer is loaded on the first storyboard, not at start-up: compromise builds its English
 * lexicon and the six phrase books are validated when their modules run, most of what a cold start
 * cost (docs/measurements.md, Cold start).
 */
let writer: Promise<typeof import('./writer/write.ts')> | undefined
const loadWriter = () => (writer ??= import('./writer/write.ts'))

/** What a hosted model would have counted: about four characters a token. */
const estimateUsage = (input: unknown, output: unknown): AiUsage => ({
  promptTokens: Math.ceil(JSON.stringify(input).length / 4),
  completionTokens: Math.ceil(JSON.stringify(output).length / 4),
})

export interface LocalProviderOptions {
  /** The phrase books; tests may pass their own. */
  packs?: Readonly<Record<Language, LanguagePack>>
}

/**
 * The embedded provider: no network, no key, instant, deterministic. Inputs are validated again here
 * (zod throws on a bad request) because the generator relies on the schema's bounds.
 */
export const createLocalProvider = (options: LocalProviderOptions = {}): AiProvider => {
  const packs = options.packs ?? LANGUAGE_PACKS
  return {
    name: 'local',
    model: LOCAL_MODEL,
    async generateStoryboard(request, callOptions) {
      callOptions?.signal?.throwIfAborted()
      const valid = videoRequestSchema.parse(request)
      const { writeStoryboard } = await loadWriter()
      const value = writeStoryboard(valid)
      // Written all at once: every scene is ready as soon as the storyboard is.
      for (const [index, scene] of value.scenes.entries()) callOptions?.onScene?.(scene, index)
      callOptions?.onScenesDone?.(value.scenes.length)
      return { value, usage: estimateUsage(valid, value), model: LOCAL_MODEL }
    },
    async regenerateScene(input, callOptions) {
      callOptions?.signal?.throwIfAborted()
      const valid = sceneRequestSchema.parse(input)
      const { writeStoryboard } = await loadWriter()
      const value = rewriteScene(valid, (seed) => writeStoryboard({ ...valid.request, seed }))
      return { value, usage: estimateUsage(valid, value), model: LOCAL_MODEL }
    },
    async answerQuestion(input, callOptions) {
      callOptions?.signal?.throwIfAborted()
      const valid = questionInputSchema.parse(input)
      const value = answerLocally(valid, packs)
      return { value, usage: estimateUsage(valid, value), model: LOCAL_MODEL }
    },
  }
}
