import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Echa un vistazo de cerca ${c.s.to}. Hay más de lo que parece.`,
      show: 'Mira de cerca',
      see: (c) => `${c.s.the}, que se revela poco a poco desde la sombra`,
    },
    {
      say: (c) => `Hay algo especial ${c.s.in}. Vamos a descubrirlo.`,
      show: 'Algo especial',
      see: (c) => `una primera imagen impactante ${c.s.of}`,
    },
    {
      say: (c) => `Crees que conoces ${c.s.the}. Piénsalo otra vez.`,
      show: 'Piénsalo otra vez',
      see: 'algo familiar desde un ángulo desconocido',
    },
    {
      say: (c) => `Todo empieza con una pregunta sencilla: ¿por qué ${c.s.the}?`,
      show: (c) => `¿Por qué ${c.s.the}?`,
      see: 'un solo detalle, aislado e intrigante',
    },
  ],
  closing: [
    {
      say: (c) => `La próxima vez que veas ${c.s.the}, detente un momento.`,
      show: 'Detente un momento',
      see: (c) => `${c.s.the} con la luz del atardecer`,
    },
    {
      say: (c) => `${cap(c.s.the)}: más cerca de lo que crees.`,
      show: 'Más cerca de lo que crees',
      see: 'la cámara se aleja despacio, con el tema aún en el encuadre',
    },
    {
      say: 'Sigue con curiosidad. Siempre hay algo más por descubrir.',
      show: 'Sigue con curiosidad',
      see: 'una puerta abierta hacia una luz brillante',
    },
  ],
}
