import type { PhraseContext, Text } from './types.ts'

/** Upper-cases the first letter, leaving the rest as typed ("iPhone" stays, "bicycle" → "Bicycle"). */
export const cap = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

export const render = (text: Text, c: PhraseContext): string => (typeof text === 'string' ? text : text(c))

/** "a, b and c" with the language's "and". */
export const joinList = (items: string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`

/** Whether the word starts with a vowel sound letter (for "an", "l'", "un'"); "h" is left to each language. */
export const startsWithVowel = (word: string): boolean => /^[aeiouàáâäãåèéêëìíîïòóôöõùúûüœæy]/i.test(word)

/** Numbers as the language writes them: "4.5" in English, "4,5" in Spanish. */
export const formatNumber =
  (language: string) =>
  (value: number): string =>
    value.toLocaleString(language, { maximumFractionDigits: 1 })
