import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Scènes en français pour chaque temps de chaque type de vidéo. `c.s` est le sujet, `c.detail` le détail du prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
