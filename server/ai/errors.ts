/**
 * The one error type AI providers throw. The API maps `code` to an HTTP problem:
 * `timeout` → 504, `upstream` → 502, `invalid_output` → 502, `config` → 500 (an operator mistake).
 */
export const AI_ERROR_CODES = ['timeout', 'invalid_output', 'upstream', 'config'] as const
export type AiErrorCode = (typeof AI_ERROR_CODES)[number]

export interface AiErrorDetails {
  /** The HTTP status the AI endpoint answered with (`upstream` only). */
  status?: number
  /** What was wrong with the model's output (`invalid_output` only), one problem per line. */
  issues?: string
}

export class AiError extends Error {
  override name = 'AiError'
  readonly code: AiErrorCode
  readonly details: AiErrorDetails

  constructor(code: AiErrorCode, message: string, details: AiErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.details = details
  }

  /** Worth trying again later: the endpoint was slow, down or rate-limiting, or the model rambled. */
  get retryable(): boolean {
    if (this.code === 'config') return false
    if (this.code === 'upstream' && this.details.status !== undefined) {
      return this.details.status === 429 || this.details.status >= 500
    }
    return true
  }
}

export const isAiError = (value: unknown): value is AiError => value instanceof AiError
