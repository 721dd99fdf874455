import { createHash } from 'node:crypto'
import type { SceneRequest } from './scene-request.ts'
import type { AiProvider } from './types.ts'
import { VOICE_RATE_LIMITS, type QuestionInput, type VideoRequest } from './storyboard.ts'

/**
 * Folds the differences people do not mean: Unicode forms (NFKC), runs of whitespace, case.
 * "A  Bicycle shop" and "a bicycle shop" ask for the same thing and share a cache entry.
 */
export const normalizeText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

export type AiCall =
  | { kind: 'storyboard'; request: VideoRequest }
  | { kind: 'scene'; input: SceneRequest }
  | { kind: 'answer'; input: QuestionInput }

/** Bump when the meaning of a cached value changes, so old entries are never read as new ones. */
const KEY_VERSION = 'v1'

/**
 * Every field that can change the output, in a fixed order (arrays, not objects, so the order of keys in
 * the caller's object never matters). The answer's key includes the whole video, so any edit to the video
 * is a new "version" and misses the cache.
 */
const canonicalInput = (call: AiCall): unknown => {
  if (call.kind === 'storyboard') {
    const { prompt, style, durationSec, aspect, language, voiceRate, seed } = call.request
    // The voice's rate sets the word budget; an absent rate is the default one. Another seed is another version.
    return [normalizeText(prompt), style, durationSec, aspect, language, voiceRate ?? VOICE_RATE_LIMITS.default, seed ?? 0]
  }
  if (call.kind === 'scene') {
    const { request, scenes, position, instruction, variant } = call.input
    const { prompt, style, durationSec, aspect, language, seed } = request
    // The whole storyboard: a neighbour's edit changes what fits, so it is another request.
    return [
      [normalizeText(prompt), style, durationSec, aspect, language, seed ?? 0],
      scenes.map((scene) => [scene.narration, scene.onScreenText, scene.visual, scene.shot, scene.palette, scene.durationSec]),
      position,
      instruction === undefined ? null : normalizeText(instruction),
      variant,
    ]
  }
  const { video, question, language } = call.input
  return [
    normalizeText(question),
    language,
    [video.title, video.logline, video.script],
    video.scenes.map((scene) => [scene.narration, scene.onScreenText, scene.visual, scene.shot, scene.palette, scene.durationSec]),
    [video.prompt === undefined ? null : normalizeText(video.prompt), video.style ?? null, video.durationSec ?? null],
    [video.aspect ?? null, video.language ?? null],
  ]
}

/**
 * A stable cache key for one AI call: `ai:v1:<kind>:<sha256 hex>`. It includes the provider and the model,
 * so answers from one model are never served for another. SHA-256 (not a fast 64-bit hash) because a
 * collision would serve one person's answer to another person's question.
 *
 * @example
 * const key = aiRequestKey(ai, { kind: 'storyboard', request })
 * const result = await cache.cached(key, () => ai.generateStoryboard(request))
 */
export const aiRequestKey = (provider: Pick<AiProvider, 'name' | 'model'>, call: AiCall): string => {
  const material = JSON.stringify([KEY_VERSION, provider.name, provider.model, call.kind, canonicalInput(call)])
  return `ai:${KEY_VERSION}:${call.kind}:${createHash('sha256').update(material).digest('hex')}`
}
