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
})
