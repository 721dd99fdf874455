import { describe, expect, test } from 'bun:test'
import { AiError, createAiProvider, type AiConfig } from './provider.ts'

const config: AiConfig = {
  AI_PROVIDER: 'local',
  AI_BASE_URL: 'https://api.openai.com/v1',
  AI_API_KEY: undefined,
  AI_MODEL: 'gpt-4o-mini',
  AI_TIMEOUT_MS: 30000,
}

describe('createAiProvider', () => {
  test('AI_PROVIDER=local gives the embedded provider, which needs no key', () => {
    const ai = createAiProvider(config)
    expect(ai.name).toBe('local')
    expect(ai.model).toBe('reelsmith-local-3')
  })

  test('AI_PROVIDER=openai gives the OpenAI-compatible provider with the configured model', () => {
    const ai = createAiProvider({ ...config, AI_PROVIDER: 'openai', AI_BASE_URL: 'http://127.0.0.1:11434/v1', AI_MODEL: 'llama3.2' })
    expect(ai.name).toBe('openai')
    expect(ai.model).toBe('llama3.2')
  })

  test("OpenAI's own endpoint without a key is a configuration error, reported at start-up", () => {
    const attempt = () => createAiProvider({ ...config, AI_PROVIDER: 'openai' })
    expect(attempt).toThrow(AiError)
    expect(attempt).toThrow('AI_API_KEY is required')
    try {
      attempt()
    } catch (error) {
      expect((error as AiError).code).toBe('config')
      expect((error as AiError).retryable).toBe(false)
    }
  })
})

describe('AiError.retryable', () => {
  test('timeouts, 5xx and 429 are worth retrying; other 4xx and config errors are not', () => {
    expect(new AiError('timeout', 'slow').retryable).toBe(true)
    expect(new AiError('upstream', 'down', { status: 503 }).retryable).toBe(true)
    expect(new AiError('upstream', 'busy', { status: 429 }).retryable).toBe(true)
    expect(new AiError('upstream', 'bad key', { status: 401 }).retryable).toBe(false)
    expect(new AiError('invalid_output', 'rambling').retryable).toBe(true)
  })
})
