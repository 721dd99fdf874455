import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** Cenas em português para cada momento de cada tipo de vídeo. `c.s` é o tema; `c.detail`, o detalhe do prompt. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
