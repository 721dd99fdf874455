import { cap } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/** Cenas em português para cada momento de cada tipo de vídeo. `c.s` é o tema; `c.detail`, o detalhe do prompt. */

const promo: ArcPhrases = {
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

const story: ArcPhrases = {
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

const portrait: ArcPhrases = {
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

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Olhe de perto. É aqui que fica interessante.', show: 'Olhe de perto', see: 'uma aproximação lenta de algo fácil de não notar' },
  { say: 'Fique um segundo neste momento.', show: 'Um momento', see: 'um quadro parado, tudo em pausa' },
  { say: 'Escute. Até os momentos tranquilos têm algo a dizer.', show: 'Momentos tranquilos', see: 'um espaço vazio, só o som ambiente' },
  { say: 'Um detalhe leva a outro, e depois a outro.', show: 'Detalhe a detalhe', see: 'uma sequência de detalhes, montados em seguida' },
  { say: 'Aqui, o tempo parece passar mais devagar.', show: 'O tempo desacelera', see: 'câmera lenta, poeira flutuando na luz' },
  { say: 'A luz muda, e o clima muda junto.', show: 'A luz muda', see: 'o mesmo lugar enquanto a luz muda' },
  { say: 'Tudo se encaixa, peça por peça.', show: 'Tudo se encaixa', see: 'peças deslizando para o lugar' },
  { say: 'E quando você acha que já viu tudo, tem mais.', show: 'Tem mais', see: 'um canto escondido revelado' },
]

export const detail: Entry = {
  say: (c) => `Conheça ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
