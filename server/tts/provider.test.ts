import { describe, expect, test } from 'bun:test'
import { loadConfig } from '../config.ts'
import { isTtsError } from './errors.ts'
import { startFakeSpeechServer, wavResponse } from './openai/fake-server.ts'
import { createTtsProvider } from './provider.ts'
import { defaultVoice } from './voices.ts'
import { toneWav } from './wav.ts'

describe('createTtsProvider', () => {
  test('local by default: eSpeak NG speaks', async () => {
    const tts = createTtsProvider(loadConfig({}))
    try {
      expect([tts.name, tts.engineVersion]).toEqual(['local', expect.stringMatching(/^espeak-ng@/)])
      expect((await tts.synthesize('Hello.', defaultVoice('en'))).durationSec).toBeGreaterThan(0)
    } finally {
      await tts.close()
      await tts.close()
    }
  })

  test('openai: the configured endpoint, model and voice', async () => {
    const server = startFakeSpeechServer(() => wavResponse(toneWav(0.5)))
    try {
      const tts = createTtsProvider(
        loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: server.baseUrl, TTS_MODEL: 'kokoro', TTS_VOICE: 'af_sky' }),
      )
      expect(tts.name).toBe('openai')
      expect((await tts.synthesize('Hello.', defaultVoice('en'))).durationSec).toBe(0.5)
      expect(server.requests[0]!.body).toMatchObject({ model: 'kokoro', voice: 'af_sky' })
      expect(server.requests[0]!.headers.get('authorization')).toBeNull()
    } finally {
      await server.stop()
    }
  })

  test('openai without a base URL (bypassing loadConfig) is a config error at start-up', () => {
    const error = (() => {
      try {
        createTtsProvider({ ...loadConfig({}), TTS_PROVIDER: 'openai' })
      } catch (caught) {
        return caught
      }
    })()
    expect(isTtsError(error) && error.code).toBe('config')
  })
})
