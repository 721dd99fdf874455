import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Vous cherchez ${c.s.a} de confiance ? Restez ici.`,
      show: (c) => `Vous cherchez ${c.s.a} ?`,
      see: (c) => `quelqu'un s'arrête, curieux, devant ${c.s.the}`,
    },
    {
      say: (c) => `Certains endroits font simplement les choses bien. En voici un : ${c.s.the}.`,
      show: 'Certains font les choses bien',
      see: (c) => `l'entrée ${c.s.of} à la première lumière du jour`,
    },
    {
      say: (c) => `Arrêtez de scroller une seconde. Ici, on parle ${c.s.of}.`,
      show: 'Une seconde.',
      see: (c) => `un pouce s'arrête net, puis ${c.s.the} remplit l'écran`,
    },
    {
      say: 'Vous connaissez ce moment où tout fonctionne, tout simplement ? On vous montre.',
      show: 'Tout simplement',
      see: (c) => `un moment rapide et satisfaisant ${c.s.in}`,
    },
  ],
  closing: [
    {
      say: (c) => `Découvrez ${c.s.the} dès aujourd'hui. Vous vous demanderez pourquoi vous avez attendu.`,
      show: "À découvrir aujourd'hui",
      see: (c) => `${c.s.the}, portes ouvertes et lumières allumées`,
    },
    {
      say: (c) => `Essayez ${c.s.the}, et voyez la différence par vous-même.`,
      show: 'Voyez la différence',
      see: (c) => `le logo ${c.s.of} sur un fond épuré`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Pour vous, dès que vous êtes prêts.`,
      show: 'Quand vous voulez',
      see: (c) => `un accueil chaleureux ${c.s.in}`,
    },
  ],
}
