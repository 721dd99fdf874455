import { cap, joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const list = (items: string[]): string => joinList(items, 'e')

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Do jeito que tem que ser.', 'É disso que a gente gosta.'],
    funny: ['Sim, é sério.', 'Spoiler: funciona.'],
    bold: ['Sem meio-termo.', 'A hora é agora.'],
    calm: ['Sem pressa.', 'Respire.'],
    mysterious: ['Ou é o que parece.', 'Olhe de novo.'],
    inspiring: ['E isso muda tudo.', 'Começa aqui.'],
    elegant: ['Discretamente excepcional.', 'Nem mais, nem menos.'],
    nostalgic: ['Como nos velhos tempos.', 'Tem coisa que nunca sai de moda.'],
    professional: ['Confiável, sempre.', 'Claro e simples.'],
  },
  toneNouns: {
    warm: 'carinho',
    funny: 'humor',
    bold: 'energia',
    calm: 'calma',
    mysterious: 'mistério',
    inspiring: 'esperança',
    elegant: 'elegância',
    nostalgic: 'nostalgia',
    professional: 'clareza',
  },
  shotLead: {
    wide: 'Plano geral:',
    medium: 'Plano médio:',
    'close-up': 'Close:',
    'extreme close-up': 'Close extremo:',
    overhead: 'Plano zenital:',
    tracking: 'Travelling:',
    pov: 'Câmera subjetiva:',
    establishing: 'Plano de estabelecimento:',
  },
  look: {
    cinematic: 'Luz de hora dourada, pouca profundidade de campo, um leve flare anamórfico.',
    documentary: 'Luz natural, câmera na mão, texturas honestas.',
    playful: 'Cores vivas e saturadas, enquadramentos divertidos, muito movimento.',
    minimal: 'Espaço negativo limpo, luz suave e uniforme, um único ponto focal.',
    retro: 'Granulação de filme quente e tons desbotados dos anos setenta.',
    noir: 'Sombras duras, alto contraste, reflexos de asfalto molhado.',
    corporate: 'Luz do dia nítida, linhas limpas, composição equilibrada.',
    dreamy: 'Névoa suave, brilho pastel, foco flutuando devagar.',
  },
  taglines: {
    warm: 'Feito com carinho',
    funny: 'Sério (ou quase)',
    bold: 'Vá mais longe',
    calm: 'Com calma',
    mysterious: 'Olhe mais de perto',
    inspiring: 'Comece algo',
    elegant: 'Simplesmente refinado',
    nostalgic: 'Como nos velhos tempos',
    professional: 'Bem feito',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label}: uma história curta`
    return `${c.s.label} de perto`
  },
  logline: (c) => {
    const detail = c.detail ? ` ${c.detail}` : ''
    const tones = list(c.tones)
    const byKind: Record<Kind, string> = {
      promo: `Um anúncio de ${c.durationSec} segundos para ${c.s.a}${detail}, com ${tones}: de uma necessidade conhecida a um motivo claro para agir.`,
      story: `Uma história curta de ${c.durationSec} segundos sobre ${c.s.a}${detail}, contada com ${tones}: um começo, uma virada e um final que fica na memória.`,
      portrait: `Um retrato de ${c.durationSec} segundos ${c.s.of}${detail}, com ${tones}: um olhar de perto sobre o que faz a diferença.`,
    }
    return byKind[c.kind]
  },
  linkCall: (link) => `Acesse ${link}`,
  sceneHeading: (number, from, to) => `Cena ${number} · ${from}–${to}`,
  list,
  fallbackSubject: 'esta ideia',
}
