import type { ArcPhrases, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/**
 * Deutsche Szenen für jeden Abschnitt jeder Videoart. `c.s` ist das Thema, `c.detail` das Detail aus dem
 * Prompt. Das Thema steht nur im Nominativ (`the`, `a`), Akkusativ (`obj`) oder mit Präposition (`of`,
 * `to`, `in`, `for`), damit Artikel und Fall immer stimmen.
 */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }
