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
  context: [
    {
      say: 'Para entenderlo, hay que empezar por sus orígenes.',
      show: 'Los orígenes',
      see: 'los orígenes, en una vieja fotografía',
    },
    {
      say: 'No apareció de la noche a la mañana. Creció, pieza a pieza.',
      show: 'Pieza a pieza',
      see: 'un time-lapse de algo que va tomando forma',
    },
    {
      say: 'Para mucha gente forma parte del día a día, casi sin pensarlo.',
      show: 'Parte del día a día',
      see: 'gente corriente en un día corriente',
    },
    {
      say: 'Pero si miras un poco más de cerca, los detalles empiezan a contar una historia.',
      show: 'Los detalles cuentan una historia',
      see: 'un lento acercamiento a un detalle revelador',
    },
    {
      say: 'Esto es lo que más importa, en unos pocos pasos.',
      show: 'Lo que más importa',
      see: 'una composición limpia de los elementos clave',
    },
  ],
  development: [
    {
      say: 'Empecemos por lo básico: qué es y por qué importa.',
      show: 'Lo básico',
      see: (c) => `${c.s.the}, en una imagen sencilla y clara`,
    },
    {
      say: 'Después, cómo funciona, paso a paso.',
      show: 'Cómo funciona',
      see: 'cada paso, uno tras otro',
    },
    {
      say: 'Las personas que hay detrás marcan la diferencia.',
      show: 'Las personas detrás',
      see: 'caras y manos de quienes lo hacen posible',
    },
    {
      say: 'Las pequeñas decisiones suman algo mucho más grande.',
      show: 'Pequeñas decisiones, gran impacto',
      see: 'muchas piezas pequeñas que forman una sola imagen',
    },
    {
      say: 'Tiene su propio ritmo. Cuando lo ves, ya no puedes dejar de verlo.',
      show: 'Encuentra el ritmo',
      see: 'un patrón que se repite en movimiento',
    },
    {
      say: 'Fíjate en las texturas, los colores, las pequeñas imperfecciones.',
      show: 'Texturas y colores',
      see: 'texturas ricas bajo una luz rasante',
    },
    {
      say: 'Cada parte tiene su propósito. Aquí nada es casualidad.',
      show: 'Nada es casualidad',
      see: 'piezas que encajan con precisión',
    },
    {
      say: 'Y sigue cambiando, un poco más cada año.',
      show: 'Siempre cambiando',
      see: 'antes y ahora, uno al lado del otro',
    },
  ],
  payoff: [
    {
      say: (c) => `Cuando juntas todas las piezas, ves ${c.s.the} con otros ojos.`,
      show: 'Con otros ojos',
      see: (c) => `la imagen completa ${c.s.of}, por fin`,
    },
    {
      say: (c) => `Eso es lo que hace especial ${c.s.to}.`,
      show: 'Lo que lo hace especial',
      see: 'el detalle más bello, sostenido en pantalla',
    },
    {
      say: 'Una vez que lo ves, ya nunca lo miras igual.',
      show: 'Nunca igual',
      see: 'una revelación lenta, de cerca a lo lejos',
    },
    {
      say: 'Sencillo en la superficie y sorprendentemente profundo por dentro.',
      show: 'Sorprendentemente profundo',
      see: 'capas que se van descubriendo una a una',
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
