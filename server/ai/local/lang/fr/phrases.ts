import { cap, joinList } from '../helpers.ts'
import type { Kind, StoryboardPhrases } from '../types.ts'
import { arcs, detail, universal } from './arcs.ts'

const list = (items: string[]): string => joinList(items, 'et')

export const phrases: StoryboardPhrases = {
  arcs,
  universal,
  detail,
  flourishes: {
    warm: ['Comme il se doit.', "C'est ça, le bonheur."],
    funny: ['Oui, vraiment.', 'Spoiler : ça marche.'],
    bold: ['Pas de demi-mesure.', "C'est le moment."],
    calm: ['Sans se presser.', 'Respirez.'],
    mysterious: ['Du moins, en apparence.', 'Regardez encore.'],
    inspiring: ['Et ça change tout.', 'Tout commence ici.'],
    elegant: ['Discrètement exceptionnel.', 'Ni plus, ni moins.'],
    nostalgic: ['Comme au bon vieux temps.', 'Certaines choses ne se démodent jamais.'],
    professional: ['Fiable, à chaque fois.', 'Clair et simple.'],
  },
  toneNouns: {
    warm: 'chaleur',
    funny: 'humour',
    bold: 'énergie',
    calm: 'calme',
    mysterious: 'mystère',
    inspiring: 'espoir',
    elegant: 'élégance',
    nostalgic: 'nostalgie',
    professional: 'clarté',
  },
  shotLead: {
    wide: 'Plan large :',
    medium: 'Plan moyen :',
    'close-up': 'Gros plan :',
    'extreme close-up': 'Très gros plan :',
    overhead: 'Plongée verticale :',
    tracking: 'Travelling :',
    pov: 'Plan subjectif :',
    establishing: "Plan d'ensemble :",
  },
  look: {
    cinematic: "Lumière d'heure dorée, faible profondeur de champ, léger flare anamorphique.",
    documentary: "Lumière naturelle, caméra à l'épaule, textures authentiques.",
    playful: 'Couleurs vives et saturées, cadrages rebondissants, beaucoup de mouvement.',
    minimal: 'Espace négatif épuré, lumière douce et uniforme, un seul point focal.',
    retro: 'Grain de pellicule chaud et tons délavés des années soixante-dix.',
    noir: 'Ombres dures, fort contraste, reflets de pavés mouillés.',
    corporate: 'Lumière du jour nette, lignes épurées, composition équilibrée.',
    dreamy: 'Brume douce, lueur pastel, mise au point qui flotte lentement.',
  },
  taglines: {
    warm: 'Fait avec soin',
    funny: 'Sérieux (ou presque)',
    bold: 'Allez plus loin',
    calm: 'En toute sérénité',
    mysterious: 'Regardez de plus près',
    inspiring: 'Lancez-vous',
    elegant: 'Tout simplement raffiné',
    nostalgic: 'Comme au bon vieux temps',
    professional: 'Du travail bien fait',
  },
  title: (c) => {
    if (c.kind === 'promo') return `${c.s.label} : ${phrases.taglines[c.mood]}`
    if (c.kind === 'story') return c.detail ? cap(`${c.s.the} ${c.detail}`) : `${c.s.label} : une courte histoire`
    return `${c.s.label}, de près`
  },
  logline: (c) => {
    const detail = c.detail ? ` ${c.detail}` : ''
    const tones = list(c.tones)
    const byKind: Record<Kind, string> = {
      promo: `Une publicité de ${c.durationSec} secondes pour ${c.s.a}${detail}, avec ${tones} : d'un besoin familier à une raison claire d'agir.`,
      story: `Une courte histoire de ${c.durationSec} secondes sur ${c.s.a}${detail}, racontée avec ${tones} : un début, un tournant et une fin qui reste en tête.`,
      portrait: `Un portrait de ${c.durationSec} secondes ${c.s.of}${detail}, avec ${tones} : un regard de près sur ce qui compte.`,
    }
    return byKind[c.kind]
  },
  linkCall: (link) => `Rendez-vous sur ${link}`,
  sceneHeading: (number, from, to) => `Scène ${number} · ${from}–${to}`,
  list,
  fallbackSubject: 'cette idée',
}
