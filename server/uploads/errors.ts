/** Why an upload was refused; routes map each to its status (`uploadRejectedStatus`). */
export type UploadRejectedReason =
  | 'too-large'
  | 'unsupported-type'
  | 'bad-dimensions'
  | 'too-many-pixels'
  | 'truncated'
  | 'undecodable'
  | 'busy'

/** A refused upload: the reason is for code, the message for the person (English, says what to do). */
export class UploadRejected extends Error {
  override name = 'UploadRejected'
  constructor(
    readonly reason: UploadRejectedReason,
    message: string,
  ) {
    super(message)
  }
}

/** 413 for size, 415 for a type we do not take, 503 when the decoder queue is full, 422 for the rest. */
export const uploadRejectedStatus = (reason: UploadRejectedReason): 413 | 415 | 422 | 503 => {
  if (reason === 'too-large') return 413
  if (reason === 'unsupported-type') return 415
  if (reason === 'busy') return 503
  return 422
}
