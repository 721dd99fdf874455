/**
 * Where a line of text may break, for the server's caption files (server/captions/wrap.ts) and the
 * player's drawn captions and on-screen text (islands/player/phrases.ts), as data: after punctuation
 * that closes a phrase; never right after a word that leans on the next (an article, a short
 * preposition); never before closing punctuation (French sets « ? ! : ; » after a space) nor after
 * opening punctuation; and, in Chinese and Japanese, between any two characters except where the
 * kinsoku rules forbid it.
 */

import type { Language } from './languages.ts'

/** Punctuation that closes a phrase, Latin and CJK: a line break after it reads naturally. */
export const PHRASE_END = /[,;:.!?…、，。！？；：—–)"'»」』”]$/u

/**
 * Characters that may not start a line: they join the token before them even across a space
 * ("Vraiment ?", "mot »"). Latin closing punctuation, and the Japanese kinsoku set (closing
 * brackets, small kana, the prolonged-sound mark, iteration marks, full-width punctuation).
 */
export const NO_LINE_START =
  /^[,.;:!?…‥%)\]}»›”’、。，．・：；？！）］｝〕〉》」』】〙〗〟ー―‐゠〜～ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ]$/u

/** Characters that may not end a line: they join the token after them ("¿Qué", "« Bonjour", "「東京"). */
export const NO_LINE_END = /^[¿¡«‹“‘([{（［｛〔〈《「『【〘〖〝]$/u

/** Straight quotes open or close by where they stand: after a space (or first) they open. */
export const EITHER_QUOTE = /^["']$/u

/** Scripts written without spaces, where a line may break between any two characters (kinsoku aside). */
export const BREAK_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Words a line should not end with: they belong to what follows. */
export const CLINGING_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'a',
    'an',
    'the',
    'of',
    'to',
    'in',
    'on',
    'at',
    'for',
    'and',
    'or',
    'with',
    'by',
    'from',
    'my',
    'your',
    'our',
    'its',
    'their',
    'this',
    'that',
  ]),
  es: new Set([
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'de',
    'del',
    'a',
    'al',
    'en',
    'y',
    'o',
    'con',
    'por',
    'para',
    'su',
    'sus',
    'mi',
    'tu',
  ]),
  fr: new Set([
    'le',
    'la',
    'les',
    'l’',
    "l'",
    'un',
    'une',
    'des',
    'de',
    'du',
    'd’',
    "d'",
    'à',
    'au',
    'aux',
    'en',
    'et',
    'ou',
    'avec',
    'pour',
    'par',
    'sur',
    'son',
    'sa',
    'ses',
    'mon',
    'ma',
    'ce',
    'cette',
  ]),
  de: new Set([
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'und',
    'oder',
    'mit',
    'von',
    'zu',
    'zum',
    'zur',
    'im',
    'in',
    'am',
    'an',
    'auf',
    'für',
    'sein',
    'ihre',
    'ihr',
  ]),
  pt: new Set([
    'o',
    'a',
    'os',
    'as',
    'um',
    'uma',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'no',
    'na',
    'e',
    'ou',
    'com',
    'por',
    'para',
    'seu',
    'sua',
  ]),
  it: new Set([
    'il',
    'lo',
    'la',
    'i',
    'gli',
    'le',
    'un',
    'uno',
    'una',
    'di',
    'del',
    'della',
    'a',
    'al',
    'in',
    'nel',
    'e',
    'o',
    'con',
    'per',
    'su',
    'suo',
    'sua',
  ]),
}

/** Every language's leaning words at once, for text whose language is not known. */
export const ANY_CLINGING_WORD: ReadonlySet<string> = new Set(Object.values(CLINGING_WORDS).flatMap((words) => [...words]))
