import { describe, expect, test } from 'bun:test'
import { audioHash, isAudioHash } from './content-hash.ts'
import type { Voice } from './types.ts'

const voice: Voice = { language: 'en', rate: 165, pitch: 50 }
const engine = { name: 'local' as const, engineVersion: 'espeak-ng@1.0.2 (eSpeak NG 1.52-dev)' }

describe('audioHash', () => {
  test('the same input gives the same 22-character base64url hash', () => {
    const hash = audioHash('The tide came in.', voice, engine)
    expect(hash).toBe(audioHash('The tide came in.', { ...voice }, { ...engine }))
    expect(hash).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(isAudioHash(hash)).toBe(true)
  })

  test.each([
    ['text', () => audioHash('The tide came in!', voice, engine)],
    ['language', () => audioHash('The tide came in.', { ...voice, language: 'fr' }, engine)],
    ['rate', () => audioHash('The tide came in.', { ...voice, rate: 166 }, engine)],
    ['pitch', () => audioHash('The tide came in.', { ...voice, pitch: 51 }, engine)],
    ['engine name', () => audioHash('The tide came in.', voice, { ...engine, name: 'openai' })],
    ['engine version', () => audioHash('The tide came in.', voice, { ...engine, engineVersion: 'espeak-ng@1.0.3 (eSpeak NG 1.52)' })],
  ])('a different %s gives a different hash', (_, other) => {
    expect(other()).not.toBe(audioHash('The tide came in.', voice, engine))
  })

  test('fields cannot bleed into each other (no ambiguous concatenation)', () => {
    const a = audioHash('x', voice, { name: 'local', engineVersion: 'v1' })
    const b = audioHash('x', voice, { name: 'local', engineVersion: 'v1"' })
    expect(a).not.toBe(b)
  })

  test.each(['', 'short', 'a'.repeat(23), '../../etc/passwd0000000', 'abc def ghi jkl mno pq', 'ééééééééééééééééééééé'])(
    '%p is not a hash',
    (value) => {
      expect(isAudioHash(value)).toBe(false)
    },
  )
})
