import type { Config } from '../config.ts'
import { silentLogger, type Logger } from '../log.ts'
import { AiError } from './errors.ts'
import { createLocalProvider } from './local/provider.ts'
import type { AiProvider, Fetch } from './types.ts'

export { AiError, isAiError, type AiErrorCode } from './errors.ts'
export type { AiCallOptions, AiProvider, AiResult, AiUsage, Fetch, StoryboardCallOptions } from './types.ts'

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
    // Required only when configured: its prompts and reply schemas cost the local default's start-up.
    const { createOpenAiProvider } = require('./openai/provider.ts') as typeof import('./openai/provider.ts')
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
