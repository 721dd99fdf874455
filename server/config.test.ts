import { describe, expect, test } from 'bun:test'
import { ConfigError, loadConfig } from './config.ts'

describe('loadConfig', () => {
  test('an empty environment gives the embedded defaults: port 3000, ./data, local AI, no Redis', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      AI_PROVIDER: 'local',
      CACHE_MEMORY_MB: 64,
      LOG_LEVEL: 'info',
    })
    expect(config.REDIS_URL).toBeUndefined()
    expect(config.DATABASE_URL).toBeUndefined()
  })

  test('values are coerced from strings', () => {
    expect(loadConfig({ PORT: '8080', CACHE_MEMORY_MB: '128' })).toMatchObject({ PORT: 8080, CACHE_MEMORY_MB: 128 })
  })

  test('TRUST_PROXY: unset or false trusts no proxy; true, a hop count or a list of addresses does', () => {
    expect(loadConfig({}).TRUST_PROXY.enabled).toBe(false)
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY.enabled).toBe(false)
    for (const value of ['true', '2', 'loopback, 10.0.0.0/8']) expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY.enabled).toBe(true)
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }).TRUST_PROXY.trusts('10.2.3.4', 0)).toBe(true)
  })

  test('an empty variable counts as unset', () => {
    const config = loadConfig({ REDIS_URL: '', PORT: '' })
    expect(config.PORT).toBe(3000)
    expect(config.REDIS_URL).toBeUndefined()
  })

  test('ADMIN_EMAILS, no longer read, stops the start and names the command to use instead', () => {
    expect(() => loadConfig({ ADMIN_EMAILS: 'ada@example.com' })).toThrow(ConfigError)
    expect(() => loadConfig({ ADMIN_EMAILS: 'ada@example.com' })).toThrow(
      /^Invalid configuration: ADMIN_EMAILS: no longer read: .*reelsmith grant-admin EMAIL/,
    )
    expect(loadConfig({ ADMIN_EMAILS: '' })).not.toHaveProperty('ADMIN_EMAILS')
  })

  test('HSTS covers subdomains only when asked', () => {
    expect(loadConfig({}).HSTS_INCLUDE_SUBDOMAINS).toBe(false)
    expect(loadConfig({ HSTS_INCLUDE_SUBDOMAINS: 'true' }).HSTS_INCLUDE_SUBDOMAINS).toBe(true)
    expect(() => loadConfig({ HSTS_INCLUDE_SUBDOMAINS: 'maybe' })).toThrow(/HSTS_INCLUDE_SUBDOMAINS/)
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
    ['TRUST_PROXY', 'maybe'],
    ['TRUST_PROXY', '10.0.0.0/99'],
    ['TRUST_PROXY', '99'],
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
    expect(loadConfig({})).toMatchObject({
      TTS_PROVIDER: 'local',
      TTS_WORKERS: 1,
      TTS_TIMEOUT_MS: 15000,
      TTS_MODEL: 'tts-1',
      TTS_VOICE: 'alloy',
    })
  })

  test('TTS_PROVIDER=openai needs TTS_BASE_URL, and a key for api.openai.com; a self-hosted endpoint needs none', () => {
    expect(() => loadConfig({ TTS_PROVIDER: 'openai' })).toThrow(/^Invalid configuration: TTS_BASE_URL: required when TTS_PROVIDER=openai/)
    expect(() => loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'https://api.openai.com/v1' })).toThrow(
      /^Invalid configuration: TTS_API_KEY: /,
    )
    expect(loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'https://api.openai.com/v1', TTS_API_KEY: 'sk-x' }).TTS_API_KEY).toBe('sk-x')
    expect(loadConfig({ TTS_PROVIDER: 'openai', TTS_BASE_URL: 'http://127.0.0.1:8880/v1' }).TTS_BASE_URL).toBe('http://127.0.0.1:8880/v1')
  })
})

describe('Postgres without Redis', () => {
  const postgres = 'postgres://reelsmith@127.0.0.1:5432/reelsmith'

  test('is refused: other replicas’ caches could not be invalidated', () => {
    expect(() => loadConfig({ DATABASE_URL: postgres })).toThrow(
      /^Invalid configuration: DATABASE_URL: Postgres without REDIS_URL: .*SINGLE_INSTANCE=true/,
    )
  })

  test('starts with Redis, or when the operator says this is the only process', () => {
    expect(loadConfig({ DATABASE_URL: postgres, REDIS_URL: 'redis://127.0.0.1:6379' }).DATABASE_URL).toBe(postgres)
    expect(loadConfig({ DATABASE_URL: postgres, SINGLE_INSTANCE: 'true' })).toMatchObject({ DATABASE_URL: postgres, SINGLE_INSTANCE: true })
    expect(() => loadConfig({ DATABASE_URL: postgres, SINGLE_INSTANCE: 'false' })).toThrow(ConfigError)
  })

  test('SQLite needs neither (its lock file keeps a second process out)', () => {
    expect(loadConfig({}).SINGLE_INSTANCE).toBe(false)
    expect(loadConfig({ DATABASE_URL: 'sqlite://data/x.db' }).DATABASE_URL).toBe('sqlite://data/x.db')
  })
})
