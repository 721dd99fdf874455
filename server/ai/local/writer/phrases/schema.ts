import { z } from 'zod'
import { SHOT_TYPES, VIDEO_STYLES } from '../../../storyboard.ts'
import { IDEA_KINDS } from '../kinds.ts'

/**
 * The shape of a phrase book (phrases/<language>.json). Sentences are data: `{slot}` inserts a part
 * of the idea as typed, `{Slot}` the same with its first letter upper case. A line is used only when
 * the idea has every slot it names, so no line ever prints an empty hole.
 */
export const SLOTS = [
  'subject',
  'definite',
  'label',
  'headline',
  'relative',
  'action',
  'item',
  'n',
  'price',
  'audience',
  'when',
  'link',
  'from',
  'to',
] as const
export type Slot = (typeof SLOTS)[number]

const SLOT = /\{([A-Za-z]+)\}/g
const knownSlots = (text: string) =>
  [...text.matchAll(SLOT)].every((match) => (SLOTS as readonly string[]).includes(match[1]!.charAt(0).toLowerCase() + match[1]!.slice(1)))
const template = z.string().trim().min(1).refine(knownSlots, 'names a slot that does not exist')

export const lineSchema = z.object({ say: template, show: template, see: template })
export type Line = z.infer<typeof lineSchema>
const lines = z.array(lineSchema).min(1)

const kindSchema = z.object({
  title: z.array(template).min(1),
  logline: z.array(template).min(1),
  open: lines,
  close: lines,
  product: lines.optional(),
  step: lines.optional(),
  missingStep: lines.optional(),
  missingPoint: lines.optional(),
  audience: lines.optional(),
  when: lines.optional(),
  missingWhen: lines.optional(),
  turn: lines.optional(),
  missingTurn: lines.optional(),
  item: lines.optional(),
  missingItem: lines.optional(),
})

export const phraseBookSchema = z.object({
  sceneHeading: template,
  common: z.object({ detail: lines, price: lines, audience: lines, link: lines, extra: lines, placeholder: lines }),
  kinds: z.object(
    Object.fromEntries(IDEA_KINDS.map((kind) => [kind, kindSchema])) as Record<(typeof IDEA_KINDS)[number], typeof kindSchema>,
  ),
  shotLead: z.object(
    Object.fromEntries(SHOT_TYPES.map((shot) => [shot, template])) as Record<(typeof SHOT_TYPES)[number], typeof template>,
  ),
  look: z.object(
    Object.fromEntries(VIDEO_STYLES.map((style) => [style, template])) as Record<(typeof VIDEO_STYLES)[number], typeof template>,
  ),
})
export type PhraseBook = z.infer<typeof phraseBookSchema>
export type KindPhrases = PhraseBook['kinds']['howto']
export type SectionName = Exclude<keyof KindPhrases, 'title' | 'logline'> | keyof PhraseBook['common']

/** Fills a template; null when the idea lacks a slot it names. */
export const fill = (text: string, slots: Partial<Record<Slot, string | null>>): string | null => {
  let missing = false
  const filled = text.replace(SLOT, (_, name: string) => {
    const key = (name.charAt(0).toLowerCase() + name.slice(1)) as Slot
    const value = slots[key]
    if (value === null || value === undefined || value === '') {
      missing = true
      return ''
    }
    return name === key ? value : value.charAt(0).toLocaleUpperCase() + value.slice(1)
  })
  return missing ? null : filled
}
