import type { Language } from '../ai/storyboard.ts'

/**
 * Abbreviations after which a full stop does not end the sentence. Intl.Segmenter (ICU) keeps
 * decimals and "?!" together but splits after every "Dr." and inside "z. B.". Words that often
 * end a sentence themselves ("etc.", "usw.", "ecc.") are left out: a capital after them starts one.
 */
const ABBREVIATIONS: Record<Language, readonly string[]> = {
  en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Mt.', 'vs.', 'e.g.', 'i.e.', 'e. g.', 'i. e.', 'No.', 'Fig.', 'approx.'],
  es: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Lic.', 'Ud.', 'Uds.', 'Vd.', 'Vds.', 'p. ej.', 'EE. UU.', 'Av.', 'Núm.'],
  fr: ['M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'St.', 'Ste.', 'p. ex.', 'av.', 'bd.', 'env.', 'n°.'],
  de: [
    'Dr.',
    'Prof.',
    'Hr.',
    'Fr.',
    'Nr.',
    'St.',
    'z. B.',
    'z.B.',
    'd. h.',
    'd.h.',
    'u. a.',
    'u.a.',
    's. o.',
    's. u.',
    'bzw.',
    'ca.',
    'vgl.',
    'evtl.',
    'ggf.',
    'inkl.',
    'Str.',
  ],
  pt: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'p. ex.', 'Av.', 'Exmo.', 'Exma.'],
  it: ['Sig.', 'Sig.ra', 'Sig.na', 'Dott.', 'Dott.ssa', 'Prof.', 'Ing.', 'Avv.', 'Geom.', 'p. es.', 'S.', 'Sant.'],
}

/** Each abbreviation and its dotted prefixes ("z. B." also holds at "z."), longest first. */
const abbreviationEndings = (language: Language): string[] => {
  const endings = new Set<string>()
  for (const abbreviation of ABBREVIATIONS[language]) {
    for (const [index, char] of [...abbreviation].entries()) {
      if (char === '.') endings.add([...abbreviation].slice(0, index + 1).join(''))
    }
  }
  return [...endings].sort((a, b) => b.length - a.length)
}

const ENDINGS = new Map<Language, string[]>()
const endingsFor = (language: Language) => {
  let endings = ENDINGS.get(language)
  if (!endings) ENDINGS.set(language, (endings = abbreviationEndings(language)))
  return endings
}

const endsWithAbbreviation = (text: string, language: Language): boolean => {
  const trimmed = text.trimEnd()
  for (const ending of endingsFor(language)) {
    if (!trimmed.endsWith(ending)) continue
    const before = trimmed.charAt(trimmed.length - ending.length - 1)
    // A whole word: at the start, or after a space or an opening bracket/quote.
    if (before === '' || /[\s(["'«“„‘¿¡]/u.test(before)) return true
  }
  // German ordinals: "am 3. Mai".
  return language === 'de' && /(^|\s)\d{1,2}\.$/u.test(trimmed)
}

/**
 * A segment that cannot start a sentence: lower case, or punctuation that closes the previous one.
 * A straight quote closes only when a space or punctuation follows it (else it opens a quotation).
 */
const continuesSentence = (segment: string): boolean => /^\s*(\p{Ll}|[»”’)\],;:]|["'](?=\s|$|[,;:.!?]))/u.test(segment)

const SEGMENTERS = new Map<Language, Intl.Segmenter>()

/**
 * The sentences of `text`, in order, trimmed, with runs of white space folded to one space.
 * One clip is synthesized per sentence, so captions and audio line up sentence by sentence.
 *
 * @example splitSentences('Dr. Weber kam z. B. um 3,5 Uhr. Wirklich?! Ja.', 'de')
 *   // ['Dr. Weber kam z. B. um 3,5 Uhr.', 'Wirklich?!', 'Ja.']
 */
export const splitSentences = (text: string, language: Language): string[] => {
  let segmenter = SEGMENTERS.get(language)
  if (!segmenter) SEGMENTERS.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })))
  const sentences: string[] = []
  let current = ''
  for (const { segment } of segmenter.segment(text)) {
    if (current && (endsWithAbbreviation(current, language) || continuesSentence(segment))) {
      current += segment
      continue
    }
    if (current.trim()) sentences.push(current)
    current = segment
  }
  if (current.trim()) sentences.push(current)
  return sentences.map((sentence) => sentence.replace(/\s+/gu, ' ').trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
}
