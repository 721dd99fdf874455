import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** English scenes for each beat of each kind of video. `c.s` is the subject, `c.detail` the prompt's detail. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
