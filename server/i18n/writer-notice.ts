import { LANGUAGES, type Language } from '../../shared/languages.ts'
import { messagesFor } from './index.ts'

/** The notice for an idea in a script the built-in writer does not write, naming the script and the languages it does write. */
export const unsupportedScriptNotice = (language: Language, script: string): string => {
  const names = new Intl.DisplayNames([language], { type: 'language' })
  const languages = new Intl.ListFormat(language, { type: 'disjunction' }).format(LANGUAGES.map((each) => names.of(each) ?? each))
  const scriptName = new Intl.DisplayNames([language], { type: 'script' }).of(script) ?? script
  return messagesFor(language).writer.unsupported(scriptName, languages)
}
