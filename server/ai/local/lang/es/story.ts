import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Esta es la historia de ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `un primer vistazo ${c.s.to}, solo en el encuadre`,
    },
    {
      say: 'Todo empezó un día cualquiera, como empiezan las mejores historias.',
      show: 'Un día cualquiera',
      see: 'una mañana tranquila, con todo en su sitio, por ahora',
    },
    {
      say: (c) => `Nadie esperaba mucho ${c.s.of}. Ese fue su primer error.`,
      show: 'Nadie esperaba mucho',
      see: (c) => `${c.s.the} frente a un mundo enorme`,
    },
    {
      say: (c) => `Érase una vez, no hace tanto, ${c.s.a}.`,
      show: 'Érase una vez',
      see: 'un paisaje de cuento que poco a poco se enfoca',
    },
  ],
  closing: [
    {
      say: 'A veces, las historias más pequeñas tienen el corazón más grande.',
      show: 'Fin',
      see: 'la cámara se aleja mientras la luz se apaga',
    },
    {
      say: (c) => `Y así fue como empezó la historia ${c.s.of}, no como terminó.`,
      show: 'Solo el principio',
      see: 'un nuevo día que amanece en el horizonte',
    },
    {
      say: 'Recuerda esta historia la próxima vez que algo parezca imposible.',
      show: 'Nada es imposible',
      see: 'una última mirada atrás, y una sonrisa',
    },
  ],
}
