import { z } from 'zod'
import { sceneSchema, videoRequestFields, type Scene, type VideoRequest } from './storyboard.ts'

/**
 * One scene written again: the video it belongs to, the whole storyboard as it stands (the
 * neighbours say what it must fit between), the scene's position, an optional instruction
 * ("shorter", "for kids") and a variant (another number, another answer to the same request).
 */
/** The longest instruction a rewrite takes (the editor's box and the assistant's suggestion are cut to it). */
export const SCENE_INSTRUCTION_MAX = 200
export const sceneInstructionSchema = z.string().trim().min(1).max(SCENE_INSTRUCTION_MAX)
export const sceneVariantSchema = z.number().int().min(0).max(1_000_000)

export const sceneRequestSchema = z
  .object({
    request: videoRequestFields,
    scenes: z.array(sceneSchema).min(1).max(60),
    position: z.number().int().min(0),
    instruction: sceneInstructionSchema.optional(),
    variant: sceneVariantSchema,
  })
  .refine((input) => input.position < input.scenes.length, { message: 'No scene at that position.', path: ['position'] })

export type SceneRequest = { request: VideoRequest; scenes: Scene[]; position: number; instruction?: string | undefined; variant: number }

/** What an instruction asks for, as far as a writer without a model can tell: the kinds it honours. */
export const INSTRUCTION_KINDS = ['shorter', 'punchier', 'simpler', 'formal'] as const
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number]

/** Word stems per kind in every UI language ("kürzer", "pour enfants", "más enérgico", ...). */
const CUES: Record<InstructionKind, readonly string[]> = {
  shorter: ['short', 'brief', 'concise', 'tight', 'kurz', 'kürz', 'knapp', 'cort', 'court', 'brev', 'brèv', 'curt', 'breve', 'sucint'],
  punchier: [
    'punch',
    'energ',
    'dynam',
    'excit',
    'lively',
    'bold',
    'knackig',
    'schwung',
    'mitreiß',
    'percut',
    'vivac',
    'incisiv',
    'potent',
    'impact',
  ],
  simpler: [
    'kid',
    'child',
    'simpl',
    'easy',
    'plain',
    'kinder',
    'einfach',
    'niñ',
    'infant',
    'enfant',
    'facile',
    'bambin',
    'crianç',
    'fácil',
    'sencill',
  ],
  formal: ['formal', 'formel', 'förmlich', 'profession', 'serious', 'seriös', 'serio', 'sérieu', 'sóbri', 'sobri'],
}

/** The kinds an instruction names, in a fixed order (free text may name none: a best effort then). */
export const instructionKinds = (instruction: string | undefined): InstructionKind[] => {
  if (!instruction) return []
  const text = instruction.normalize('NFKC').toLowerCase()
  return INSTRUCTION_KINDS.filter((kind) => CUES[kind].some((cue) => text.includes(cue)))
}
