import { expect, test } from 'bun:test'
import { LANGUAGES } from '../../shared/languages.ts'
import { unsupportedScriptNotice } from './writer-notice.ts'

test('the notice names the script and every language the writer writes, in the page language', () => {
  expect(unsupportedScriptNotice('en', 'Jpan')).toContain('Japanese')
  expect(unsupportedScriptNotice('en', 'Arab')).toContain('Arabic')
  expect(unsupportedScriptNotice('en', 'Jpan')).toContain('English, Spanish, French, German, Portuguese, or Italian')
  expect(unsupportedScriptNotice('de', 'Jpan')).toContain('Japanisch')
  expect(unsupportedScriptNotice('fr', 'Arab')).toContain('arabe')
  for (const language of LANGUAGES) expect(unsupportedScriptNotice(language, 'Jpan')).toContain('AI_PROVIDER=openai')
})
