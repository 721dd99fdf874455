/**
 * The Player's props: plain JSON written by the server into the island marker. Declared here (not
 * imported from server/) because islands never import server code; the page that renders the
 * Player maps its storyboard onto this shape.
 */
export type PlayerAspect = '16:9' | '9:16' | '1:1' | '4:5'

export type PlayerScene = {
  durationSec: number
  narration: string
  onScreenText: string
  shot: string
  /** #rrggbb colours; the first is the background. */
  palette: string[]
  /** Same-origin URL of the scene's SVG poster, e.g. `/posters/<videoId>/<index>-<hash>.svg`. */
  posterUrl: string
  posterWidth: number
  posterHeight: number
  /** The narration sentence by sentence, times relative to the scene's start; audioUrl null until narrated. */
  sentences?: { text: string; startSec: number; endSec: number; audioUrl: string | null }[]
  /** `narration` already holds the text, so the status has its own name. */
  narrationStatus?: 'pending' | 'ready' | 'failed'
}

export type PlayerProps = {
  videoId: string
  title: string
  aspect: PlayerAspect
  scenes: PlayerScene[]
  /** WebVTT captions, `/api/videos/:id/captions.vtt`; null when there are none. */
  captionsUrl?: string | null
}

/** The canvas's internal resolution per aspect: 720p-class, what MediaRecorder encodes in real time. */
export const CANVAS_SIZES: Record<PlayerAspect, { width: number; height: number }> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 1080, height: 1080 },
  '4:5': { width: 1080, height: 1350 },
}
