import { cap, startsWithVowel } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

/** « l'histoire d'un robot », « de Café Luna » */
const ofIndefinite = (phrase: string): string => (startsWithVowel(phrase) || /^h/i.test(phrase) ? `d'${phrase}` : `de ${phrase}`)

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Voici l'histoire ${ofIndefinite(c.s.a)}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `un premier regard sur ${c.s.the}, au centre du cadre`,
    },
    {
      say: 'Tout a commencé un jour ordinaire, comme les plus belles histoires.',
      show: 'Un jour ordinaire',
      see: 'un matin calme, tout est encore à sa place',
    },
    {
      say: (c) => `Personne n'attendait grand-chose ${c.s.of}. Première erreur.`,
      show: "Personne n'y croyait",
      see: (c) => `${c.s.the} face à un monde immense`,
    },
    {
      say: (c) => `Il était une fois, il n'y a pas si longtemps, ${c.s.a}.`,
      show: 'Il était une fois',
      see: 'un paysage de conte qui apparaît peu à peu',
    },
  ],
  closing: [
    {
      say: 'Parfois, les plus petites histoires ont le plus grand cœur.',
      show: 'Fin',
      see: 'la caméra recule tandis que la lumière baisse',
    },
    {
      say: (c) => `Et c'est ainsi que l'histoire ${c.s.of} a commencé, et non fini.`,
      show: "Ce n'est que le début",
      see: "un nouveau jour qui se lève à l'horizon",
    },
    {
      say: 'Souvenez-vous de cette histoire la prochaine fois que quelque chose semble impossible.',
      show: "Rien n'est impossible",
      see: 'un dernier regard en arrière, puis un sourire',
    },
  ],
}
