import type { z } from 'zod'
import { SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { isTemplateId, TEMPLATES } from '../../shared/templates.ts'
import { SOURCE_KINDS, SOURCE_TEXT_LIMITS, TEXT_SCENE_RULE, type SourceKind } from '../../shared/sources.ts'
import { createVideoSchema, type CreateVideoRequest } from '../ai/create-request.ts'
import type { Messages } from '../i18n/index.ts'
import type { FieldErrors } from './ui/field.tsx'
import { describeIssue } from './ui/form-errors.ts'

/**
 * The create form as fields (all strings, flat) and as the request it stands for. One form holds
 * the three ways in; the `source` radio says which fields count, the others are ignored.
 */
export const CREATE_FORM_FIELDS = [
  'source',
  'prompt',
  'scriptText',
  'articleText',
  'articleTitle',
  'articleUrl',
  'style',
  'durationSec',
  'aspect',
  'language',
  'shorts',
  // "Try another version" on a video page posts this form with a new seed.
  'seed',
  'template',
  'brandKitId',
  'idempotencyKey',
] as const
export type CreateFormValues = Partial<Record<(typeof CREATE_FORM_FIELDS)[number], string>>

export const sourceKindOf = (values: CreateFormValues): SourceKind =>
  (SOURCE_KINDS as readonly string[]).includes(values.source ?? '') ? (values.source as SourceKind) : 'idea'

const filled = (value: string | undefined) => (value?.trim() ? value : undefined)
/** Browsers count a textarea's line break as one character against maxlength but send it as CRLF. */
const lines = (value: string | undefined) => (value ?? '').replace(/\r\n?/gu, '\n')

/** The form's strings as a create request: numbers coerced, the Shorts checkbox present ("on") or absent. */
const requestOf = (form: CreateFormValues) => {
  const kind = sourceKindOf(form)
  const source =
    kind === 'script'
      ? { kind, text: lines(form.scriptText) }
      : kind === 'article'
        ? { kind, text: lines(form.articleText), title: filled(form.articleTitle), url: filled(form.articleUrl) }
        : undefined
  return {
    prompt: kind === 'idea' ? form.prompt : undefined,
    source,
    style: form.style,
    durationSec: form.durationSec === undefined ? undefined : Number(form.durationSec),
    aspect: form.aspect,
    language: form.language,
    shorts: form.shorts === 'on',
    seed: filled(form.seed) === undefined ? undefined : Number(form.seed),
    template: filled(form.template),
    brandKitId: filled(form.brandKitId),
  }
}

/**
 * The form's values with a template's presets under them (`?template=product-ad`): what the person
 * set stays, the rest comes from the template. An unknown template is no template.
 */
export const withTemplate = (values: CreateFormValues): CreateFormValues => {
  if (!isTemplateId(values.template)) return { ...values, template: undefined }
  const preset = TEMPLATES[values.template]
  return {
    style: preset.style,
    durationSec: String(preset.durationSec),
    aspect: preset.aspect,
    ...(preset.shorts ? { shorts: 'on' } : {}),
    ...values,
  }
}

/** Where an issue of the request shows on the form. */
const fieldOf = (path: readonly PropertyKey[], kind: SourceKind): string => {
  const dotted = path.map(String).join('.')
  if (dotted === 'source.text') return kind === 'article' ? 'articleText' : 'scriptText'
  if (dotted === 'source.url') return 'articleUrl'
  if (dotted === 'source.title') return 'articleTitle'
  return String(path[0] ?? 'form')
}

/** The person's words for an issue, in the page's language: the text sources' own, else the check's (form-errors.ts). */
const messageOf = (issue: z.core.$ZodIssue, field: string, kind: SourceKind, t: Messages): string => {
  const errors = t.form.textErrors
  if (field === 'prompt') return errors.promptRequired
  if (field === 'articleUrl') return errors.badUrl
  if (field === 'articleTitle') return errors.badTitle
  if (field !== 'scriptText' && field !== 'articleText') return describeIssue(issue, t.validation)
  const params = issue.code === 'custom' ? ((issue.params ?? {}) as { reason?: string; seconds?: number }) : {}
  if (issue.code === 'too_small') return errors.empty
  if (issue.code === 'too_big') return errors.tooLong(SOURCE_TEXT_LIMITS[kind].max)
  if (params.reason === 'noSentence') return errors.noSentence
  if (params.reason === 'sentenceTooLong') return errors.sentenceTooLong(TEXT_SCENE_RULE.maxChars)
  if (params.reason === 'tooLongForShorts') return errors.tooLongForShorts(params.seconds ?? 0, SHORTS_MAX_SEC)
  return describeIssue(issue, t.validation)
}

/** Validates the form as the API validates its body; errors come keyed by form field, in the page's language. */
export const parseCreateForm = (
  form: CreateFormValues,
  t: Messages,
): { ok: true; request: CreateVideoRequest } | { ok: false; errors: FieldErrors } => {
  const parsed = createVideoSchema.safeParse(requestOf(form))
  if (parsed.success) return { ok: true, request: parsed.data }
  const kind = sourceKindOf(form)
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path, kind)
    errors[field] ??= messageOf(issue, field, kind, t)
  }
  return { ok: false, errors }
}
