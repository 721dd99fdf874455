import { describe, expect, test } from 'bun:test'
import { safeNext } from './context.ts'

describe('safeNext', () => {
  test('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/videos')).toBe('/videos')
    expect(safeNext('/videos?page=2#top')).toBe('/videos?page=2#top')
    expect(safeNext('/?prompt=A+bakery+ad&style=noir')).toBe('/?prompt=A+bakery+ad&style=noir')
  })

  test('anything a browser would resolve to another site becomes the fallback', () => {
    const leaving = ['//evil.example', '///evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', 'https://evil.example/', 'javascript:alert(1)', 'evil.example', '']
    for (const next of leaving) expect([next, safeNext(next)]).toEqual([next, '/'])
    expect(safeNext(undefined, '/home')).toBe('/home')
    expect(safeNext(null)).toBe('/')
  })

  test('returns the resolved form, so what is checked is what the browser follows', () => {
    expect(safeNext('/a/../videos')).toBe('/videos')
    expect(safeNext('/vid\teos')).toBe('/videos')
    expect(safeNext('/a b')).toBe('/a%20b')
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example')
  })
})
