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
