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
    ['TRUST_PROXY', 'maybe'],
    ['TRUST_PROXY', '10.0.0.0/99'],
    ['TRUST_PROXY', '99'],
  ])('%s=%s is rejected with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}: `))
  })

  test('several bad variables are all named in one message', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT: .*; LOG_LEVEL: /)
  })
})
