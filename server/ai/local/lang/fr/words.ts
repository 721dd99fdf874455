import { cap, startsWithVowel } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: [
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'pour',
    'avec',
    'du',
    'et',
    'que',
    'sur',
    'est',
    'très',
    'dans',
    'au',
    'aux',
    'ce',
    'cette',
    'pub',
    'histoire',
    'vidéo',
    'qui',
    "l'",
    "d'",
    'notre',
  ],
  determiners: [
    'un',
    'une',
    'des',
    'le',
    'la',
    'les',
    "l'",
    'mon',
    'ma',
    'mes',
    'notre',
    'nos',
    'votre',
    'vos',
    'son',
    'sa',
    'ses',
    'ce',
    'cet',
    'cette',
    'ces',
  ],
  formats: {
    promo: [
      'recrutement',
      'pub',
      'publicité',
      'publicitaire',
      'annonce',
      'spot',
      'promo',
      'promotionnel',
      'promotionnelle',
      'campagne',
      'lancement',
      'réclame',
    ],
    story: ['bande-annonce', 'trailer', 'histoire', 'conte', 'récit', 'fable', 'court-métrage', 'court métrage', 'aventure'],
    portrait: [
      'documentaire',
      'vidéo',
      'video',
      'clip',
      'tutoriel',
      'guide',
      'présentation',
      'reportage',
      'portrait',
      'film',
      'reel',
      'montage',
      'visite',
    ],
  },
  introducers: [
    'pour',
    'sur',
    'de',
    "d'",
    'à propos de',
    'présentant',
    'montrant',
    'mettant en avant',
    'célébrant',
    'appelé',
    'appelée',
    'intitulé',
  ],
  contractions: { du: 'le', au: 'le', aux: 'les' },
  detailStarts: [
    'appelé',
    'appelée',
    'nommé',
    'nommée',
    'qui',
    'que',
    'avec',
    'à',
    'dans',
    'près',
    'où',
    'dont',
    'sans',
    'parce',
    'pendant',
    'quand',
    'proposant',
    'vendant',
    'situé',
    'située',
    'en',
  ],
  styleWords: ['style', 'ton', 'ambiance', 'format', 'esthétique'],
  clauseWords: ['comment', 'pourquoi', 'quoi', 'quand', 'où', 'qui'],
  fillers: [
    'présenter',
    'montrer',
    'promouvoir',
    'découvrir',
    'expliquer',
    'raconter',
    'valoriser',
    'célébrer',
    'fais',
    'faites',
    'fais-moi',
    'crée',
    'créez',
    'génère',
    'générez',
    'je',
    'veux',
    'voudrais',
    "j'",
    'ai',
    'besoin',
    'me',
    'moi',
    "s'il",
    'te',
    'vous',
    'plaît',
    'peux',
    'pouvez',
    'écris',
    'donne',
    'donnez',
  ],
  and: ['et', '&'],
  connectors: ['et', 'mais', 'alors', 'donc', 'puis', 'ensuite', 'aussi'],
  moods: {
    warm: [
      'romantique*',
      'chaleureu*',
      'chaleur',
      'douillet*',
      'convivial*',
      'tendre*',
      'bienveillant*',
      'accueillant*',
      'chaud',
      'chaude',
    ],
    funny: ['drôle*', 'humour*', 'humoristique*', 'amusant*', 'marrant*', 'rigolo*', 'comique*', 'décalé*', 'ludique*', 'léger', 'légère'],
    bold: ['épique*', 'énergique*', 'énergie', 'dynamique*', 'intense*', 'puissant*', 'percutant*', 'dramatique*', 'audacieu*'],
    calm: ['calme*', 'apaisant*', 'serein*', 'relaxant*', 'paisible*', 'tranquille*', 'doux', 'douce'],
    mysterious: ['mystérieu*', 'mystère', 'sombre*', 'inquiétant*', 'énigmatique*', 'suspense'],
    inspiring: ['inspirant*', 'motivant*', 'émouvant*', 'touchant*', 'optimiste*', 'émotion*'],
    elegant: ['élégant*', 'luxe', 'luxueu*', 'premium', 'raffiné*', 'sophistiqué*', 'chic'],
    nostalgic: ['nostalgique*', 'vintage', 'rétro', "d' antan"],
    professional: ['professionnel*', 'corporate', 'institutionnel*', 'sérieu*', 'fiable*', 'informatif', 'informative'],
  },
  intents: {
    punchier: [
      'percutant*',
      'plus court',
      'plus courte',
      'raccourci*',
      'punch*',
      'plus direct',
      'plus directe',
      'resserr*',
      'condens*',
      "plus d' impact",
    ],
    music: ['musique*', 'chanson*', 'bande son', 'bande-son', 'bande originale', 'son', 'audio'],
    pacing: ['rythme', 'tempo', 'vitesse', 'lent', 'lente', 'trop long', 'trop longue', 'durée', 'timing'],
    title: ['titre*', 'nom'],
    hook: ['accroche', 'début', 'ouverture', 'introduction', 'intro', 'commencement', 'première scène', 'attention'],
    ending: ['fin', 'conclusion', "appel à l' action", 'cta', 'clôture', 'final', 'finale'],
  },
  sceneWords: ['scène', 'scene', 'plan'],
  ordinals: ['premi', 'deuxi', 'troisi', 'quatri', 'cinqui', 'sixi', 'septi', 'huiti', 'neuvi', 'dixi'],
  lastWords: ['dernière', 'dernier', 'finale'],
}

type Gender = 'm' | 'f'

/** Elision before a vowel or a (mostly mute) h: « l'atelier », « de l'hôtel ». */
const elides = (words: string): boolean => startsWithVowel(words) || /^h/i.test(words)

const ARTICLES: Record<string, Gender | 'pl' | 'elided'> = {
  un: 'm',
  le: 'm',
  une: 'f',
  la: 'f',
  des: 'pl',
  les: 'pl',
  "l'": 'elided',
}

/** Without an article: -s/-x is plural, -e/-tion/-té feminine, anything else masculine. A guess, and it says so. */
const guess = (words: string): Gender | 'pl' => {
  const first = words.split(/\s+/)[0]!.toLowerCase()
  if (/[sx]$/.test(first)) return 'pl'
  return /(e|tion|té)$/.test(first) ? 'f' : 'm'
}

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const label = cap(words)
    if (asName || (determiner && !(determiner in ARTICLES))) {
      const phrase = asName || !determiner ? words : `${determiner} ${words}`
      const chez = asName ? `chez ${phrase}` : `dans ${phrase}`
      // "notre boulangerie" when named, "une boulangerie" when offered ("Vous cherchez une boulangerie ?").
      const guessed = guess(words)
      const a = asName ? phrase : guessed === 'pl' ? `des ${words}` : `${guessed === 'm' ? 'un' : 'une'} ${words}`
      return { label, bare: words, the: phrase, obj: phrase, a, of: `de ${phrase}`, to: `à ${phrase}`, in: chez, for: `pour ${phrase}` }
    }
    const kind = determiner ? ARTICLES[determiner]! : guess(words)
    // "l'atelier" hides its gender; the indefinite form then guesses from the ending.
    const gender: Gender | 'pl' = kind === 'elided' ? (/(e|tion|té)$/.test(words.split(/\s+/)[0]!) ? 'f' : 'm') : kind
    if (gender === 'pl') {
      return {
        label,
        bare: words,
        the: `les ${words}`,
        obj: `les ${words}`,
        a: `des ${words}`,
        of: `des ${words}`,
        to: `aux ${words}`,
        in: `dans les ${words}`,
        for: `pour les ${words}`,
      }
    }
    const vowel = elides(words)
    const the = vowel ? `l'${words}` : `${gender === 'm' ? 'le' : 'la'} ${words}`
    const of = vowel ? `de l'${words}` : gender === 'm' ? `du ${words}` : `de la ${words}`
    const to = vowel ? `à l'${words}` : gender === 'm' ? `au ${words}` : `à la ${words}`
    return {
      label,
      bare: words,
      the,
      obj: the,
      a: `${gender === 'm' ? 'un' : 'une'} ${words}`,
      of,
      to,
      in: `dans ${the}`,
      for: `pour ${the}`,
    }
  },
}
