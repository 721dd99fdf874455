import { describe, expect, test } from 'bun:test'
import { ConfigError, loadConfig } from './config.ts'

describe('loadConfig', () => {
  test('an empty environment gives the embedded defaults: port 3000, ./data, local AI, no Redis', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: './data', AI_PROVIDER: 'local', CACHE_MEMORY_MB: 64, LOG_LEVEL: 'info' })
    expect(config.REDIS_URL).toBeUndefined()
    expect(config.DATABASE_URL).toBeUndefined()
  })

  test('values are coerced from strings', () => {
    expect(loadConfig({ PORT: '8080', CACHE_MEMORY_MB: '128', TRUST_PROXY: 'true' })).toMatchObject({ PORT: 8080, CACHE_MEMORY_MB: 128, TRUST_PROXY: true })
  })

  test('an empty variable counts as unset', () => {
    const config = loadConfig({ REDIS_URL: '', PORT: '' })
    expect(config.PORT).toBe(3000)
    expect(config.REDIS_URL).toBeUndefined()
  })

  test('admin emails are a trimmed, lower-cased list', () => {
    expect(loadConfig({ ADMIN_EMAILS: ' Ada@Example.com, bob@example.com ,' }).ADMIN_EMAILS).toEqual(['ada@example.com', 'bob@example.com'])
  })

  test.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['AI_PROVIDER', 'magic'],
    ['CACHE_MEMORY_MB', '0'],
    ['METRICS_TOKEN', 'short'],
    ['TTS_PROVIDER', 'festival'],
    ['TTS_BASE_URL', 'not a url'],
    ['TTS_TIMEOUT_MS', '5'],
    ['TTS_WORKERS', '0'],
  ])('%s=%s is rejected with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}: `))
  })

  test('several bad variables are all named in one message', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT: .*; LOG_LEVEL: /)
  })

  test('narration defaults to the local engine, one worker, 15 s per sentence', () => {
    expect(loadConfig({})).toMatchObject({ TTS_PROVIDER: 'local', TTS_WORKERS: 1, TTS_TIMEOUT_MS: 15000, TTS_MODEL: 'tts-1', TTS_VOICE: 'alloy' })
  })

  test('TTS_PROVIDER=openai needs TTS_BASE_URL, and a key for api.openai.com; a self-hosted endpoint needs none', () => {
    expect(() => loadConfig({ TTS_PROVIDER: 'openai' })).toThrow(/^Invalid configuration: TTS_BASE_URL: required when TTS_PROVIDER=openai/)
    expect(() => loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'https://api.openai.com/v1' })).toThrow(/^Invalid configuration: TTS_API_KEY: /)
    expect(loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'https://api.openai.com/v1', TTS_API_KEY: 'sk-x' }).TTS_API_KEY).toBe('sk-x')
    expect(loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'http://127.0.0.1:8880/v1' }).TTS_BASE_URL).toBe('http://127.0.0.1:8880/v1')
  })
})
