import { cap, startsWithVowel } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: [
    'il',
    'lo',
    'gli',
    'un',
    'uno',
    'una',
    'per',
    'con',
    'del',
    'della',
    'e',
    'che',
    'su',
    'di',
    'è',
    'molto',
    'non',
    'nel',
    'nella',
    'alla',
    'questo',
    'storia',
    'mio',
    'nostro',
    'nostra',
  ],
  determiners: [
    'un',
    'uno',
    'una',
    "un'",
    'il',
    'lo',
    'la',
    "l'",
    'i',
    'gli',
    'le',
    'mio',
    'mia',
    'miei',
    'mie',
    'nostro',
    'nostra',
    'nostri',
    'nostre',
    'tuo',
    'tua',
    'suo',
    'sua',
    'questo',
    'questa',
    'quel',
    'quella',
  ],
  formats: {
    promo: ['reclutamento', 'pubblicità', 'spot', 'annuncio', 'promo', 'promozionale', 'campagna', 'lancio', 'réclame'],
    story: ['trailer', 'storia', 'racconto', 'fiaba', 'favola', 'cortometraggio', 'corto', 'avventura'],
    portrait: [
      'documentario',
      'video',
      'clip',
      'tutorial',
      'guida',
      'presentazione',
      'reportage',
      'ritratto',
      'servizio',
      'reel',
      'montaggio',
      'tour',
    ],
  },
  introducers: ['per', 'su', 'di', 'riguardo a', 'che mostra', 'che presenta', 'dedicato a', 'dedicata a', 'chiamato', 'chiamata'],
  contractions: {
    del: 'il',
    dello: 'lo',
    della: 'la',
    "dell'": "l'",
    dei: 'i',
    degli: 'gli',
    delle: 'le',
    al: 'il',
    allo: 'lo',
    alla: 'la',
    "all'": "l'",
    ai: 'i',
    sul: 'il',
    sullo: 'lo',
    sulla: 'la',
    "sull'": "l'",
    nel: 'il',
    nella: 'la',
    "nell'": "l'",
    dal: 'il',
    dalla: 'la',
  },
  detailStarts: [
    'chiamato',
    'chiamata',
    'che',
    'con',
    'a',
    'in',
    'vicino',
    'dove',
    'senza',
    'perché',
    'mentre',
    'quando',
    'offrendo',
    'situato',
    'situata',
    'nel',
    'nella',
    'sul',
  ],
  styleWords: ['stile', 'tono', 'atmosfera', 'formato', 'estetica'],
  clauseWords: ['come', 'perché', 'cosa', 'quando', 'dove', 'chi'],
  fillers: [
    'presentare',
    'mostrare',
    'promuovere',
    'raccontare',
    'spiegare',
    'celebrare',
    'fai',
    'fammi',
    'crea',
    'creami',
    'genera',
    'voglio',
    'vorrei',
    'mi',
    'serve',
    'favore',
    'puoi',
    'potresti',
    'scrivi',
    'dammi',
  ],
  and: ['e', 'ed', '&'],
  connectors: ['e', 'ma', 'quindi', 'poi', 'allora', 'anche', 'però'],
  moods: {
    warm: ['romantic*', 'calor*', 'calda', 'caldo', 'accogliente*', 'affettuos*', 'tener*', 'cordiale*', 'gentile*'],
    funny: ['divertent*', 'spiritos*', 'simpatic*', 'ironic*', 'comic*', 'umoristic*', 'allegr*', 'giocos*', 'buffo', 'buffa'],
    bold: ['epic*', 'energic*', 'energia', 'dinamic*', 'emozionant*', 'intens*', 'potent*', 'drammatic*', "d' impatto"],
    calm: ['calm*', 'tranquill*', 'rilassant*', 'seren*', 'pacific*', 'delicat*'],
    mysterious: ['misterios*', 'oscur*', 'cupo', 'cupa', 'inquietant*', 'enigmatic*', 'suspense'],
    inspiring: ['ispirant*', 'motivant*', 'emozional*', 'commovent*', 'toccant*', 'speranz*'],
    elegant: ['elegant*', 'lussuos*', 'lusso', 'premium', 'raffinat*', 'sofisticat*', 'chic'],
    nostalgic: ['nostalgic*', 'vintage', 'retrò', 'retro', "d' epoca"],
    professional: ['professional*', 'aziendal*', 'affidabil*', 'serio', 'seria', 'informativ*'],
  },
  intents: {
    punchier: [
      'incisiv*',
      'più breve',
      'più corta',
      'più corto',
      'accorcia*',
      'più diretta',
      'più diretto',
      "d' impatto",
      'punch*',
      'sintetic*',
    ],
    music: ['musica*', 'canzon*', 'colonna sonora', 'brano', 'audio', 'suono'],
    pacing: ['ritmo', 'tempo', 'velocità', 'lento', 'lenta', 'troppo lungo', 'durata', 'timing'],
    title: ['titolo*', 'nome'],
    hook: ['gancio', 'apertura', 'inizio', 'incipit', 'prima scena', 'attenzione', 'hook'],
    ending: ['finale', 'chiusura', "invito all' azione", 'call to action', 'cta', 'fine'],
  },
  sceneWords: ['scena', 'inquadratura'],
  ordinals: ['prim', 'second', 'terz', 'quart', 'quint', 'sest', 'settim', 'ottav', 'nono', 'decim'],
  lastWords: ['ultima', 'ultimo', 'finale'],
}

type Gender = 'm' | 'f'
type Count = 'sg' | 'pl'
/** Which article a masculine word takes: "il libro", "lo studio", "l'orto". */
type Sound = 'vowel' | 'lo' | 'plain'

const soundOf = (words: string): Sound => {
  if (startsWithVowel(words) || /^h/i.test(words)) return 'vowel'
  return /^(s[^aeiou]|z|gn|ps|x|y|pn)/i.test(words) ? 'lo' : 'plain'
}

const ARTICLE_FORMS: Record<string, [Gender, Count]> = {
  un: ['m', 'sg'],
  uno: ['m', 'sg'],
  il: ['m', 'sg'],
  lo: ['m', 'sg'],
  una: ['f', 'sg'],
  "un'": ['f', 'sg'],
  la: ['f', 'sg'],
  i: ['m', 'pl'],
  gli: ['m', 'pl'],
  le: ['f', 'pl'],
}

/** Without a telling article: -a, -zione, -tà are feminine; -i is a masculine plural. */
const guess = (words: string): [Gender, Count] => {
  const first = words.split(/\s+/)[0]!.toLowerCase()
  if (/i$/.test(first)) return ['m', 'pl']
  return [/(a|zione|tà)$/.test(first) ? 'f' : 'm', 'sg']
}

/** The definite article, and what "di", "a", "in" become with it. */
const definite = (gender: Gender, count: Count, sound: Sound) => {
  if (count === 'pl') {
    if (gender === 'f') return { the: 'le ', of: 'delle ', to: 'alle ', in: 'nelle ' }
    return sound === 'plain' ? { the: 'i ', of: 'dei ', to: 'ai ', in: 'nei ' } : { the: 'gli ', of: 'degli ', to: 'agli ', in: 'negli ' }
  }
  if (sound === 'vowel') return { the: "l'", of: "dell'", to: "all'", in: "nell'" }
  if (gender === 'f') return { the: 'la ', of: 'della ', to: 'alla ', in: 'nella ' }
  return sound === 'lo' ? { the: 'lo ', of: 'dello ', to: 'allo ', in: 'nello ' } : { the: 'il ', of: 'del ', to: 'al ', in: 'nel ' }
}

const indefinite = (gender: Gender, count: Count, sound: Sound): string => {
  if (count === 'pl') return gender === 'f' ? 'delle ' : sound === 'plain' ? 'dei ' : 'degli '
  if (gender === 'f') return sound === 'vowel' ? "un'" : 'una '
  return sound === 'lo' ? 'uno ' : 'un '
}

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const label = cap(words)
    // "la nostra pasticceria": the article decides, the possessive stays with the words.
    const [article, ...possessive] = (determiner ?? '').split(' ')
    const phraseWords = possessive.length > 0 ? `${possessive.join(' ')} ${words}` : words
    const known = article !== undefined && article in ARTICLE_FORMS
    if (asName || (determiner && !known && article !== "l'")) {
      const phrase = asName || !determiner ? words : `${determiner} ${words}`
      // "nostra pasticceria" when named, "una pasticceria" when offered ("Cerchi una pasticceria…?").
      const [gender, count] = guess(words)
      const a = asName ? phrase : `${indefinite(gender, count, soundOf(words))}${words}`
      return {
        label,
        bare: words,
        the: phrase,
        obj: phrase,
        a,
        of: `di ${phrase}`,
        to: `a ${phrase}`,
        in: `da ${phrase}`,
        for: `per ${phrase}`,
      }
    }
    // "l'officina" hides its gender: the ending tells.
    const [gender, count] = known ? ARTICLE_FORMS[article!]! : guess(words)
    const sound = soundOf(phraseWords)
    const forms = definite(gender, count, sound)
    const the = `${forms.the}${phraseWords}`
    return {
      label,
      bare: words,
      the,
      obj: the,
      a: `${indefinite(gender, count, soundOf(words))}${words}`,
      of: `${forms.of}${phraseWords}`,
      to: `${forms.to}${phraseWords}`,
      in: `${forms.in}${phraseWords}`,
      for: `per ${the}`,
    }
  },
}
