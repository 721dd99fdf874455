import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Regardez ${c.s.the} de plus près. Il y a plus qu'il n'y paraît.`,
      show: 'Regardez de plus près',
      see: (c) => `${c.s.the}, qui se révèle lentement dans l'ombre`,
    },
    {
      say: (c) => `Qu'est-ce qui fait le charme ${c.s.of} ? Voyons cela.`,
      show: 'Tout un charme',
      see: (c) => `une première image saisissante ${c.s.of}`,
    },
    {
      say: (c) => `Vous pensez connaître ${c.s.the}. Détrompez-vous.`,
      show: 'Détrompez-vous',
      see: 'un sujet familier sous un angle inattendu',
    },
    {
      say: (c) => `Tout commence par une question simple : pourquoi ${c.s.the} ?`,
      show: (c) => `Pourquoi ${c.s.the} ?`,
      see: 'un seul détail, isolé et intrigant',
    },
  ],
  context: [
    {
      say: 'Pour comprendre, il faut revenir aux origines.',
      show: 'Les origines',
      see: 'les origines, dans une vieille photographie',
    },
    {
      say: "Rien de tout cela n'est apparu du jour au lendemain. Tout s'est construit, pièce par pièce.",
      show: 'Pièce par pièce',
      see: 'un time-lapse de quelque chose qui prend forme',
    },
    {
      say: 'Pour beaucoup, cela fait partie du quotidien, presque sans y penser.',
      show: 'Une part du quotidien',
      see: 'des gens ordinaires, un jour ordinaire',
    },
    {
      say: 'Mais en regardant de plus près, les détails racontent une histoire.',
      show: 'Les détails racontent une histoire',
      see: 'un lent travelling avant sur un détail révélateur',
    },
    {
      say: 'Voici ce qui compte vraiment, en quelques étapes simples.',
      show: 'Ce qui compte vraiment',
      see: 'une composition épurée des éléments clés',
    },
  ],
  development: [
    {
      say: "Commençons par l'essentiel : ce que c'est, et pourquoi c'est important.",
      show: "L'essentiel",
      see: (c) => `${c.s.the}, dans une image simple et claire`,
    },
    {
      say: 'Ensuite, comment ça fonctionne, étape par étape.',
      show: 'Comment ça marche',
      see: "chaque étape, l'une après l'autre",
    },
    {
      say: 'Les personnes derrière tout ça font toute la différence.',
      show: 'Les gens derrière',
      see: 'les visages et les mains de ceux qui le font vivre',
    },
    {
      say: 'Les petits choix finissent par former quelque chose de bien plus grand.',
      show: 'Petits choix, grand impact',
      see: 'de nombreuses petites pièces qui forment une image',
    },
    {
      say: "Il y a un rythme. Une fois qu'on l'a vu, on ne voit plus que lui.",
      show: 'Trouver le rythme',
      see: 'un motif qui se répète en mouvement',
    },
    {
      say: 'Regardez les textures, les couleurs, les petites imperfections.',
      show: 'Textures et couleurs',
      see: 'des textures riches sous une lumière rasante',
    },
    {
      say: "Chaque élément a sa raison d'être. Rien n'est là par hasard.",
      show: 'Rien par hasard',
      see: "des pièces qui s'emboîtent avec précision",
    },
    {
      say: "Et tout continue d'évoluer, un peu plus chaque année.",
      show: 'Toujours en mouvement',
      see: 'avant et maintenant, côte à côte',
    },
  ],
  payoff: [
    {
      say: (c) => `Une fois toutes les pièces réunies, on voit ${c.s.the} d'un œil neuf.`,
      show: "D'un œil neuf",
      see: (c) => `l'image complète ${c.s.of}, enfin`,
    },
    {
      say: (c) => `C'est tout ce qui fait le charme ${c.s.of}.`,
      show: 'Tout son charme',
      see: "le plus beau détail, tenu à l'écran",
    },
    {
      say: "Une fois qu'on l'a vu, on ne le regarde plus jamais de la même façon.",
      show: 'Plus jamais pareil',
      see: 'une lente révélation, du détail au plan large',
    },
    {
      say: 'Simple en surface, et étonnamment profond en dessous.',
      show: 'Étonnamment profond',
      see: 'des couches qui se dévoilent une à une',
    },
  ],
  closing: [
    {
      say: (c) => `La prochaine fois que vous croiserez ${c.s.the}, prenez le temps de regarder.`,
      show: 'Prenez le temps',
      see: (c) => `${c.s.the} dans la lumière du soir`,
    },
    {
      say: (c) => `${cap(c.s.the)} : plus proche que vous ne le pensez.`,
      show: 'Plus proche que vous ne le pensez',
      see: "la caméra s'éloigne doucement, le sujet toujours dans le cadre",
    },
    {
      say: 'Restez curieux. Il y a toujours plus à découvrir.',
      show: 'Restez curieux',
      see: 'une porte ouverte sur une lumière vive',
    },
  ],
}
