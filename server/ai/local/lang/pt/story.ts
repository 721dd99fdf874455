import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Esta é a história de ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `um primeiro olhar para ${c.s.the}, no centro do quadro`,
    },
    {
      say: 'Tudo começou num dia comum, como as melhores histórias.',
      show: 'Um dia comum',
      see: 'uma manhã tranquila, tudo no lugar, por enquanto',
    },
    {
      say: (c) => `Ninguém esperava muito ${c.s.of}. Esse foi o primeiro erro.`,
      show: 'Ninguém esperava muito',
      see: (c) => `${c.s.the} diante de um mundo enorme`,
    },
    {
      say: (c) => `Era uma vez, não faz tanto tempo, ${c.s.a}.`,
      show: 'Era uma vez',
      see: 'uma paisagem de conto de fadas que aos poucos entra em foco',
    },
  ],
  context: [
    {
      say: 'Todo dia parecia igual, e todo dia faltava alguma coisa.',
      show: 'Faltava alguma coisa',
      see: 'a mesma rotina, repetida, em cores apagadas',
    },
    {
      say: 'O mundo ao redor era barulhento, agitado e sempre com pressa.',
      show: 'Um mundo com pressa',
      see: 'uma multidão que passa sem olhar',
    },
    {
      say: 'Mas, lá no fundo, havia um desejo que ninguém tinha ouvido ainda.',
      show: 'Um desejo secreto',
      see: 'uma janela à noite, com uma única luz acesa',
    },
    {
      say: 'Então, certa manhã, algo pequeno mudou tudo.',
      show: 'Então, certa manhã…',
      see: 'um objeto pequeno e inesperado que pega a luz',
    },
    {
      say: 'Ia ser preciso coragem, paciência e um pouco de sorte.',
      show: 'Coragem. Paciência. Sorte.',
      see: 'uma longa estrada que se perde no horizonte',
    },
  ],
  development: [
    {
      say: 'A primeira tentativa deu errado. A segunda também.',
      show: 'De novo',
      see: 'uma primeira tentativa desajeitada, e depois outra',
    },
    {
      say: 'Passo a passo, o impossível começou a parecer possível.',
      show: 'Passo a passo',
      see: 'passos num caminho, cada vez mais firmes',
    },
    {
      say: 'No caminho apareceu um amigo inesperado.',
      show: 'Um amigo inesperado',
      see: 'duas silhuetas que se encontram na estrada',
    },
    {
      say: 'Houve dúvidas, noites longas e uma péssima ideia.',
      show: 'Uma péssima ideia',
      see: 'uma mesa bagunçada sob uma única luminária',
    },
    {
      say: 'Chegou a hora de escolher: voltar ou seguir em frente.',
      show: 'Voltar ou seguir?',
      see: 'uma encruzilhada sob um céu que muda',
    },
    {
      say: (c) => `E ${c.s.the} seguiu em frente.`,
      show: 'Seguir em frente',
      see: (c) => `${c.s.the} avançando contra o vento`,
    },
    {
      say: 'Cada tropeço ensinou algo novo.',
      show: 'Cada tropeço ensina',
      see: 'um pequeno conserto, feito com cuidado',
    },
    {
      say: 'E, pouco a pouco, o objetivo ficou ao alcance.',
      show: 'Quase lá',
      see: 'o destino aparecendo ao longe',
    },
  ],
  payoff: [
    {
      say: 'E então, finalmente, aconteceu.',
      show: 'Finalmente',
      see: 'um clarão de luz e uma respiração contida',
    },
    {
      say: 'Não foi perfeito. Foi melhor que perfeito: foi real.',
      show: 'Melhor que perfeito',
      see: 'um resultado imperfeito e lindo',
    },
    {
      say: 'Todos que tinham duvidado pararam para olhar.',
      show: 'Ninguém duvidava mais',
      see: 'rostos surpresos que se viram',
    },
    {
      say: 'Pela primeira vez, tudo parecia no lugar certo.',
      show: 'Tudo no lugar',
      see: 'uma vista ampla e serena depois da tempestade',
    },
  ],
  closing: [
    {
      say: 'Às vezes, as menores histórias têm o maior coração.',
      show: 'Fim',
      see: 'a câmera se afasta enquanto a luz se apaga',
    },
    {
      say: (c) => `E foi assim que a história ${c.s.of} começou, e não terminou.`,
      show: 'Só o começo',
      see: 'um novo dia nascendo no horizonte',
    },
    {
      say: 'Lembre desta história da próxima vez que algo parecer impossível.',
      show: 'Nada é impossível',
      see: 'um último olhar para trás, e um sorriso',
    },
  ],
}
