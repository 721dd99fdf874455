/**
 * Which writing system an idea is typed in, for the built-in writer, which writes only the UI
 * languages (all in the Latin alphabet): an idea typed mostly in another script gets a notice, never
 * a Latin template around foreign words. The create form and the server read the same rule.
 */

/** Scripts told apart, as ISO 15924 codes (Intl.DisplayNames names them in any language). */
const SCRIPTS: ReadonlyArray<[code: string, letters: RegExp]> = [
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hani', /\p{Script=Han}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
]

/**
 * The ISO 15924 code of the script most of the idea's letters are in, when it is not Latin; null for
 * an idea in the Latin alphabet (a Japanese brand name inside an English idea is still English).
 */
export const unwrittenScript = (text: string): string | null => {
  const letters = [...text.matchAll(/\p{L}/gu)].map((match) => match[0])
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length
  if (letters.length === 0 || latin * 2 >= letters.length) return null
  const other = letters.filter((letter) => !/\p{Script=Latin}/u.test(letter))
  // Japanese mixes kana with Han: any kana makes it Japanese rather than Chinese.
  if (other.some((letter) => SCRIPTS[0]![1].test(letter))) return 'Jpan'
  let best: [string, number] = ['Zyyy', 0]
  for (const [code, pattern] of SCRIPTS.slice(1)) {
    const count = other.filter((letter) => pattern.test(letter)).length
    if (count > best[1]) best = [code, count]
  }
  return best[0]
}
