import { cap } from '../helpers.ts'
import type { Grammar, Lexicon, SubjectForms } from '../types.ts'

export const lexicon: Lexicon = {
  stopwords: [
    'o',
    'os',
    'um',
    'uma',
    'uns',
    'umas',
    'para',
    'com',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'que',
    'sobre',
    'muito',
    'é',
    'não',
    'no',
    'na',
    'em',
    'ao',
    'anúncio',
    'história',
    'você',
    'nossa',
    'nosso',
  ],
  determiners: [
    'um',
    'uma',
    'uns',
    'umas',
    'o',
    'a',
    'os',
    'as',
    'meu',
    'minha',
    'meus',
    'minhas',
    'nosso',
    'nossa',
    'nossos',
    'nossas',
    'seu',
    'sua',
    'este',
    'esta',
    'esse',
    'essa',
  ],
  formats: {
    promo: ['recrutamento', 'anúncio', 'comercial', 'propaganda', 'publicidade', 'promo', 'promocional', 'campanha', 'lançamento', 'spot'],
    story: ['trailer', 'história', 'conto', 'fábula', 'curta-metragem', 'curta', 'aventura'],
    portrait: [
      'documentário',
      'vídeo',
      'video',
      'clipe',
      'tutorial',
      'guia',
      'apresentação',
      'reportagem',
      'retrato',
      'explicativo',
      'reel',
      'montagem',
      'tour',
    ],
  },
  introducers: ['para', 'sobre', 'de', 'a respeito de', 'mostrando', 'apresentando', 'divulgando', 'celebrando', 'chamado', 'chamada'],
  contractions: { do: 'o', da: 'a', dos: 'os', das: 'as', no: 'o', na: 'a', ao: 'o', à: 'a', pelo: 'o', pela: 'a', num: 'um', numa: 'uma' },
  detailStarts: [
    'chamado',
    'chamada',
    'que',
    'com',
    'em',
    'perto',
    'onde',
    'cujo',
    'cuja',
    'sem',
    'porque',
    'enquanto',
    'quando',
    'oferecendo',
    'vendendo',
    'localizado',
    'localizada',
    'no',
    'na',
  ],
  styleWords: ['estilo', 'tom', 'clima', 'formato', 'estética'],
  clauseWords: ['como', 'por que', 'porque', 'o que', 'quando', 'onde', 'quem'],
  fillers: [
    'apresentar',
    'mostrar',
    'divulgar',
    'promover',
    'explicar',
    'celebrar',
    'faça',
    'faz',
    'crie',
    'cria',
    'gere',
    'gera',
    'quero',
    'queria',
    'preciso',
    'me',
    'por',
    'favor',
    'pode',
    'poderia',
    'escreva',
    'dê',
  ],
  and: ['e', '&'],
  connectors: ['e', 'mas', 'então', 'depois', 'também', 'aí'],
  moods: {
    warm: ['romântic*', 'acolhedor*', 'caloros*', 'aconchegante*', 'carinhos*', 'afetuos*', 'gentil*', 'quentinh*'],
    funny: ['divertid*', 'engraçad*', 'humor*', 'cômic*', 'bem-humorad*', 'descontraíd*', 'leve'],
    bold: ['épic*', 'enérgic*', 'energia', 'dinâmic*', 'emocionante*', 'intens*', 'poderos*', 'dramátic*', 'impactante*'],
    calm: ['calm*', 'tranquil*', 'relaxante*', 'seren*', 'pacífic*', 'suave*'],
    mysterious: ['misterios*', 'sombri*', 'escur*', 'suspense', 'enigmátic*'],
    inspiring: ['inspirador*', 'motivador*', 'emotiv*', 'esperanços*', 'comovente*', 'tocante*'],
    elegant: ['elegante*', 'luxuos*', 'luxo', 'premium', 'sofisticad*', 'refinad*', 'chique'],
    nostalgic: ['nostálgic*', 'vintage', 'retrô', 'retro'],
    professional: ['profissional*', 'corporativ*', 'confiáve*', 'sério', 'séria', 'informativ*'],
  },
  intents: {
    punchier: ['impactante*', 'mais curta', 'mais curto', 'encurt*', 'mais diret*', 'enxut*', 'punch*', 'mais impacto', 'resum*'],
    music: ['música*', 'musica*', 'trilha*', 'canção*', 'som', 'áudio', 'audio'],
    pacing: ['ritmo', 'tempo', 'velocidade', 'lento', 'lenta', 'longo demais', 'muito longo', 'duração'],
    title: ['título*', 'titulo*', 'nome'],
    hook: ['gancho', 'abertura', 'início', 'inicio', 'começo', 'primeira cena', 'atenção'],
    ending: ['final', 'encerramento', 'chamada para ação', 'chamada à ação', 'cta', 'fim', 'desfecho'],
  },
  sceneWords: ['cena'],
  ordinals: ['primeir', 'segund', 'terceir', 'quart', 'quint', 'sext', 'sétim', 'oitav', 'non', 'décim'],
  lastWords: ['última', 'último', 'final'],
}

type Gender = 'm' | 'f'
type Count = 'sg' | 'pl'

const ARTICLE_FORMS: Record<string, [Gender, Count]> = {
  um: ['m', 'sg'],
  o: ['m', 'sg'],
  uma: ['f', 'sg'],
  a: ['f', 'sg'],
  uns: ['m', 'pl'],
  os: ['m', 'pl'],
  umas: ['f', 'pl'],
  as: ['f', 'pl'],
}

/** Without an article, the ending is the best clue: -a, -ção, -dade, -agem are feminine; a final -s is plural. */
const guess = (words: string): [Gender, Count] => {
  const first = words.split(/\s+/)[0]!.toLowerCase()
  return [/(as|a|ção|ções|dade|agem)$/.test(first) ? 'f' : 'm', /s$/.test(first) ? 'pl' : 'sg']
}

const ARTICLES: Record<Gender, Record<Count, { the: string; a: string; of: string; to: string; in: string }>> = {
  m: { sg: { the: 'o', a: 'um', of: 'do', to: 'ao', in: 'no' }, pl: { the: 'os', a: 'uns', of: 'dos', to: 'aos', in: 'nos' } },
  f: { sg: { the: 'a', a: 'uma', of: 'da', to: 'à', in: 'na' }, pl: { the: 'as', a: 'umas', of: 'das', to: 'às', in: 'nas' } },
}

export const grammar: Grammar = {
  subjectForms(words, determiner, asName): SubjectForms {
    const label = cap(words)
    // "a minha padaria": the article decides, the possessive stays with the words.
    const [article, ...possessive] = (determiner ?? '').split(' ')
    if (!asName && possessive.length > 0 && article && article in ARTICLE_FORMS) {
      return grammar.subjectForms(`${possessive.join(' ')} ${words}`, article, false)
    }
    if (asName || (determiner && !(determiner in ARTICLE_FORMS))) {
      const phrase = asName || !determiner ? words : `${determiner} ${words}`
      // "minha padaria" when named, "uma padaria" when offered ("Procurando uma padaria…?").
      const [gender, count] = guess(words)
      const a = asName ? phrase : `${ARTICLES[gender][count].a} ${words}`
      return {
        label,
        bare: words,
        the: phrase,
        obj: phrase,
        a,
        of: `de ${phrase}`,
        to: `a ${phrase}`,
        in: `em ${phrase}`,
        for: `para ${phrase}`,
      }
    }
    const [gender, count] = determiner ? ARTICLE_FORMS[determiner]! : guess(words)
    const forms = ARTICLES[gender][count]
    const the = `${forms.the} ${words}`
    return {
      label,
      bare: words,
      the,
      obj: the,
      a: `${forms.a} ${words}`,
      of: `${forms.of} ${words}`,
      to: `${forms.to} ${words}`,
      in: `${forms.in} ${words}`,
      for: `para ${the}`,
    }
  },
}
