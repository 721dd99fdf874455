import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Scene in italiano per ogni momento di ogni tipo di video. `c.s` è il soggetto, `c.detail` il dettaglio del prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
