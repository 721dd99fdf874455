import { cap, joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const list = (items: string[]): string => joinList(items, 'y')

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Como tiene que ser.', 'Eso es lo bueno.'],
    funny: ['Sí, en serio.', 'Spoiler: funciona.'],
    bold: ['Sin medias tintas.', 'Este es el momento.'],
    calm: ['Sin prisa.', 'Respira.'],
    mysterious: ['O eso parece.', 'Mira otra vez.'],
    inspiring: ['Y eso lo cambia todo.', 'Empieza aquí.'],
    elegant: ['Discretamente excepcional.', 'Ni más, ni menos.'],
    nostalgic: ['Como en los viejos tiempos.', 'Hay cosas que nunca pasan de moda.'],
    professional: ['Fiable, siempre.', 'Claro y sencillo.'],
  },
  toneNouns: {
    warm: 'calidez',
    funny: 'humor',
    bold: 'energía',
    calm: 'calma',
    mysterious: 'misterio',
    inspiring: 'esperanza',
    elegant: 'elegancia',
    nostalgic: 'nostalgia',
    professional: 'claridad',
  },
  shotLead: {
    wide: 'Plano general:',
    medium: 'Plano medio:',
    'close-up': 'Primer plano:',
    'extreme close-up': 'Primerísimo primer plano:',
    overhead: 'Plano cenital:',
    tracking: 'Travelling:',
    pov: 'Plano subjetivo:',
    establishing: 'Plano de situación:',
  },
  look: {
    cinematic: 'Luz de hora dorada, poca profundidad de campo, un suave destello anamórfico.',
    documentary: 'Luz natural, cámara en mano, texturas honestas.',
    playful: 'Colores vivos y saturados, encuadres dinámicos, mucho movimiento.',
    minimal: 'Espacio negativo limpio, luz suave y uniforme, un único punto focal.',
    retro: 'Grano de película cálido y tonos setenteros desvaídos.',
    noir: 'Sombras duras, alto contraste, reflejos de asfalto mojado.',
    corporate: 'Luz de día nítida, líneas limpias, composición equilibrada.',
    dreamy: 'Bruma suave, brillo pastel, un enfoque que flota despacio.',
  },
  taglines: {
    warm: 'Hecho con cariño',
    funny: 'Serio, pero no tanto',
    bold: 'Ve más lejos',
    calm: 'Con calma',
    mysterious: 'Mira más de cerca',
    inspiring: 'Empieza algo',
    elegant: 'Simplemente refinado',
    nostalgic: 'Como en los viejos tiempos',
    professional: 'Bien hecho',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label}: ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label}: una historia corta`
    return `${c.s.label}, de cerca`
  },
  logline: (c) => {
    const detail = c.detail ? ` ${c.detail}` : ''
    const tones = list(c.tones)
    const byKind: Record<Kind, string> = {
      promo: `Un anuncio de ${c.durationSec} segundos para ${c.s.a}${detail}, con ${tones}: de una necesidad conocida a una razón clara para actuar.`,
      story: `Una historia corta de ${c.durationSec} segundos sobre ${c.s.a}${detail}, contada con ${tones}: un comienzo, un giro y un final que se queda contigo.`,
      portrait: `Un retrato de ${c.durationSec} segundos ${c.s.of}${detail}, con ${tones}: una mirada de cerca a lo que lo hace importante.`,
    }
    return byKind[c.kind]
  },
  linkCall: (link) => `Visita ${link}`,
  sceneHeading: (number, from, to) => `Escena ${number} · ${from}–${to}`,
  list,
  fallbackSubject: 'esta idea',
}
