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
  context: [
    {
      say: 'Chaque jour se ressemblait, et chaque jour, il manquait quelque chose.',
      show: 'Il manquait quelque chose',
      see: 'la même routine, répétée, en couleurs ternes',
    },
    {
      say: 'Autour, le monde était bruyant, agité, toujours pressé.',
      show: 'Un monde pressé',
      see: 'une foule qui passe sans regarder',
    },
    {
      say: "Mais au fond, il y avait un souhait que personne n'avait encore entendu.",
      show: 'Un souhait secret',
      see: 'une fenêtre la nuit, une seule lumière allumée',
    },
    {
      say: 'Puis, un matin, un petit rien a tout changé.',
      show: 'Puis, un matin…',
      see: 'un petit objet inattendu qui attrape la lumière',
    },
    {
      say: 'Il faudrait du courage, de la patience, et un peu de chance.',
      show: 'Courage. Patience. Chance.',
      see: "une longue route qui file vers l'horizon",
    },
  ],
  development: [
    {
      say: 'Le premier essai a raté. Le deuxième aussi.',
      show: 'Encore une fois',
      see: 'un premier essai maladroit, puis un autre',
    },
    {
      say: "Pas à pas, l'impossible a commencé à sembler possible.",
      show: 'Pas à pas',
      see: 'des pas sur un chemin, de plus en plus sûrs',
    },
    {
      say: 'En chemin est arrivé un ami inattendu.',
      show: 'Un ami inattendu',
      see: 'deux silhouettes qui se rencontrent sur la route',
    },
    {
      say: 'Il y a eu des doutes, des nuits blanches, et une très mauvaise idée.',
      show: 'Une très mauvaise idée',
      see: 'une table en désordre sous une seule lampe',
    },
    {
      say: 'Puis est venu le moment de choisir : faire demi-tour, ou continuer.',
      show: 'Demi-tour ou continuer ?',
      see: 'une bifurcation sous un ciel changeant',
    },
    {
      say: (c) => `Et ${c.s.the} a continué.`,
      show: 'Continuer',
      see: (c) => `${c.s.the} qui avance contre le vent`,
    },
    {
      say: 'Chaque échec a appris quelque chose de nouveau.',
      show: 'Chaque échec enseigne',
      see: 'une petite réparation, faite avec soin',
    },
    {
      say: "Et peu à peu, le but s'est rapproché.",
      show: 'Presque',
      see: 'la destination qui apparaît au loin',
    },
  ],
  payoff: [
    {
      say: "Et puis, enfin, c'est arrivé.",
      show: 'Enfin',
      see: 'un éclat de lumière et un souffle retenu',
    },
    {
      say: "Ce n'était pas parfait. C'était mieux que parfait : c'était vrai.",
      show: 'Mieux que parfait',
      see: 'un résultat imparfait et magnifique',
    },
    {
      say: 'Tous ceux qui avaient douté se sont arrêtés pour regarder.',
      show: 'Plus personne ne doutait',
      see: 'des visages surpris qui se retournent',
    },
    {
      say: 'Pour la première fois, tout semblait à sa place.',
      show: 'Tout à sa place',
      see: 'une vue large et apaisée après la tempête',
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
