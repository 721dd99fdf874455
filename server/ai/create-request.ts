import { z } from 'zod'
import { ARTICLE_TITLE_MAX, ARTICLE_URL_MAX, SOURCE_TEXT_LIMITS, TEXT_SCENE_RULE } from '../../shared/sources.ts'
import { refineShorts, SHORTS_MAX_SEC, videoRequestFields, type VideoRequest } from './storyboard.ts'
import { headingOf, splitText } from './text/sentences.ts'
import { estimateScriptSec } from './text/storyboard.ts'

/**
 * The create request: a video request plus where its words come from. Without `source` (or with
 * `{ kind: 'idea' }`) the writer turns `prompt` into a script; with a script or an article the
 * words are the person's own and `prompt`, optional then, is only the video's title.
 */

/** Why a text source is refused, beside zod's own codes (too_small, too_big): the form translates each. */
export const SOURCE_ISSUES = ['noSentence', 'sentenceTooLong', 'tooLongForShorts', 'promptRequired'] as const
export type SourceIssue = (typeof SOURCE_ISSUES)[number]

const textOf = (kind: 'script' | 'article') =>
  z
    .string()
    .trim()
    .min(SOURCE_TEXT_LIMITS[kind].min, `At least ${SOURCE_TEXT_LIMITS[kind].min} characters.`)
    .max(SOURCE_TEXT_LIMITS[kind].max, `At most ${SOURCE_TEXT_LIMITS[kind].max} characters.`)

const webUrl = z
  .url({ protocol: /^https?$/, message: 'An http or https address.' })
  .max(ARTICLE_URL_MAX)
  .meta({ description: 'Where the article was published: named in the attribution.' })

export const videoSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idea') }).meta({ description: 'The writer turns `prompt` into a script (the default).' }),
  z
    .object({ kind: z.literal('script'), text: textOf('script') })
    .meta({ description: 'Your own script, said word for word: split into scenes at sentences and paragraphs; the length follows it.' }),
  z
    .object({
      kind: z.literal('article'),
      text: textOf('article'),
      title: z.string().trim().min(1).max(ARTICLE_TITLE_MAX).optional(),
      url: webUrl.optional(),
    })
    .meta({
      description: 'An article or long text: its most important sentences, verbatim and in order, fitted to durationSec and attributed.',
    }),
])
export type VideoSource = z.infer<typeof videoSourceSchema>

export const createVideoFields = videoRequestFields.extend({
  prompt: videoRequestFields.shape.prompt.optional().meta({ description: 'The idea; with a script or an article, the title (optional).' }),
  source: videoSourceSchema.optional(),
  brandKitId: z
    .string()
    .regex(/^[\w-]{8,64}$/u, 'A brand kit id.')
    .optional()
    .meta({ description: 'One of your brand kits (GET /api/brand-kits): its palette, captions, logo and cards.' }),
})
export type CreateVideoRequest = z.infer<typeof createVideoFields>

const issue = (ctx: z.RefinementCtx, path: (string | number)[], reason: SourceIssue, message: string, extra: Record<string, number> = {}) =>
  ctx.addIssue({ code: 'custom', path, message, params: { reason, ...extra } })

/** The rules between fields and inside a text: an idea needs a prompt; a text needs whole sentences that fit a scene. */
export const refineSource = (request: CreateVideoRequest, ctx: z.RefinementCtx) => {
  const source = request.source
  if (!source || source.kind === 'idea') {
    if (request.prompt === undefined)
      issue(ctx, ['prompt'], 'promptRequired', 'Describe the video (or send a script or an article as source).')
    return
  }
  const sentences = splitText(source.text, request.language)
  const heading = source.kind === 'article' ? headingOf(source.text, ARTICLE_TITLE_MAX) : null
  if (sentences.length === 0 || (heading && sentences.length === 1 && sentences[0]!.text === heading)) {
    issue(ctx, ['source', 'text'], 'noSentence', 'The text has no sentence to narrate.')
    return
  }
  const long = sentences.findIndex((sentence) => sentence.text.length > TEXT_SCENE_RULE.maxChars)
  if (long >= 0) {
    issue(
      ctx,
      ['source', 'text'],
      'sentenceTooLong',
      `Sentence ${long + 1} is longer than ${TEXT_SCENE_RULE.maxChars} characters; split it (a scene never cuts a sentence).`,
    )
    return
  }
  if (source.kind === 'script' && request.shorts) {
    const seconds = Math.round(estimateScriptSec(source.text, request))
    if (seconds > SHORTS_MAX_SEC) {
      issue(
        ctx,
        ['source', 'text'],
        'tooLongForShorts',
        `This script takes about ${seconds} s to say; a Shorts video is at most ${SHORTS_MAX_SEC} s.`,
        { seconds },
      )
    }
  }
}

/** What `POST /api/videos` and the create form validate. */
export const createVideoSchema = createVideoFields.superRefine((request, ctx) => {
  refineShorts(request, ctx)
  refineSource(request, ctx)
})

/** A stored video's request: the AI's request plus its source, defaults filled in. */
export type SourcedRequest = VideoRequest & { source: VideoSource; brandKitId?: string | undefined }
