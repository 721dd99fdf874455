/** File extensions the audio route serves, by content type. */
export const AUDIO_EXTENSIONS: Readonly<Record<string, string>> = { 'audio/wav': 'wav' }

/** Where the browser fetches a clip: `/audio/<hash>.wav`. */
export const audioUrl = (hash: string, contentType = 'audio/wav'): string => `/audio/${hash}.${AUDIO_EXTENSIONS[contentType] ?? 'wav'}`
