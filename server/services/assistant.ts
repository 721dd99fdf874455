import { presets } from '../cache/cached.ts'
import type { CacheStore, FetchStatus } from '../cache/store.ts'
import type { AiProvider, AiResult } from '../ai/provider.ts'
import { aiRequestKey } from '../ai/request-key.ts'
import type { QuestionInput } from '../ai/storyboard.ts'
import type { Repositories } from '../db/index.ts'
import type { Language, VideoWithScenes } from '../db/model.ts'

export type AssistantDeps = { ai: AiProvider; store: CacheStore; usage: Repositories['usage'] }

/**
 * Answers questions about a video with the AI provider, the video and the asker's language as
 * context. Answers are cached 30 min by the AI preset; the key holds the whole video content, so an
 * edited video (a new version) never gets an answer about the old one.
 */
export const createAssistant = ({ ai, store, usage }: AssistantDeps) => ({
  async ask(video: VideoWithScenes, question: string, language: Language, askerId: string) {
    if (!video.title || !video.script || video.scenes.length === 0) return null
    const input: QuestionInput = {
      video: {
        title: video.title,
        logline: video.logline ?? video.title,
        script: video.script,
        scenes: video.scenes.map(({ position: _, posterHash: __, imageId: ___, ...scene }) => scene),
        prompt: video.prompt,
        style: video.style,
        durationSec: video.durationSec,
        aspect: video.aspect,
        language: video.language,
      },
      question,
      language,
    }
    const key = aiRequestKey(ai, { kind: 'answer', input })
    const status: FetchStatus = {}
    const result = await store.fetch<AiResult<string>>(key, () => ai.answerQuestion(input), { ...presets.ai, status })
    const fromCache = status.outcome === 'hit' || status.outcome === 'stale' || status.outcome === 'join'
    await usage.record(
      askerId,
      fromCache ? { cacheHits: 1 } : { aiCalls: 1, tokensIn: result.usage.promptTokens, tokensOut: result.usage.completionTokens },
    )
    return { markdown: result.value, fromCache }
  },
})

export type Assistant = ReturnType<typeof createAssistant>
