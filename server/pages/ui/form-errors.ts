import type { ZodError } from 'zod'
import type { Messages } from '../../i18n/index.ts'
import type { FieldErrors } from './field.tsx'

type Issue = ZodError['issues'][number]
type Validation = Messages['validation']

/**
 * What a person reads for one failed check, in their language: built from the check that failed
 * (its code and bound), never from zod's own English ("Too small: expected string to have >=3
 * characters"). A schema's own rule names its message with `params: { i18n: 'shortsTooLong' }`.
 */
export const describeIssue = (issue: Issue, v: Validation): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? v.required : v.invalid
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? v.required : v.tooShort(min)
      return issue.origin === 'number' || issue.origin === 'int' ? v.tooSmall(min) : v.invalid
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return v.tooLong(max)
      return issue.origin === 'number' || issue.origin === 'int' ? v.tooBig(max) : v.invalid
    }
    case 'invalid_format':
      return issue.format === 'email' ? v.email : v.invalid
    case 'invalid_value':
      return v.choice
    case 'custom': {
      const rule = (issue.params as { i18n?: keyof Validation; limit?: number } | undefined) ?? {}
      const message = rule.i18n && v[rule.i18n]
      if (typeof message === 'string') return message
      if (typeof message === 'function') return message(rule.limit ?? 0)
      return v.invalid
    }
    default:
      return v.invalid
  }
}

/** The first message per field, for showing beside each input, in the page's language. */
export const formErrors = (error: ZodError, t: Messages): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= describeIssue(issue, t.validation)
  }
  return errors
}
