import { cap } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: [
    'der',
    'die',
    'das',
    'ein',
    'eine',
    'einen',
    'für',
    'mit',
    'und',
    'über',
    'von',
    'ist',
    'sehr',
    'zu',
    'im',
    'nicht',
    'auf',
    'dem',
    'den',
    'werbespot',
    'geschichte',
    'unsere',
    'unser',
  ],
  determiners: [
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'mein',
    'meine',
    'meinen',
    'unser',
    'unsere',
    'unseren',
    'dein',
    'deine',
    'ihr',
    'ihre',
    'sein',
    'seine',
    'dieser',
    'diese',
    'dieses',
    'diesen',
  ],
  formats: {
    promo: [
      'recruiting',
      'recruitingvideo',
      'werbung',
      'werbespot',
      'werbefilm',
      'werbevideo',
      'spot',
      'anzeige',
      'promo',
      'kampagne',
      'imagefilm',
      'reklame',
    ],
    story: ['trailer', 'geschichte', 'märchen', 'erzählung', 'fabel', 'kurzfilm', 'abenteuer'],
    portrait: [
      'dokumentation',
      'doku',
      'dokumentarfilm',
      'erklärvideo',
      'tutorial',
      'anleitung',
      'video',
      'clip',
      'präsentation',
      'reportage',
      'porträt',
      'film',
      'reel',
      'montage',
      'rundgang',
    ],
  },
  introducers: ['für', 'über', 'von', 'namens', 'zum thema'],
  // Preposition+article words, mapped to a nominative article of the same gender.
  contractions: { zum: 'der', zur: 'die', vom: 'der', im: 'der', beim: 'der', ins: 'das', am: 'der' },
  detailStarts: [
    'namens',
    'genannt',
    'der',
    'die',
    'das',
    'welcher',
    'welche',
    'welches',
    'mit',
    'in',
    'im',
    'am',
    'aus',
    'bei',
    'nahe',
    'wo',
    'ohne',
    'weil',
    'während',
    'wenn',
    'dessen',
    'deren',
  ],
  styleWords: ['stil', 'ton', 'stimmung', 'format', 'look', 'ästhetik'],
  clauseWords: ['wie', 'warum', 'was', 'wann', 'wo', 'wer'],
  fillers: [
    'vorstellen',
    'zeigen',
    'bewerben',
    'erklären',
    'mach',
    'mache',
    'macht',
    'erstelle',
    'erstellen',
    'erzeuge',
    'generiere',
    'schreib',
    'schreibe',
    'gib',
    'ich',
    'will',
    'möchte',
    'brauche',
    'mir',
    'bitte',
    'kannst',
    'du',
    'könntest',
    'hätte',
    'gern',
    'gerne',
  ],
  and: ['und', '&'],
  connectors: ['und', 'aber', 'also', 'dann', 'danach', 'außerdem', 'doch'],
  moods: {
    warm: ['romantisch*', 'warm*', 'herzlich*', 'gemütlich*', 'freundlich*', 'liebevoll*', 'einladend*', 'familiär*'],
    funny: ['lustig*', 'witzig*', 'humorvoll*', 'komisch*', 'verspielt*', 'spaßig*', 'heiter*', 'augenzwinkernd*'],
    bold: ['episch*', 'energiegeladen*', 'energisch*', 'dynamisch*', 'spannend*', 'intensiv*', 'kraftvoll*', 'dramatisch*', 'mitreißend*'],
    calm: ['ruhig*', 'entspannt*', 'entspannend*', 'gelassen*', 'friedlich*', 'sanft*', 'besinnlich*'],
    mysterious: ['geheimnisvoll*', 'mysteriös*', 'düster*', 'dunkel*', 'unheimlich*', 'rätselhaft*'],
    inspiring: ['inspirierend*', 'motivierend*', 'emotional*', 'bewegend*', 'berührend*', 'hoffnungsvoll*', 'ermutigend*'],
    elegant: ['elegant*', 'luxuriös*', 'edel*', 'hochwertig*', 'premium', 'raffiniert*', 'stilvoll*'],
    nostalgic: ['nostalgisch*', 'vintage', 'retro', 'altmodisch*'],
    professional: ['professionell*', 'seriös*', 'sachlich*', 'vertrauenswürdig*', 'zuverlässig*', 'informativ*'],
  },
  intents: {
    punchier: ['knackig*', 'prägnant*', 'packend*', 'kürzer*', 'kürzen', 'straff*', 'pointiert*', 'punch*', 'wirkungsvoll*'],
    music: ['musik*', 'song*', 'lied*', 'soundtrack*', 'ton', 'audio'],
    pacing: ['tempo', 'rhythmus', 'geschwindigkeit', 'langsam*', 'zu lang', 'länge', 'dauer', 'timing'],
    title: ['titel*', 'name', 'überschrift'],
    hook: ['einstieg*', 'anfang', 'hook', 'eröffnung', 'intro', 'beginn', 'erste szene', 'aufmerksamkeit'],
    ending: ['ende', 'schluss', 'abschluss', 'handlungsaufforderung', 'cta', 'call to action', 'finale'],
  },
  sceneWords: ['szene', 'einstellung'],
  ordinals: ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt'],
  lastWords: ['letzte', 'letzten', 'letzter', 'finale'],
}

type Gender = 'm' | 'f' | 'n'

/** The gender an article shows. "ein" after "für" or "über" (accusative) can only be neuter. */
const ARTICLE_GENDER: Record<string, Gender> = {
  ein: 'n',
  eines: 'n',
  das: 'n',
  einen: 'm',
  einem: 'm',
  den: 'm',
  dem: 'm',
  der: 'm',
  eine: 'f',
  einer: 'f',
  die: 'f',
}

/** Compounds take the gender of their last part, whose ending is the best clue. */
const guessGender = (words: string): Gender => {
  const last = words.split(/\s+/).pop()!.toLowerCase()
  if (/(ung|heit|keit|schaft|ei|ion|tät|ik|statt|in)$/.test(last)) return 'f'
  if (/(chen|lein|ment|um|o|é)$/.test(last)) return 'n'
  return 'm'
}

const FORMS: Record<Gender, { the: string; obj: string; a: string; of: string; to: string; in: string; for: string }> = {
  m: { the: 'der', obj: 'den', a: 'ein', of: 'vom', to: 'zum', in: 'im', for: 'für den' },
  f: { the: 'die', obj: 'die', a: 'eine', of: 'von der', to: 'zur', in: 'in der', for: 'für die' },
  n: { the: 'das', obj: 'das', a: 'ein', of: 'vom', to: 'zum', in: 'im', for: 'für das' },
}

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const label = cap(words)
    if (asName || (determiner && !(determiner in ARTICLE_GENDER))) {
      // Names and possessives ("unsere Bäckerei") are kept as typed; their case is the person's.
      const phrase = asName || !determiner ? words : `${determiner} ${words}`
      return {
        label,
        bare: words,
        the: phrase,
        obj: phrase,
        a: phrase,
        of: `von ${phrase}`,
        to: `zu ${phrase}`,
        in: `bei ${phrase}`,
        for: `für ${phrase}`,
      }
    }
    const gender = determiner ? ARTICLE_GENDER[determiner]! : guessGender(words)
    const forms = FORMS[gender]
    return {
      label,
      bare: words,
      the: `${forms.the} ${words}`,
      obj: `${forms.obj} ${words}`,
      a: `${forms.a} ${words}`,
      of: `${forms.of} ${words}`,
      to: `${forms.to} ${words}`,
      in: `${forms.in} ${words}`,
      for: `${forms.for} ${words}`,
    }
  },
}

/** A relative clause takes a comma ("ein Roboter, der malen lernt"); a place does not ("die Praxis in München"). */
export const withDetail = (detail: string | null): string =>
  !detail ? '' : /^(der|die|das|welche[rs]?|dessen|deren|wo)\b/i.test(detail) ? `, ${detail}` : ` ${detail}`
