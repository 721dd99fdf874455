import { cap, startsWithVowel } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/** Scènes en français pour chaque temps de chaque type de vidéo. `c.s` est le sujet, `c.detail` le détail du prompt. */

/** « l'histoire d'un robot », « de Café Luna » */
const ofIndefinite = (phrase: string): string => (startsWithVowel(phrase) || /^h/i.test(phrase) ? `d'${phrase}` : `de ${phrase}`)

const promo: ArcPhrases = {
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
  context: [
    {
      say: "On est tous passés par là : il faut que ce soit fait, bien fait, et aujourd'hui.",
      show: "Bien fait. Aujourd'hui.",
      see: 'une journée chargée, une horloge qui tourne au mur',
    },
    {
      say: 'La vie est déjà bien remplie. Pas question de faire des compromis.',
      show: 'Zéro compromis',
      see: 'des passants pressés, un peu débordés',
    },
    {
      say: "Vous voulez quelqu'un qui écoute d'abord et qui réussit du premier coup.",
      show: "D'abord, écouter",
      see: 'une conversation chaleureuse au comptoir',
    },
    {
      say: 'Les options ne manquent pas. Vous voulez celle qui vous ressemble.',
      show: 'Celle qui vous ressemble',
      see: 'plusieurs choix côte à côte, dont un qui se démarque',
    },
    {
      say: (c) => `Et c'est exactement l'idée derrière ${c.s.the}.`,
      show: "L'idée derrière",
      see: (c) => `l'enseigne ${c.s.of} qui accroche la lumière`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)}, tout commence avec de vraies personnes qui soignent chaque détail.`,
      show: 'De vraies personnes. Un vrai soin.',
      see: 'des mains au travail, concentrées et sereines',
    },
    {
      say: "Chaque détail compte : ceux qu'on remarque, et ceux qu'on ne voit pas.",
      show: 'Chaque détail compte',
      see: 'de petits détails parfaitement nets',
    },
    {
      say: 'Pas de raccourcis, pas de surprises : juste du travail honnête, visible.',
      show: 'Pas de raccourcis. Pas de surprises.',
      see: 'le travail en cours, clair et honnête',
    },
    {
      say: 'Posez toutes vos questions. Vous aurez une réponse claire et un sourire.',
      show: 'Des réponses claires',
      see: "un sourire de l'autre côté du comptoir",
    },
    {
      say: 'Rapide quand il le faut, minutieux là où ça compte.',
      show: 'Rapide. Minutieux.',
      see: 'un geste rapide et précis, puis une dernière vérification',
    },
    {
      say: 'Les habitués reviennent pour une raison, et les nouveaux comprennent vite pourquoi.',
      show: 'On y revient',
      see: 'un habitué accueilli par son prénom',
    },
    {
      say: 'Derrière chaque résultat, il y a un savoir-faire construit jour après jour.',
      show: 'Un savoir-faire, jour après jour',
      see: 'des outils usés, alignés avec soin',
    },
    {
      say: (c) => `${cap(c.s.the)} : le genre d'endroit dont on parle à ses amis.`,
      show: 'Parlez-en à vos amis',
      see: "deux amis qui discutent, l'un montre le chemin",
    },
  ],
  payoff: [
    {
      say: 'Le résultat ? Vous repartez avec le sourire, et tout fonctionne.',
      show: 'Tout fonctionne',
      see: 'un client ravi qui franchit la porte',
    },
    {
      say: (c) => `C'est ce sentiment-là qu'on cultive ${c.s.in}.`,
      show: 'Ce sentiment-là',
      see: 'un instant calme de satisfaction',
    },
    {
      say: 'Moins de soucis, et plus de temps pour ce que vous aimez.',
      show: 'Plus de temps pour ce que vous aimez',
      see: "quelqu'un qui profite du reste de la journée, insouciant",
    },
    {
      say: 'Simple, chaleureux et bien fait. Exactement comme il faut.',
      show: 'Exactement comme il faut',
      see: 'un travail fini, présenté avec fierté',
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

const story: ArcPhrases = {
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

const portrait: ArcPhrases = {
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

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: "Regardez de plus près. C'est là que ça devient intéressant.", show: 'Regardez de plus près', see: 'un lent zoom sur un détail facile à manquer' },
  { say: 'Restez une seconde sur cet instant.', show: 'Un instant', see: 'un plan fixe, tout est suspendu' },
  { say: 'Écoutez. Même les moments calmes ont quelque chose à dire.', show: 'Les moments calmes', see: 'un espace vide, juste le son ambiant' },
  { say: 'Un détail en amène un autre, puis un autre encore.', show: 'Détail après détail', see: 'une série de détails, montés à la suite' },
  { say: 'Ici, le temps semble ralentir.', show: 'Le temps ralentit', see: 'un ralenti, de la poussière qui flotte dans la lumière' },
  { say: "La lumière change, et l'ambiance avec elle.", show: 'La lumière change', see: 'le même lieu pendant que la lumière tourne' },
  { say: "Tout s'assemble, pièce par pièce.", show: "Tout s'assemble", see: 'des pièces qui trouvent leur place' },
  { say: "Et quand on croit avoir tout vu, il y a encore plus.", show: 'Encore plus', see: 'un recoin caché qui se dévoile' },
]

export const detail: Entry = {
  say: (c) => `Voici ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
