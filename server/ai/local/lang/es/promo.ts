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
