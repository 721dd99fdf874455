import { z } from 'zod'
import { MUSIC_LEVEL_LIMITS, MUSIC_MOODS } from '../../shared/music.ts'

/**
 * The music part of `PATCH /api/videos/:id`, kept apart so the route's body is the other fields
 * plus this: `{ music: { level, mood? } }`. `level` in percent (0 = off); `mood` one of the
 * synthesizer's moods, null to follow the style again, absent to keep the one stored.
 */
export const musicPatchSchema = z
  .object({
    level: z
      .number()
      .int()
      .min(MUSIC_LEVEL_LIMITS.min)
      .max(MUSIC_LEVEL_LIMITS.max)
      .meta({ description: 'Percent; 0 turns the music off.' }),
    mood: z
      .enum(MUSIC_MOODS)
      .nullable()
      .optional()
      .meta({ description: 'The mood; null follows the video’s style; absent keeps the current one.' }),
  })
  .strict()
  .meta({ description: 'Background music, synthesized in the browser and mixed into the export, ducked under the narration.' })

export const musicPatchField = { music: musicPatchSchema.optional() }

export type MusicPatch = z.infer<typeof musicPatchSchema>
