import type { ZodError } from 'zod'
import type { FieldErrors } from './field.tsx'

/** The first message per field, for showing beside each input. */
export const formErrors = (error: ZodError): FieldErrors => {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}
