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
  context: [
    {
      say: 'Cada día parecía igual, y cada día faltaba algo.',
      show: 'Algo faltaba',
      see: 'la misma rutina, repetida, en colores apagados',
    },
    {
      say: 'El mundo alrededor era ruidoso, ajetreado y siempre tenía prisa.',
      show: 'Un mundo con prisa',
      see: 'una multitud que pasa sin mirar',
    },
    {
      say: 'Pero en el fondo había un deseo que nadie había escuchado aún.',
      show: 'Un deseo secreto',
      see: 'una ventana de noche, con una sola luz encendida',
    },
    {
      say: 'Entonces, una mañana, algo pequeño lo cambió todo.',
      show: 'Entonces, una mañana…',
      see: 'un objeto pequeño e inesperado que atrapa la luz',
    },
    {
      say: 'Haría falta valor, paciencia y un poco de suerte.',
      show: 'Valor. Paciencia. Suerte.',
      see: 'un largo camino que se pierde en el horizonte',
    },
  ],
  development: [
    {
      say: 'El primer intento salió mal. El segundo, también.',
      show: 'Otra vez',
      see: 'un primer intento torpe, y luego otro',
    },
    {
      say: 'Paso a paso, lo imposible empezó a parecer posible.',
      show: 'Paso a paso',
      see: 'pasos en un camino, cada vez más firmes',
    },
    {
      say: 'Por el camino apareció un amigo inesperado.',
      show: 'Un amigo inesperado',
      see: 'dos siluetas que se encuentran en el camino',
    },
    {
      say: 'Hubo dudas, noches largas y una idea malísima.',
      show: 'Una idea malísima',
      see: 'una mesa desordenada bajo una sola lámpara',
    },
    {
      say: 'Llegó el momento de elegir: volver atrás o seguir adelante.',
      show: '¿Volver o seguir?',
      see: 'un cruce de caminos bajo un cielo cambiante',
    },
    {
      say: (c) => `Y ${c.s.the} siguió adelante.`,
      show: 'Seguir adelante',
      see: (c) => `${c.s.the} avanzando contra el viento`,
    },
    {
      say: 'Cada tropiezo enseñó algo nuevo.',
      show: 'Cada tropiezo enseña',
      see: 'un pequeño arreglo, hecho con cuidado',
    },
    {
      say: 'Y poco a poco, la meta quedó al alcance.',
      show: 'Casi',
      see: 'el destino que aparece a lo lejos',
    },
  ],
  payoff: [
    {
      say: 'Y entonces, por fin, sucedió.',
      show: 'Por fin',
      see: 'un estallido de luz y un suspiro contenido',
    },
    {
      say: 'No fue perfecto. Fue mejor que perfecto: fue real.',
      show: 'Mejor que perfecto',
      see: 'un resultado imperfecto y precioso',
    },
    {
      say: 'Todos los que habían dudado se quedaron mirando.',
      show: 'Ya nadie dudaba',
      see: 'caras sorprendidas que se giran',
    },
    {
      say: 'Por primera vez, todo encajaba.',
      show: 'Todo encajaba',
      see: 'una vista amplia y serena tras la tormenta',
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
