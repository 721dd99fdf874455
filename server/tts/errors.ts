/**
 * The one error type speech providers throw, mirroring `AiError`:
 * `timeout` (the engine took too long), `upstream` (the endpoint answered an error status),
 * `invalid_output` (the bytes are not a usable WAV), `overloaded` (the local queue is full),
 * `closed` (the provider was shut down), `engine` (the local engine failed or crashed), `invalid_input` (nothing to say, or too much),
 * `config` (an operator mistake, found at start-up).
 */
export const TTS_ERROR_CODES = [
  'timeout',
  'upstream',
  'invalid_output',
  'overloaded',
  'closed',
  'engine',
  'invalid_input',
  'config',
] as const
export type TtsErrorCode = (typeof TTS_ERROR_CODES)[number]

export class TtsError extends Error {
  override name = 'TtsError'
  readonly code: TtsErrorCode
  /** The HTTP status the endpoint answered with (`upstream` only). */
  readonly status: number | undefined

  constructor(code: TtsErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.status = options?.status
  }

  /** Worth trying again later: slow, busy, or a server-side failure. */
  get retryable(): boolean {
    if (this.code === 'timeout' || this.code === 'overloaded' || this.code === 'invalid_output') return true
    if (this.code === 'upstream') return this.status === undefined || this.status === 429 || this.status >= 500
    return false
  }
}

export const isTtsError = (value: unknown): value is TtsError => value instanceof TtsError
