import type { Config } from '../config.ts'
import { silentLogger, type Logger } from '../log.ts'
import { TtsError } from './errors.ts'
import { createLocalTtsProvider } from './local/provider.ts'
import { createOpenAiTtsProvider, type Fetch } from './openai/provider.ts'
import type { TtsProvider } from './types.ts'

export type TtsConfig = Pick<
  Config,
  'TTS_PROVIDER' | 'TTS_BASE_URL' | 'TTS_API_KEY' | 'TTS_MODEL' | 'TTS_VOICE' | 'TTS_TIMEOUT_MS' | 'TTS_WORKERS'
>

export interface TtsDeps {
  fetch?: Fetch
  logger?: Logger
}

/**
 * Picks the engine named by `TTS_PROVIDER`.
 *
 * @example
 * const tts = createTtsProvider(config, { logger })
 * const { audio, durationSec } = await tts.synthesize('Hello.', defaultVoice('en'))
 */
export const createTtsProvider = (config: TtsConfig, deps: TtsDeps = {}): TtsProvider => {
  const logger = (deps.logger ?? silentLogger).child({ component: 'tts', provider: config.TTS_PROVIDER })
  if (config.TTS_PROVIDER === 'local') return createLocalTtsProvider({ size: config.TTS_WORKERS, timeoutMs: config.TTS_TIMEOUT_MS })
  if (config.TTS_PROVIDER === 'openai') {
    if (!config.TTS_BASE_URL) throw new TtsError('config', 'TTS_BASE_URL is required when TTS_PROVIDER=openai')
    return createOpenAiTtsProvider({
      baseUrl: config.TTS_BASE_URL,
      apiKey: config.TTS_API_KEY,
      model: config.TTS_MODEL,
      voice: config.TTS_VOICE,
      timeoutMs: config.TTS_TIMEOUT_MS,
      fetch: deps.fetch,
      logger,
    })
  }
  throw new TtsError('config', `Unknown TTS_PROVIDER "${String(config.TTS_PROVIDER)}": use "local" or "openai".`)
}
