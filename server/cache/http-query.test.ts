import { describe, expect, test } from 'bun:test'
import { z } from 'zod'
import { queryKey, schemaParam } from './http-query.ts'

const integer = (min: number, max: number) => (value: string) => String(Math.min(max, Math.max(min, Number.parseInt(value, 10) || min)))

describe('queryKey', () => {
  test('no query (or a bare "?") is the empty key, for any route', () => {
    for (const key of [queryKey(), queryKey({ page: integer(1, 10) })]) {
      expect(key('')).toBe('')
      expect(key('?')).toBe('')
    }
  })

  test('a route that reads no parameter caches no query at all', () => {
    const key = queryKey()
    for (const search of ['?utm_source=news', '?fbclid=1', '?prompt=a+draft', '?x']) expect(key(search)).toBeUndefined()
  })

  test('only declared parameters are keyed; any other one makes the request uncacheable', () => {
    const key = queryKey({ page: integer(1, 10) })
    expect(key('?page=2')).toBe('page=2')
    expect(key('?page=2&utm_source=news')).toBeUndefined()
    expect(key('?gclid=abc')).toBeUndefined()
    expect(key('?PAGE=2')).toBeUndefined()
  })

  test('parameter order does not matter', () => {
    const key = queryKey({ page: integer(1, 100), pageSize: integer(1, 50) })
    expect(key('?pageSize=5&page=3')).toBe('page=3&pageSize=5')
    expect(key('?page=3&pageSize=5')).toBe('page=3&pageSize=5')
    expect(key('?page=4&pageSize=5')).not.toBe(key('?page=3&pageSize=5'))
  })

  test('values are keyed as the route reads them: spellings of one page share an entry, out-of-range ones are capped', () => {
    const key = queryKey({ page: integer(1, 10_000) })
    expect(new Set(['?page=2', '?page=02', '?page=2.0', '?page=+2'].map(key))).toEqual(new Set(['page=2']))
    expect(key('?page=999999')).toBe('page=10000')
    expect(key('?page=abc')).toBe('page=1')
  })

  test('a repeated parameter, or a value the route refuses, is not cached', () => {
    const key = queryKey({ page: (value) => (/^\d+$/.test(value) ? value : undefined) })
    expect(key('?page=1&page=2')).toBeUndefined()
    expect(key('?page=abc')).toBeUndefined()
  })

  test('keyed values are encoded, so one cannot spell another parameter', () => {
    const key = queryKey({ q: (value) => value })
    expect(key('?q=a%26page%3D2')).toBe('q=a%26page%3D2')
  })
})

describe('schemaParam', () => {
  test("keys the schema's parsed value and refuses what it rejects", () => {
    const page = schemaParam(z.coerce.number().int().min(1).max(50))
    expect(page('07')).toBe('7')
    expect(page('51')).toBeUndefined()
    expect(page('abc')).toBeUndefined()
    expect(page('')).toBeUndefined()
  })
})
