import { describe, expect, test } from 'bun:test'
import { z } from 'zod'
import { LANGUAGES } from '../../../shared/languages.ts'
import { videoRequestSchema } from '../../ai/storyboard.ts'
import { messagesFor } from '../../i18n/index.ts'
import { logInSchema, signUpSchema } from '../../services/accounts.ts'
import { formErrors } from './form-errors.ts'

/** zod's own wording, which must never reach a page. */
const ZOD_ENGLISH = /expected|Invalid input|Too (small|big)|>=|<=/

const failures = () => ({
  prompt: videoRequestSchema.safeParse({ prompt: 'ab', durationSec: 30, language: 'en', aspect: '16:9', style: 'cinematic' }),
  shorts: videoRequestSchema.safeParse({
    prompt: 'A long enough idea',
    durationSec: 90,
    shorts: true,
    language: 'en',
    aspect: '9:16',
    style: 'cinematic',
  }),
  password: signUpSchema.safeParse({ email: 'ada@example.com', password: 'short', language: 'en' }),
  email: logInSchema.safeParse({ email: 'not an address', password: 'x' }),
  missing: logInSchema.safeParse({}),
})

describe('form errors a person reads', () => {
  test('every language words each failed check itself, with the real bound, never in zod’s English', () => {
    const results = failures()
    for (const lang of LANGUAGES) {
      const t = messagesFor(lang)
      const number = new Intl.NumberFormat(lang)
      const errors = Object.fromEntries(
        Object.entries(results).map(([name, result]) => {
          expect(result.success).toBe(false)
          return [name, formErrors(result.error!, t)]
        }),
      )
      expect(errors.prompt!.prompt).toBe(t.validation.tooShort(3))
      expect(errors.prompt!.prompt).toContain(number.format(3))
      expect(errors.shorts!.durationSec).toBe(t.validation.shortsTooLong(60))
      expect(errors.password!.password).toBe(t.validation.tooShort(10))
      expect(errors.email!.email).toBe(t.validation.email)
      expect(errors.missing!.email).toBe(t.validation.required)
      for (const fields of Object.values(errors))
        for (const message of Object.values(fields)) expect([lang, message]).not.toEqual([lang, expect.stringMatching(ZOD_ENGLISH)])
    }
  })

  test('numbers are written the language’s way, and the first failure of a field wins', () => {
    const long = z.object({ text: z.string().max(20_000).min(50) }).safeParse({ text: 'x'.repeat(20_001) })
    expect(formErrors(long.error!, messagesFor('de')).text).toBe('Bitte höchstens 20.000 Zeichen eingeben.')
    expect(formErrors(long.error!, messagesFor('en')).text).toBe('Use at most 20,000 characters.')
  })
})
