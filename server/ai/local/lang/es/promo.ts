import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `¿Buscas ${c.s.a} de confianza? Quédate aquí.`,
      show: (c) => `¿Buscas ${c.s.a}?`,
      see: (c) => `alguien se detiene, con curiosidad, frente ${c.s.to}`,
    },
    {
      say: (c) => `Hay sitios que simplemente lo hacen bien. Este es uno de ellos: ${c.s.the}.`,
      show: 'Hay quien lo hace bien',
      see: (c) => `la entrada ${c.s.of} con la primera luz del día`,
    },
    {
      say: (c) => `Para un segundo. Esto va sobre ${c.s.the}.`,
      show: 'Para un segundo.',
      see: (c) => `un pulgar se detiene en plena pantalla y aparece ${c.s.the}`,
    },
    {
      say: '¿Conoces esa sensación de cuando algo simplemente funciona? Te lo enseñamos.',
      show: 'Simplemente funciona',
      see: (c) => `un momento rápido y satisfactorio ${c.s.in}`,
    },
  ],
  context: [
    {
      say: 'A todos nos ha pasado: hay que hacerlo, hacerlo bien y hacerlo hoy.',
      show: 'Bien hecho. Hoy mismo.',
      see: 'un día ajetreado y un reloj que avanza en la pared',
    },
    {
      say: 'La vida ya es bastante complicada. Lo último que necesitas es conformarte.',
      show: 'Sin conformarse',
      see: 'gente que pasa con prisa, algo agobiada',
    },
    {
      say: 'Quieres a alguien que escuche primero y acierte a la primera.',
      show: 'Primero, escuchar',
      see: 'una conversación amable en el mostrador',
    },
    {
      say: 'Opciones hay muchas. Tú quieres la que te hace sentir bien.',
      show: 'La opción que se siente bien',
      see: 'varias opciones juntas, y una que destaca',
    },
    {
      say: (c) => `Y esa es justo la idea detrás ${c.s.of}.`,
      show: 'La idea detrás',
      see: (c) => `el cartel ${c.s.of} brillando con la luz`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)}, todo empieza con personas de verdad que cuidan cada detalle.`,
      show: 'Personas reales. Cuidado real.',
      see: 'manos trabajando, concentradas y sin prisa',
    },
    {
      say: 'Cada detalle cuenta: los que se ven y los que no.',
      show: 'Cada detalle cuenta',
      see: 'pequeños detalles en foco nítido',
    },
    {
      say: 'Sin atajos y sin sorpresas: solo trabajo honesto que se nota.',
      show: 'Sin atajos. Sin sorpresas.',
      see: 'el trabajo en marcha, claro y honesto',
    },
    {
      say: 'Pregunta lo que quieras. Tendrás una respuesta clara y una cara amable.',
      show: 'Respuestas claras',
      see: 'una sonrisa al otro lado del mostrador',
    },
    {
      say: 'Rápido cuando hace falta, y con cuidado donde importa.',
      show: 'Rápido. Cuidadoso.',
      see: 'un gesto rápido y preciso, y luego una última revisión',
    },
    {
      say: 'Los clientes habituales vuelven por algo, y los nuevos pronto descubren por qué.',
      show: 'Vuelven por algo',
      see: 'un cliente habitual al que saludan por su nombre',
    },
    {
      say: 'Detrás de cada resultado hay oficio, construido día a día.',
      show: 'Oficio, día a día',
      see: 'herramientas gastadas, ordenadas en fila',
    },
    {
      say: (c) => `${cap(c.s.the)}: de esos sitios que recomiendas a tus amigos.`,
      show: 'Cuéntaselo a tus amigos',
      see: 'dos amigos charlando; uno señala el camino',
    },
  ],
  payoff: [
    {
      say: '¿El resultado? Sales con una sonrisa, y todo funciona.',
      show: 'Todo funciona',
      see: 'un cliente feliz saliendo por la puerta',
    },
    {
      say: (c) => `De esa sensación se trata ${c.s.in}.`,
      show: 'Esa sensación',
      see: 'un momento tranquilo de satisfacción',
    },
    {
      say: 'Menos preocupaciones y más tiempo para lo que te gusta.',
      show: 'Más tiempo para lo que te gusta',
      see: 'alguien disfrutando del resto del día, sin preocupaciones',
    },
    {
      say: 'Sencillo, cercano y bien hecho. Como debe ser.',
      show: 'Como debe ser',
      see: 'un trabajo terminado, mostrado con orgullo',
    },
  ],
  closing: [
    {
      say: (c) => `Descubre ${c.s.the} hoy. Te preguntarás por qué esperaste tanto.`,
      show: 'Descúbrelo hoy',
      see: (c) => `${c.s.the}, con las puertas abiertas y las luces encendidas`,
    },
    {
      say: (c) => `Dale una oportunidad ${c.s.to} y nota la diferencia.`,
      show: 'Nota la diferencia',
      see: (c) => `el logotipo ${c.s.of} sobre un fondo limpio`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Para ti, cuando tú quieras.`,
      show: 'Cuando tú quieras',
      see: (c) => `una cálida bienvenida ${c.s.in}`,
    },
  ],
}
