import { cap } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: [
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'para',
    'por',
    'con',
    'del',
    'y',
    'que',
    'sobre',
    'muy',
    'es',
    'en',
    'al',
    'mi',
    'nuestro',
    'nuestra',
    'anuncio',
    'historia',
    'vídeo',
  ],
  determiners: [
    'un',
    'una',
    'unos',
    'unas',
    'el',
    'la',
    'los',
    'las',
    'mi',
    'mis',
    'nuestro',
    'nuestra',
    'nuestros',
    'nuestras',
    'tu',
    'tus',
    'su',
    'sus',
    'este',
    'esta',
    'estos',
    'estas',
    'ese',
    'esa',
  ],
  formats: {
    promo: ['reclutamiento', 'anuncio', 'spot', 'comercial', 'publicidad', 'promo', 'promocional', 'campaña', 'lanzamiento'],
    story: ['tráiler', 'trailer', 'historia', 'cuento', 'relato', 'fábula', 'cortometraje', 'aventura'],
    portrait: [
      'documental',
      'vídeo',
      'video',
      'clip',
      'tutorial',
      'guía',
      'presentación',
      'reportaje',
      'retrato',
      'explicativo',
      'reel',
      'montaje',
      'recorrido',
    ],
  },
  introducers: ['para', 'sobre', 'acerca de', 'de', 'mostrando', 'presentando', 'promocionando', 'celebrando', 'llamado', 'llamada'],
  contractions: { del: 'el', al: 'el' },
  detailStarts: [
    'llamado',
    'llamada',
    'que',
    'con',
    'en',
    'cerca',
    'donde',
    'cuyo',
    'cuya',
    'sin',
    'porque',
    'mientras',
    'cuando',
    'ofreciendo',
    'vendiendo',
    'situado',
    'situada',
    'ubicado',
    'ubicada',
  ],
  styleWords: ['estilo', 'tono', 'ambiente', 'formato', 'estética'],
  clauseWords: ['cómo', 'como', 'por qué', 'qué', 'cuándo', 'dónde', 'quién'],
  fillers: [
    'presentar',
    'mostrar',
    'promocionar',
    'explicar',
    'celebrar',
    'anunciar',
    'haz',
    'hazme',
    'crea',
    'créame',
    'genera',
    'quiero',
    'necesito',
    'me',
    'por',
    'favor',
    'puedes',
    'podrías',
    'gustaría',
    'escribe',
    'dame',
  ],
  and: ['y', 'e', '&'],
  connectors: ['y', 'pero', 'así', 'entonces', 'luego', 'además', 'pues'],
  moods: {
    warm: ['romántic*', 'cálid*', 'acogedor*', 'cercan*', 'entrañable*', 'tiern*', 'amable*', 'hogareñ*'],
    funny: ['divertid*', 'gracios*', 'humor*', 'cómic*', 'desenfadad*', 'simpátic*', 'chistos*', 'lúdic*'],
    bold: ['épic*', 'enérgic*', 'energía', 'dinámic*', 'emocionante*', 'intens*', 'potente*', 'dramátic*', 'impactante*'],
    calm: ['tranquil*', 'relajad*', 'relajante*', 'seren*', 'sosegad*', 'pacífic*', 'calma'],
    mysterious: ['misterios*', 'oscur*', 'inquietante*', 'suspense', 'enigmátic*'],
    inspiring: ['inspirador*', 'motivador*', 'emotiv*', 'esperanzador*', 'conmovedor*', 'emocional*'],
    elegant: ['elegante*', 'lujos*', 'premium', 'sofisticad*', 'refinad*', 'distinguid*'],
    nostalgic: ['nostálgic*', 'vintage', 'retro', 'antañ*'],
    professional: ['profesional*', 'corporativ*', 'fiable*', 'serio', 'seria', 'informativ*'],
  },
  intents: {
    punchier: [
      'contundente*',
      'más corta',
      'más corto',
      'más breve',
      'acorta*',
      'recorta*',
      'más directa',
      'más directo',
      'punch*',
      'resum*',
      'más impact*',
    ],
    music: ['música*', 'musica*', 'canción*', 'cancion*', 'banda sonora', 'sonido', 'audio'],
    pacing: ['ritmo', 'tempo', 'velocidad', 'lento', 'lenta', 'demasiado largo', 'duración', 'duracion'],
    title: ['título*', 'titulo*', 'nombre', 'titular'],
    hook: ['gancho', 'inicio', 'comienzo', 'apertura', 'arranque', 'principio', 'primera escena', 'atención'],
    ending: ['final', 'cierre', 'llamada a la acción', 'cta', 'desenlace'],
  },
  sceneWords: ['escena', 'plano'],
  ordinals: ['primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'séptim', 'octav', 'noven', 'décim'],
  lastWords: ['última', 'último', 'final'],
}

type Gender = 'm' | 'f'
type Number_ = 'sg' | 'pl'

const ARTICLE_FORMS: Record<string, [Gender, Number_]> = {
  un: ['m', 'sg'],
  el: ['m', 'sg'],
  una: ['f', 'sg'],
  la: ['f', 'sg'],
  unos: ['m', 'pl'],
  los: ['m', 'pl'],
  unas: ['f', 'pl'],
  las: ['f', 'pl'],
}

/** Without an article, the noun's ending is the best guess: -a, -ción, -dad… are feminine; a final -s is plural. */
const guess = (words: string): [Gender, Number_] => {
  const first = words.split(/\s+/)[0]!.toLowerCase()
  const plural = /s$/.test(first)
  const feminine = /(as|a|ción|sión|dad|tad|tud|umbre)$/.test(first)
  return [feminine ? 'f' : 'm', plural ? 'pl' : 'sg']
}

const DEFINITE = { m: { sg: 'el', pl: 'los' }, f: { sg: 'la', pl: 'las' } }
const INDEFINITE = { m: { sg: 'un', pl: 'unos' }, f: { sg: 'una', pl: 'unas' } }

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const label = cap(words)
    if (asName || (determiner && !(determiner in ARTICLE_FORMS))) {
      const phrase = asName || !determiner ? words : `${determiner} ${words}`
      // "mi panadería" when named, "una panadería" when offered ("¿Buscas una panadería…?").
      const [gender, number] = guess(words)
      const a = asName ? phrase : `${INDEFINITE[gender][number]} ${words}`
      return {
        label,
        bare: words,
        the: phrase,
        obj: phrase,
        a,
        of: `de ${phrase}`,
        to: `a ${phrase}`,
        in: `en ${phrase}`,
        for: `para ${phrase}`,
      }
    }
    const [gender, number] = determiner ? ARTICLE_FORMS[determiner]! : guess(words)
    const article = DEFINITE[gender][number]
    const the = `${article} ${words}`
    return {
      label,
      bare: words,
      the,
      obj: the,
      a: `${INDEFINITE[gender][number]} ${words}`,
      of: article === 'el' ? `del ${words}` : `de ${the}`,
      to: article === 'el' ? `al ${words}` : `a ${the}`,
      in: `en ${the}`,
      for: `para ${the}`,
    }
  },
}
