import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Escenas en español para cada momento de cada tipo de vídeo. `c.s` es el tema; `c.detail`, el detalle del prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
