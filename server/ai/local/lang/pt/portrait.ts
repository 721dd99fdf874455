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
  context: [
    {
      say: 'Para entender, é preciso voltar às origens.',
      show: 'As origens',
      see: 'as origens, numa fotografia antiga',
    },
    {
      say: 'Nada disso surgiu da noite para o dia. Foi crescendo, peça por peça.',
      show: 'Peça por peça',
      see: 'um time-lapse de algo tomando forma',
    },
    {
      say: 'Para muita gente, faz parte do dia a dia, quase sem perceber.',
      show: 'Parte do dia a dia',
      see: 'pessoas comuns num dia comum',
    },
    {
      say: 'Mas, olhando um pouco mais de perto, os detalhes começam a contar uma história.',
      show: 'Os detalhes contam uma história',
      see: 'uma aproximação lenta de um detalhe revelador',
    },
    {
      say: 'Eis o que mais importa, em poucos passos simples.',
      show: 'O que mais importa',
      see: 'uma composição limpa dos elementos principais',
    },
  ],
  development: [
    {
      say: 'Comecemos pelo básico: o que é e por que importa.',
      show: 'O básico',
      see: (c) => `${c.s.the}, numa imagem simples e clara`,
    },
    {
      say: 'Depois, como funciona, passo a passo.',
      show: 'Como funciona',
      see: 'cada etapa, uma depois da outra',
    },
    {
      say: 'As pessoas por trás fazem toda a diferença.',
      show: 'As pessoas por trás',
      see: 'rostos e mãos de quem faz acontecer',
    },
    {
      say: 'Pequenas escolhas somam algo muito maior.',
      show: 'Pequenas escolhas, grande impacto',
      see: 'muitas peças pequenas formando uma imagem',
    },
    {
      say: 'Tem um ritmo próprio. Depois que você vê, não consegue mais deixar de ver.',
      show: 'Encontre o ritmo',
      see: 'um padrão que se repete em movimento',
    },
    {
      say: 'Repare nas texturas, nas cores, nas pequenas imperfeições.',
      show: 'Texturas e cores',
      see: 'texturas ricas sob uma luz rasante',
    },
    {
      say: 'Cada parte tem um propósito. Nada aqui é por acaso.',
      show: 'Nada por acaso',
      see: 'peças que se encaixam com precisão',
    },
    {
      say: 'E continua mudando, um pouco mais a cada ano.',
      show: 'Sempre mudando',
      see: 'antes e agora, lado a lado',
    },
  ],
  payoff: [
    {
      say: (c) => `Juntando todas as peças, você vê ${c.s.the} com outros olhos.`,
      show: 'Com outros olhos',
      see: (c) => `a imagem completa ${c.s.of}, enfim`,
    },
    {
      say: (c) => `É isso que torna ${c.s.the} especial.`,
      show: 'O que faz a diferença',
      see: 'o detalhe mais bonito, mantido na tela',
    },
    {
      say: 'Depois que você vê, nunca mais olha do mesmo jeito.',
      show: 'Nunca mais igual',
      see: 'uma revelação lenta, de perto para longe',
    },
    {
      say: 'Simples na superfície, e surpreendentemente profundo por dentro.',
      show: 'Surpreendentemente profundo',
      see: 'camadas que se revelam uma a uma',
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
