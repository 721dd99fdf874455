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
  context: [
    {
      say: 'Todo mundo já passou por isso: precisa ser feito, bem feito, e hoje.',
      show: 'Bem feito. Hoje.',
      see: 'um dia corrido, um relógio correndo na parede',
    },
    {
      say: 'A vida já é corrida demais. A última coisa de que você precisa é se contentar com menos.',
      show: 'Sem se contentar com menos',
      see: 'pessoas passando apressadas, um pouco sobrecarregadas',
    },
    {
      say: 'Você quer alguém que primeiro escute e acerte de primeira.',
      show: 'Primeiro, escutar',
      see: 'uma conversa simpática no balcão',
    },
    {
      say: 'Opções não faltam. Você quer aquela que parece certa.',
      show: 'A escolha certa',
      see: 'várias opções lado a lado, uma se destacando',
    },
    {
      say: (c) => `E é exatamente essa a ideia por trás ${c.s.of}.`,
      show: 'A ideia por trás',
      see: (c) => `a placa ${c.s.of} brilhando na luz`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)}, tudo começa com pessoas de verdade que cuidam de cada detalhe.`,
      show: 'Pessoas reais. Cuidado real.',
      see: 'mãos trabalhando, concentradas e sem pressa',
    },
    {
      say: 'Cada detalhe conta: os que você vê e os que não vê.',
      show: 'Cada detalhe conta',
      see: 'pequenos detalhes em foco nítido',
    },
    {
      say: 'Sem atalhos e sem surpresas: só trabalho honesto, que dá para ver.',
      show: 'Sem atalhos. Sem surpresas.',
      see: 'o trabalho em andamento, claro e honesto',
    },
    {
      say: 'Pergunte o que quiser. Você recebe uma resposta clara e um rosto simpático.',
      show: 'Respostas claras',
      see: 'um sorriso do outro lado do balcão',
    },
    {
      say: 'Rápido quando precisa ser, e cuidadoso onde importa.',
      show: 'Rápido. Cuidadoso.',
      see: 'um gesto rápido e preciso, depois uma última conferida',
    },
    {
      say: 'Os clientes fiéis voltam por um motivo, e os novos logo descobrem por quê.',
      show: 'Voltam por um motivo',
      see: 'um cliente fiel cumprimentado pelo nome',
    },
    {
      say: 'Por trás de cada resultado existe experiência, construída dia após dia.',
      show: 'Experiência, dia após dia',
      see: 'ferramentas gastas, alinhadas em ordem',
    },
    {
      say: (c) => `${cap(c.s.the)}: aquele tipo de lugar que você indica para os amigos.`,
      show: 'Conte para os amigos',
      see: 'dois amigos conversando, um aponta o caminho',
    },
  ],
  payoff: [
    {
      say: 'O resultado? Você sai com um sorriso, e tudo funciona.',
      show: 'Tudo funciona',
      see: 'um cliente feliz saindo pela porta',
    },
    {
      say: (c) => `É desse sentimento que se trata ${c.s.in}.`,
      show: 'Esse sentimento',
      see: 'um momento tranquilo de satisfação',
    },
    {
      say: 'Menos preocupação e mais tempo para o que você ama.',
      show: 'Mais tempo para o que você ama',
      see: 'alguém aproveitando o resto do dia, despreocupado',
    },
    {
      say: 'Simples, acolhedor e bem feito. Do jeito que tem que ser.',
      show: 'Do jeito que tem que ser',
      see: 'um trabalho pronto, mostrado com orgulho',
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
