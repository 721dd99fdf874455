import { join } from 'node:path'
import type { AudioClipRepo } from '../db/audio-clips.ts'
import type { Logger } from '../log.ts'
import { createAudioStore } from './audio-store.ts'
import { createNarrator, type NarrationObserver } from './narrator.ts'
import { createTtsProvider, type TtsConfig, type TtsDeps } from './provider.ts'

export interface NarrationOptions {
  config: TtsConfig & { DATA_DIR: string }
  clips: AudioClipRepo
  logger: Logger
  /** `monitoring.tts.observer` */
  observer?: NarrationObserver
  fetch?: TtsDeps['fetch']
}

/**
 * The narration parts one process needs, built once in main.ts: the provider, the clip store
 * (database + `DATA_DIR/audio`) the audio route serves from, and the narrator the pipeline calls.
 */
export const createNarration = (options: NarrationOptions) => {
  const logger = options.logger.child({ component: 'tts' })
  const provider = createTtsProvider(options.config, { logger, fetch: options.fetch })
  const store = createAudioStore({ clips: options.clips, dir: join(options.config.DATA_DIR, 'audio'), logger })
  const narrator = createNarrator({ provider, store, observer: options.observer, logger })
  return { provider, store, narrator, close: () => provider.close() }
}

export type Narration = ReturnType<typeof createNarration>
