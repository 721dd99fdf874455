import { describe, expect, test } from 'bun:test'
import { ConfigError, loadConfig, unknownVariables } from './config.ts'

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

describe('DATA_DIR under systemd', () => {
  test('StateDirectory= (STATE_DIRECTORY) is the default; DATA_DIR set wins; the first of several is ours', () => {
    expect(loadConfig({ STATE_DIRECTORY: '/var/lib/reelsmith' }).DATA_DIR).toBe('/var/lib/reelsmith')
    expect(loadConfig({ STATE_DIRECTORY: '/var/lib/reelsmith:/var/lib/other' }).DATA_DIR).toBe('/var/lib/reelsmith')
    expect(loadConfig({ STATE_DIRECTORY: '/var/lib/reelsmith', DATA_DIR: '/srv/data' }).DATA_DIR).toBe('/srv/data')
    expect(loadConfig({}).DATA_DIR).toBe('./data')
  })
})

describe('unknownVariables', () => {
  test('a typo of a known name or an unread name with our prefix is reported, with the closest name', () => {
    expect(unknownVariables({ PORTT: '3000', DATA_DRI: 'x', AI_MODLE: 'gpt', REDIS_HOST: 'r', TTS_SPEED: '2' })).toEqual([
      { name: 'PORTT', didYouMean: 'PORT' },
      { name: 'DATA_DRI', didYouMean: 'DATA_DIR' },
      { name: 'AI_MODLE', didYouMean: 'AI_MODEL' },
      { name: 'REDIS_HOST' },
      { name: 'TTS_SPEED' },
    ])
  })

  test("the machine's own variables and the ones we read are not", () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/root',
      HOSTNAME: 'vm',
      USER: 'x',
      LANG: 'C',
      TERM: 'xterm',
      SHELL: '/bin/sh',
      PWD: '/',
      STATE_DIRECTORY: '/var/lib/x',
    }
    expect(unknownVariables({ ...env, PORT: '1', AI_MODEL: 'm', TRUST_PROXY: 'true', MIN_FREE_DISK_MB: '5' })).toEqual([])
  })
})
