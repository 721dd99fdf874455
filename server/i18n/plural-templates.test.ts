import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../../shared/languages.ts'
import { messagesFor } from './index.ts'
import { pluralTemplates } from './plural-templates.ts'

describe('pluralTemplates', () => {
  test('each category of the language below a million, the number replaced by {count}', () => {
    expect(pluralTemplates('fr', messagesFor('fr').form.scenes)).toEqual({
      one: '{count} scène',
      other: '{count} scènes',
    })
    expect(pluralTemplates('en', messagesFor('en').form.scenes)).toEqual({ one: '{count} scene', other: '{count} scenes' })
  })

  test('filled in the way the island does, each count reads as the phrase itself in every language', () => {
    for (const lang of LANGUAGES) {
      const phrase = messagesFor(lang).form.scenes
      const templates = pluralTemplates(lang, phrase)
      const rules = new Intl.PluralRules(lang)
      for (const count of [0, 1, 2, 5, 6, 21, 120])
        expect((templates[rules.select(count)] ?? templates.other!).replace('{count}', String(count))).toBe(phrase(count))
    }
  })
})
