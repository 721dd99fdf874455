import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Cenas em português para cada momento de cada tipo de vídeo. `c.s` é o tema; `c.detail`, o detalhe do prompt. */

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
  { say: 'Aqui, cada escolha conta alguma coisa.', show: 'Cada escolha conta', see: 'pequenas decisões tornadas visíveis' },
  { say: 'Olhe com calma, quadro a quadro.', show: 'Quadro a quadro', see: 'uma panorâmica lenta por toda a cena' },
]

export const detail: Entry = {
  say: (c) => `Conheça ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
