import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Olhe mais de perto para ${c.s.the}. Há mais aqui do que parece.`,
      show: 'Olhe de perto',
      see: (c) => `${c.s.the}, revelando-se aos poucos na sombra`,
    },
    {
      say: (c) => `Há algo especial ${c.s.in}. Vamos descobrir o quê.`,
      show: 'Algo especial',
      see: (c) => `uma primeira imagem marcante ${c.s.of}`,
    },
    {
      say: (c) => `Você acha que conhece ${c.s.the}? Pense de novo.`,
      show: 'Pense de novo',
      see: 'algo familiar visto de um ângulo inesperado',
    },
    {
      say: (c) => `Tudo começa com uma pergunta simples: por que ${c.s.the}?`,
      show: (c) => `Por que ${c.s.the}?`,
      see: 'um único detalhe, isolado e intrigante',
    },
  ],
  closing: [
    {
      say: (c) => `Da próxima vez que você encontrar ${c.s.the}, olhe duas vezes.`,
      show: 'Olhe duas vezes',
      see: (c) => `${c.s.the} na luz do fim de tarde`,
    },
    {
      say: (c) => `${cap(c.s.the)}: mais perto do que você imagina.`,
      show: 'Mais perto do que você imagina',
      see: 'a câmera se afasta devagar, com o tema ainda no quadro',
    },
    {
      say: 'Continue curioso. Sempre há mais para descobrir.',
      show: 'Continue curioso',
      see: 'uma porta aberta para uma luz intensa',
    },
  ],
}
