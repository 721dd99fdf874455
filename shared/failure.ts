/**
 * Why a video could not be written, as the job stores it and the progress event carries it: pages
 * and the progress island show a translated message per code, the API the code and an English one.
 * The details (the endpoint's address, the parser's complaint) stay in the log.
 */
export const FAILURE_CODES = ['timeout', 'upstream', 'invalid_output', 'config', 'internal'] as const
export type FailureCode = (typeof FAILURE_CODES)[number]

/** A job's stored error as a code; rows written before codes hold free text, which reads as `internal`. */
export const failureCodeOf = (stored: string | null | undefined): FailureCode =>
  (FAILURE_CODES as readonly string[]).includes(stored ?? '') ? (stored as FailureCode) : 'internal'
