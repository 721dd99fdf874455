import type { Config } from '../config.ts'
import { silentLogger, type Logger } from '../log.ts'
import { AiError } from './errors.ts'
import { createLocalProvider } from './local/provider.ts'
import { createOpenAiProvider } from './openai/provider.ts'
import type { QuestionInput, Storyboard, VideoRequest } from './storyboard.ts'

export { AiError, isAiError, type AiErrorCode } from './errors.ts'

/** Tokens one call consumed: reported by the endpoint, or estimated (chars / 4) by the local provider. */
export interface AiUsage {
  promptTokens: number
  completionTokens: number
}

export interface AiResult<T> {
  value: T
  usage: AiUsage
  /** The model that produced the value, as the endpoint names it. */
  model: string
}

export interface AiCallOptions {
  /** Cancels the call (a deleted job, a shutdown); the call rejects with the signal's reason. */
  signal?: AbortSignal
}

/**
 * Everything the app asks of an AI. Both providers return validated values or throw an `AiError`;
 * callers wrap each call in the AI cache preset, keyed by `aiRequestKey`.
 */
export interface AiProvider {
  readonly name: 'local' | 'openai'
  /** Part of every cache key, so switching models never serves another model's answers. */
  readonly model: string
  /** A storyboard whose scene durations sum exactly to `request.durationSec`. */
  generateStoryboard(request: VideoRequest, options?: AiCallOptions): Promise<AiResult<Storyboard>>
  /** A Markdown answer in `input.language`. Render it through a sanitizing Markdown renderer. */
  answerQuestion(input: QuestionInput, options?: AiCallOptions): Promise<AiResult<string>>
}

/** The `fetch` the OpenAI-compatible provider calls; tests pass their own. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export type AiConfig = Pick<Config, 'AI_PROVIDER' | 'AI_BASE_URL' | 'AI_API_KEY' | 'AI_MODEL' | 'AI_TIMEOUT_MS'>

export interface AiDeps {
  fetch?: Fetch
  logger?: Logger
}

/**
 * Picks the provider named by `AI_PROVIDER`. Configuration mistakes throw an `AiError('config')` here,
 * at start-up, rather than on the first request.
 *
 * @example
 * const ai = createAiProvider(config, { logger })
 * const { value: storyboard, usage } = await ai.generateStoryboard(request)
 */
export const createAiProvider = (config: AiConfig, deps: AiDeps = {}): AiProvider => {
  const logger = (deps.logger ?? silentLogger).child({ component: 'ai', provider: config.AI_PROVIDER })
  if (config.AI_PROVIDER === 'local') return createLocalProvider()
  if (config.AI_PROVIDER === 'openai') {
    return createOpenAiProvider({
      baseUrl: config.AI_BASE_URL,
      apiKey: config.AI_API_KEY,
      model: config.AI_MODEL,
      timeoutMs: config.AI_TIMEOUT_MS,
      fetch: deps.fetch,
      logger,
    })
  }
  throw new AiError('config', `Unknown AI_PROVIDER "${String(config.AI_PROVIDER)}": use "local" or "openai".`)
}
