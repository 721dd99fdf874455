import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Scènes en français pour chaque temps de chaque type de vidéo. `c.s` est le sujet, `c.detail` le détail du prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  {
    say: "Regardez de plus près. C'est là que ça devient intéressant.",
    show: 'Regardez de plus près',
    see: 'un lent zoom sur un détail facile à manquer',
  },
  { say: 'Restez une seconde sur cet instant.', show: 'Un instant', see: 'un plan fixe, tout est suspendu' },
  {
    say: 'Écoutez. Même les moments calmes ont quelque chose à dire.',
    show: 'Les moments calmes',
    see: 'un espace vide, juste le son ambiant',
  },
  {
    say: 'Un détail en amène un autre, puis un autre encore.',
    show: 'Détail après détail',
    see: 'une série de détails, montés à la suite',
  },
  { say: 'Ici, le temps semble ralentir.', show: 'Le temps ralentit', see: 'un ralenti, de la poussière qui flotte dans la lumière' },
  { say: "La lumière change, et l'ambiance avec elle.", show: 'La lumière change', see: 'le même lieu pendant que la lumière tourne' },
  { say: "Tout s'assemble, pièce par pièce.", show: "Tout s'assemble", see: 'des pièces qui trouvent leur place' },
  { say: 'Et quand on croit avoir tout vu, il y a encore plus.', show: 'Encore plus', see: 'un recoin caché qui se dévoile' },
  { say: 'Ici, chaque choix raconte quelque chose.', show: 'Chaque choix compte', see: 'de petites décisions rendues visibles' },
  { say: 'Prenez le temps, image après image.', show: 'Image après image', see: 'un lent panoramique sur toute la scène' },
]

export const detail: Entry = {
  say: (c) => `Voici ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
