import { describe, expect, test } from 'bun:test'
import { pickEncoding } from './negotiate.ts'

const both = { br: true, gzip: true }

describe('pickEncoding', () => {
  test.each([
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip', both, 'gzip'],
    ['br', { br: false, gzip: true }, 'identity'],
    ['gzip, br', { br: false, gzip: true }, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', both, 'gzip'],
    ['gzip;q=0', both, 'identity'],
    ['*', both, 'br'],
    ['*, br;q=0', both, 'gzip'],
    ['identity', both, 'identity'],
    ['BR', both, 'br'],
  ] as const)('Accept-Encoding %p with %p -> %s', (header, available, expected) => {
    expect(pickEncoding(header, available)).toBe(expected)
  })

  test('a remembered answer is the one parsing gives, whatever was asked before with other encodings on offer', () => {
    for (let round = 0; round < 2; round++) {
      expect(pickEncoding('gzip, br', { br: false, gzip: true })).toBe('gzip')
      expect(pickEncoding('gzip, br', { br: true, gzip: true })).toBe('br')
      expect(pickEncoding('gzip, br', { br: true, gzip: false })).toBe('br')
      expect(pickEncoding('br;q=0, gzip', { br: true, gzip: true })).toBe('gzip')
    }
  })
})
