import { z } from 'zod'
import { TEMPLATE_IDS } from '../../shared/templates.ts'
import { DURATION_PRESETS_SEC, MAX_DURATION_SEC, MIN_DURATION_SEC, SCENE_COUNT_LIMITS, SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { LANGUAGES } from '../../shared/languages.ts'
import { SOURCE_TEXT_LIMITS } from '../../shared/sources.ts'
import { VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS } from '../../shared/voice.ts'
import { SCENE_SCHEMA_MAX_SEC, SCENE_SCHEMA_MIN_SEC } from './timing.ts'

export { DURATION_PRESETS_SEC, LANGUAGES, MAX_DURATION_SEC, MIN_DURATION_SEC, SHORTS_MAX_SEC, VOICE_PITCH_LIMITS, VOICE_RATE_LIMITS }

/**
 * The storyboard: what an AI provider produces from a video request. Owned here because the AI
 * produces it; the db stores it and the pages render it, both importing these schemas.
 */

export const VIDEO_STYLES = ['cinematic', 'documentary', 'playful', 'minimal', 'retro', 'noir', 'corporate', 'dreamy'] as const
export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:5'] as const
export const SHOT_TYPES = ['wide', 'medium', 'close-up', 'extreme close-up', 'overhead', 'tracking', 'pov', 'establishing'] as const

export const videoStyleSchema = z.enum(VIDEO_STYLES)
export const aspectRatioSchema = z.enum(ASPECT_RATIOS)
export const languageSchema = z.enum(LANGUAGES)
export const shotTypeSchema = z.enum(SHOT_TYPES)

export const voiceRateSchema = z.number().int().min(VOICE_RATE_LIMITS.min).max(VOICE_RATE_LIMITS.max)
export const voicePitchSchema = z.number().int().min(VOICE_PITCH_LIMITS.min).max(VOICE_PITCH_LIMITS.max)

/** Chooses among a writer's equally faithful versions of one idea. */
export const seedSchema = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1)

/** The request's fields without the rules between them, for schemas that extend or pick from them. */
export const videoRequestFields = z.object({
  prompt: z.string().trim().min(SOURCE_TEXT_LIMITS.idea.min).max(SOURCE_TEXT_LIMITS.idea.max),
  style: videoStyleSchema,
  durationSec: z.number().int().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC),
  aspect: aspectRatioSchema,
  language: languageSchema,
  /** At most {@link SHORTS_MAX_SEC}; absent means false. */
  shorts: z.boolean().optional(),
  /** Absent: the defaults in VOICE_RATE_LIMITS / VOICE_PITCH_LIMITS. */
  voiceRate: voiceRateSchema.optional(),
  voicePitch: voicePitchSchema.optional(),
  /** Another seed, another version of the same idea ("try another version"); absent is 0. */
  seed: seedSchema.optional(),
  /** A starting point (shared/templates.ts): the writers follow its beats scene by scene. */
  template: z.enum(TEMPLATE_IDS).optional(),
})

/**
 * A Shorts request longer than the cap is refused (422 on durationSec) rather than clamped: a silent
 * clamp would hand back a video of another length than the one the person typed.
 */
export const refineShorts = (request: { shorts?: boolean | undefined; durationSec: number }, ctx: z.RefinementCtx) => {
  if (request.shorts && request.durationSec > SHORTS_MAX_SEC) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationSec'],
      message: `A Shorts video is at most ${SHORTS_MAX_SEC} seconds long.`,
      params: { i18n: 'shortsTooLong', limit: SHORTS_MAX_SEC },
    })
  }
}

/** What a person asks for. The API validates its body with this schema. */
export const videoRequestSchema = videoRequestFields.superRefine(refineShorts)
export type VideoRequest = z.infer<typeof videoRequestFields>

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour')

export const sceneSchema = z.object({
  narration: z.string().trim().min(1).max(600),
  onScreenText: z.string().trim().max(80),
  visual: z.string().trim().min(1).max(400),
  shot: shotTypeSchema,
  /** 3 to 5 colours, the first is the background. */
  palette: z.array(hexColor).min(3).max(5),
  durationSec: z.number().min(SCENE_SCHEMA_MIN_SEC).max(SCENE_SCHEMA_MAX_SEC),
})
export type Scene = z.infer<typeof sceneSchema>

export const storyboardSchema = z.object({
  title: z.string().trim().min(1).max(120),
  logline: z.string().trim().min(1).max(300),
  /** The full narration script, scene by scene, as one text. */
  script: z.string().trim().min(1).max(20000),
  scenes: z.array(sceneSchema).min(SCENE_COUNT_LIMITS.min).max(SCENE_COUNT_LIMITS.max),
})
export type Storyboard = z.infer<typeof storyboardSchema>

/** Types of the request fields, for code that handles one field alone (palettes, posters, prompts). */
export type VideoStyle = z.infer<typeof videoStyleSchema>
export type AspectRatio = z.infer<typeof aspectRatioSchema>
export type Language = z.infer<typeof languageSchema>
export type ShotType = z.infer<typeof shotTypeSchema>

/** A question a person asks the assistant about one of their videos. The API validates it with this. */
export const assistantQuestionSchema = z.string().trim().min(2).max(1000)

/**
 * What the assistant knows about the video: its storyboard plus, when the caller has them, the request
 * it was made from (the prompt lets the local provider reuse the subject's words in its suggestions).
 */
export const assistantVideoSchema = storyboardSchema.extend(videoRequestFields.partial().shape)
export type AssistantVideo = z.infer<typeof assistantVideoSchema>

export const questionInputSchema = z.object({
  video: assistantVideoSchema,
  question: assistantQuestionSchema,
  /** The language to answer in: the person's preferred language, which may differ from the video's. */
  language: languageSchema,
})
export type QuestionInput = z.infer<typeof questionInputSchema>
