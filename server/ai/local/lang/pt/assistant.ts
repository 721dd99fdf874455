import { formatNumber } from '../helpers.ts'
import type { AssistantPhrases } from '../types.ts'

const num = formatNumber('pt')

export const assistant: AssistantPhrases = {
  sceneLabel: (number) => `Cena ${number}`,
  before: 'Antes',
  after: 'Depois',
  why: 'Frases curtas batem mais forte: uma ideia por frase, sem enrolação, e as palavras mais fortes no final.',
  punchierIntro: (number) => `Uma versão mais impactante da cena ${number}:`,
  punchierTips: ({ shot, fromSec, toSec, onScreen }) => [
    `Corte a cena de ${num(fromSec)} s para ${num(toSec)} s, para a frase terminar bem no corte.`,
    `Feche mais o ${shot} ou corte na primeira palavra para ganhar energia.`,
    `Mantenha “${onScreen}” na tela em letras grandes, para a ideia chegar mesmo sem som.`,
  ],
  noSuchScene: (number, count) => `Este vídeo tem ${count} cenas, então não existe a cena ${number}. Pergunte sobre as cenas 1 a ${count}.`,
  musicIntro: (style) => `Para este vídeo de estilo ${style}, experimente`,
  music: {
    cinematic: 'uma construção orquestral com piano suave, cordas graves e um grande crescendo no clímax.',
    documentary: 'um violão discreto ou um piano abafado sobre texturas ambientes leves.',
    playful: 'ukulele animado, palmas, cordas em pizzicato e uma melodia assobiada.',
    minimal: 'pulsos eletrônicos esparsos ou uma única linha de piano com bastante espaço.',
    retro: 'um groove funk dos anos setenta: guitarra wah-wah, piano Rhodes e um baixo quente.',
    noir: 'jazz esfumaçado de madrugada: vassourinhas, contrabaixo e trompete com surdina.',
    corporate: 'pop eletrônico luminoso e confiante, com bateria constante e sintetizadores limpos.',
    dreamy: 'pads de sintetizador etéreos, guitarra cheia de reverb e uma melodia lenta e flutuante.',
  },
  musicMood: {
    warm: 'Aposte no calor e no orgânico: instrumentos acústicos em vez de sintetizadores.',
    funny: 'Deixe espaço para o timing: corte a música um instante antes da piada.',
    bold: 'Aumente a energia e bata forte na cena do clímax.',
    calm: 'Mantenha suave e constante, sem quedas bruscas.',
    mysterious: 'Drones graves e batidas esparsas sustentam a tensão.',
    inspiring: 'Comece pequeno e cresça até um final pleno e esperançoso.',
    elegant: 'Poucos instrumentos, bem tocados: cordas ou piano solo.',
    nostalgic: 'Um toque de chiado de vinil ou de calor de fita traz a época.',
    professional: 'Limpa e discreta, para a mensagem conduzir.',
  },
  musicTempo: (low, high) => `Andamento: cerca de ${low}–${high} BPM.`,
  musicCuts: (times) => `Coloque acentos musicais nas trocas de cena em ${times}.`,
  musicMix: 'Mixe a música cerca de 15 dB abaixo da narração e confira se a licença cobre o uso online.',
  pacingIntro: ({ count, durationSec, averageSec, wordsPerSecond }) =>
    `${count} cenas em ${num(durationSec)} s: cerca de ${num(averageSec)} s por cena e ${num(wordsPerSecond)} palavras de narração por segundo.`,
  pacingCrowded: (scenes) =>
    `Carregadas (mais de 3 palavras por segundo, difíceis de acompanhar): ${scenes}. Enxugue essas falas ou dê mais tempo às cenas.`,
  pacingSparse: (scenes) =>
    `Vazias (menos de 1,2 palavra por segundo, podem arrastar): ${scenes}. Encurte essas cenas ou acrescente uma fala.`,
  pacingFine: 'Narração e duração das cenas estão equilibradas: fácil de acompanhar, nada se arrasta.',
  pacingTips: [
    'Varie a duração das cenas: um corte rápido depois de uma cena mais longa dá energia.',
    'Mantenha o gancho curto e deixe o clímax respirar um pouco mais.',
  ],
  titleIntro: (title) => `Título atual: **${title}**. Algumas alternativas:`,
  titleTip: 'Títulos com menos de 40 caracteres funcionam melhor em miniaturas e resultados de busca.',
  hookIntro: 'Três aberturas alternativas:',
  hookTips: [
    'Mostre movimento ou um rosto logo no primeiro segundo.',
    'Coloque a promessa na tela nos primeiros 3 segundos, para funcionar sem som.',
  ],
  endingIntro: 'Finais alternativos:',
  endingTips: [
    'Termine com uma única ação clara e deixe-a na tela por pelo menos 2 segundos.',
    'Repita o nome bem no final, para ficar na memória.',
  ],
  sceneIntro: (number) => `A cena ${number} num relance:`,
  sceneFacts: ({ narration, onScreen, shot, durationSec }) => [
    `Narração: “${narration}”`,
    `Na tela: “${onScreen}”`,
    `Plano: ${shot}, ${num(durationSec)} s`,
  ],
  sceneTips: [
    'Para bater mais forte, reduza a narração a uma única frase curta.',
    'Use um enquadramento diferente das cenas vizinhas, para dar contraste.',
  ],
  summaryIntro: ({ title, count, durationSec }) => `**${title}**: ${count} cenas, ${num(durationSec)} segundos.`,
  summaryAsk: 'Você pode me perguntar, por exemplo:',
  quote: (text) => `“${text}”`,
  summaryHelp: [
    '“Deixe a cena 3 mais impactante”',
    '“Que música combina?”',
    '“O ritmo está bom?”',
    '“Sugira um título melhor”',
    '“Me dê um gancho mais forte”',
    '“Melhore o final”',
  ],
  styleNames: {
    cinematic: 'cinematográfico',
    documentary: 'documental',
    playful: 'divertido',
    minimal: 'minimalista',
    retro: 'retrô',
    noir: 'noir',
    corporate: 'corporativo',
    dreamy: 'onírico',
  },
  shotNames: {
    wide: 'plano geral',
    medium: 'plano médio',
    'close-up': 'close',
    'extreme close-up': 'close extremo',
    overhead: 'plano zenital',
    tracking: 'travelling',
    pov: 'plano subjetivo',
    establishing: 'plano de estabelecimento',
  },
  fillerWords: ['realmente', 'simplesmente', 'só', 'apenas', 'muito', 'bastante', 'basicamente', 'literalmente', 'totalmente', 'mesmo'],
}
