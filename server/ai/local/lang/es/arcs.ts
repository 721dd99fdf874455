import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Escenas en español para cada momento de cada tipo de vídeo. `c.s` es el tema; `c.detail`, el detalle del prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  {
    say: 'Mira de cerca. Aquí es donde se pone interesante.',
    show: 'Mira de cerca',
    see: 'un lento acercamiento a algo fácil de pasar por alto',
  },
  { say: 'Quédate un segundo en este momento.', show: 'Un momento', see: 'un plano fijo, todo en pausa' },
  {
    say: 'Escucha. Hasta los momentos tranquilos tienen algo que decir.',
    show: 'Momentos tranquilos',
    see: 'un espacio vacío, solo sonido ambiente',
  },
  { say: 'Un detalle lleva a otro, y luego a otro.', show: 'Detalle a detalle', see: 'una cadena de detalles, montados seguidos' },
  { say: 'Aquí, el tiempo parece ir más despacio.', show: 'El tiempo se detiene', see: 'cámara lenta y polvo flotando en la luz' },
  { say: 'La luz cambia, y con ella el ambiente.', show: 'Cambia la luz', see: 'el mismo lugar mientras cambia la luz' },
  { say: 'Todo encaja, pieza a pieza.', show: 'Todo encaja', see: 'piezas que se colocan en su sitio' },
  { say: 'Y cuando crees que lo has visto todo, hay más.', show: 'Hay más', see: 'un rincón escondido que se descubre' },
  { say: 'Aquí, cada elección cuenta algo.', show: 'Cada elección cuenta', see: 'pequeñas decisiones, hechas visibles' },
  { say: 'Míralo con calma, fotograma a fotograma.', show: 'Fotograma a fotograma', see: 'una panorámica lenta por toda la escena' },
]

export const detail: Entry = {
  say: (c) => `Te presentamos ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
