import type { AiResult } from '../ai/provider.ts'
import type { VideoRequest } from '../ai/storyboard.ts'
import type { UsageCounts, Video } from '../db/model.ts'

/** What the AI is told of a video: the fields of its request that shape the writing (and its cache key). */
export const aiRequestOf = (video: Video): VideoRequest => ({
  prompt: video.prompt,
  style: video.style,
  durationSec: video.durationSec,
  aspect: video.aspect,
  language: video.language,
  seed: video.seed,
})

/** An AI call as the person's usage counts it: a cache hit, or a call with its tokens. */
export const usageOf = (result: AiResult<unknown>, cached: boolean): Partial<UsageCounts> =>
  cached ? { cacheHits: 1 } : { aiCalls: 1, tokensIn: result.usage.promptTokens, tokensOut: result.usage.completionTokens }
