import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Procurando ${c.s.a} de confiança? Fique por aqui.`,
      show: (c) => `Procurando ${c.s.a}?`,
      see: (c) => `alguém para, curioso, em frente ${c.s.to}`,
    },
    {
      say: (c) => `Alguns lugares simplesmente fazem tudo certo. Este é um deles: ${c.s.the}.`,
      show: 'Tem quem faça tudo certo',
      see: (c) => `a entrada ${c.s.of} na primeira luz do dia`,
    },
    {
      say: (c) => `Pare de rolar a tela por um segundo. Isto é sobre ${c.s.the}.`,
      show: 'Pare um segundo.',
      see: (c) => `um polegar para no meio da rolagem, e ${c.s.the} enche a tela`,
    },
    {
      say: 'Sabe aquela sensação de quando tudo simplesmente funciona? A gente mostra.',
      show: 'Simplesmente funciona',
      see: (c) => `um momento rápido e satisfatório ${c.s.in}`,
    },
  ],
  closing: [
    {
      say: (c) => `Conheça ${c.s.the} hoje mesmo. Você vai se perguntar por que esperou tanto.`,
      show: 'Conheça hoje',
      see: (c) => `${c.s.the}, portas abertas e luzes acesas`,
    },
    {
      say: (c) => `Dê uma chance ${c.s.to} e sinta a diferença.`,
      show: 'Sinta a diferença',
      see: (c) => `o logotipo ${c.s.of} sobre um fundo limpo`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Para você, quando você quiser.`,
      show: 'Quando você quiser',
      see: (c) => `uma recepção calorosa ${c.s.in}`,
    },
  ],
}
