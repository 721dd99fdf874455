/**
 * Which codecs an export uses. MP4 carries H.264 with AAC where the browser can encode AAC, else
 * Opus (valid in MP4, and what Chromium builds without proprietary codecs have); WebM carries VP9
 * with Opus. The checks are injected so the rule is testable without a browser.
 */
export type ExportFormat = 'mp4' | 'webm'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['mp4', 'webm']

/** mediabunny's codec names. */
export type VideoCodecName = 'avc' | 'vp9'
export type AudioCodecName = 'aac' | 'opus'

export type CodecChecks = {
  canEncodeVideo: (codec: VideoCodecName) => Promise<boolean>
  canEncodeAudio: (codec: AudioCodecName) => Promise<boolean>
}

/** A choice, or what the browser lacks (`format`: the container and codec, e.g. "MP4 (H.264)"). */
export type CodecChoice = { video: VideoCodecName; audio: AudioCodecName } | { problem: 'video-codec' | 'audio-codec'; format: string }

const PREFERENCES: Record<ExportFormat, { video: VideoCodecName; audio: AudioCodecName[]; label: string }> = {
  mp4: { video: 'avc', audio: ['aac', 'opus'], label: 'MP4 (H.264)' },
  webm: { video: 'vp9', audio: ['opus'], label: 'WebM (VP9)' },
}

export const chooseCodecs = async (format: ExportFormat, checks: CodecChecks): Promise<CodecChoice> => {
  const preference = PREFERENCES[format]
  if (!(await checks.canEncodeVideo(preference.video))) return { problem: 'video-codec', format: preference.label }
  for (const audio of preference.audio) if (await checks.canEncodeAudio(audio)) return { video: preference.video, audio }
  return { problem: 'audio-codec', format: preference.label }
}

/** WebCodecs is what makes a faster-than-real-time export possible; without it only recording remains. */
export const hasWebCodecs = (scope: object = globalThis): boolean =>
  'VideoEncoder' in scope && 'AudioEncoder' in scope && 'VideoFrame' in scope

/** The file's MIME type and extension. */
export const containerOf = (format: ExportFormat) =>
  format === 'mp4' ? { mimeType: 'video/mp4', extension: 'mp4' } : { mimeType: 'video/webm', extension: 'webm' }
