/**
 * The Player island's texts in the page's language, built on the server (server/i18n/player-messages.ts)
 * and sent as a prop, so the island ships no catalog. `{name}` marks what the island fills in;
 * a counted phrase comes as templates per plural category (`{count}`).
 */

/** Why an export stopped, for the island to say in the page's language; `detail` is the browser's own words. */
export const EXPORT_PROBLEMS = [
  'video-codec',
  'audio-codec',
  'no-canvas',
  'mix',
  'encode',
  'no-file',
  'no-recorder',
  'no-capture',
  'no-webm',
  'record-start',
  'record',
  'record-empty',
] as const
export type ExportProblem = (typeof EXPORT_PROBLEMS)[number]

export type PlayerMessages = {
  play: string
  pause: string
  /** The seek slider's name. */
  seek: string
  /** "{time} of {total}, scene {index} of {count}": the slider's spoken position. */
  position: string
  /** "Video player: {title}" */
  player: string
  /** "{title}: {scenes}", `{scenes}` from `scenes`. */
  canvas: string
  /** "{count} scenes" per plural category. */
  scenes: Record<string, string>
  empty: string
  sceneList: string
  narrationPending: string
  narrationFailed: string
  captions: string
  captionStyles: { clean: string; 'bold-box': string; karaoke: string }
  downloadCaptions: string
  /** The background music's on/off switch. */
  music: string
  /** The music level slider's name (its value is said as a percentage). */
  musicLevel: string
  export: string
  cancel: string
  format: string
  quality: string
  exportProgress: string
  /** Shown while the fallback records the player in real time. */
  realTime: string
  /** "Encoding frame {done} of {total}" */
  encoding: string
  preparing: string
  /** "Downloaded {file}" */
  downloaded: string
  /** "({count} narration clips could not be loaded and are silent)" per plural category. */
  silentClips: Record<string, string>
  /** Per problem; `{format}` (the codec's name) and `{detail}` are filled in. */
  problems: Record<ExportProblem, string>
}
