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
