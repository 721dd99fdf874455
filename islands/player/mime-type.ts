/**
 * The container and codec MediaRecorder should write. WebM first because every browser that
 * records a canvas writes it and its header (EBML) is what players sniff; VP9 gives the smallest
 * files at 720p, VP8 is the older fallback, and bare `video/webm` lets the browser choose.
 */
export const RECORDING_MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const

/**
 * The first type `isTypeSupported` accepts (pass `MediaRecorder.isTypeSupported`), or null when the
 * browser can record none of them.
 */
export const chooseMimeType = (
  isTypeSupported: (mimeType: string) => boolean,
  candidates: readonly string[] = RECORDING_MIME_TYPES,
): string | null => candidates.find((mimeType) => isTypeSupported(mimeType)) ?? null
