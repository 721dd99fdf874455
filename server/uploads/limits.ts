/** What an uploaded image may be, and what it is stored as. */
export interface UploadLimits {
  /** Bytes of the file as sent. */
  maxBytes: number
  /** Pixels on either side, read from the header before anything is decoded. */
  maxSide: number
  /**
   * Width x height, also from the header: what one decode allocates grows with it (the process
   * peaks at 440 MB for a 12 MP photo, 620 MB for 24 MP: docs/measurements.md), so this caps it even when both sides are
   * within `maxSide`. 25 MP takes a 6000x4000 camera photo; 7999x7999 (64 MP) is refused.
   */
  maxPixels: number
  /** The long side of the stored image; larger ones are scaled down (see DEFAULT_UPLOAD_LIMITS). */
  outputMaxSide: number
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxSide: 8000,
  maxPixels: 25_000_000,
  // The export is at most 1920 px wide and Ken Burns zooms to ~1.2x: 2304 px are drawn at most;
  // 2560 keeps a margin for cover-fitting a portrait photo into 16:9 without visible softening.
  outputMaxSide: 2560,
}
