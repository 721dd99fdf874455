import { expect, test } from 'bun:test'
import { FAILURE_CODES, failureCodeOf } from '../../shared/failure.ts'
import { LANGUAGES } from '../ai/storyboard.ts'
import { messagesFor } from './index.ts'

test('every failure code has its own message in every UI language, none left in English', () => {
  for (const lang of LANGUAGES) {
    const failures = messagesFor(lang).failures
    expect(new Set(FAILURE_CODES.map((code) => failures[code])).size).toBe(FAILURE_CODES.length)
    if (lang !== 'en') for (const code of FAILURE_CODES) expect(failures[code]).not.toBe(messagesFor('en').failures[code])
  }
})

test('a stored error reads as its code; free text from before codes reads as internal', () => {
  for (const code of FAILURE_CODES) expect(failureCodeOf(code)).toBe(code)
  expect(failureCodeOf('The AI endpoint at http://10.0.0.1 timed out')).toBe('internal')
  expect(failureCodeOf(null)).toBe('internal')
})
