/**
 * The Player's props: plain JSON written by the server into the island marker. Declared here (not
 * imported from server/) because islands never import server code; the page that renders the
 * Player maps its storyboard onto this shape.
 */
export type PlayerAspect = '16:9' | '9:16' | '1:1'

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
}

export type PlayerProps = {
  videoId: string
  title: string
  aspect: PlayerAspect
  scenes: PlayerScene[]
}

/** The canvas's internal resolution per aspect: 720p-class, what MediaRecorder encodes in real time. */
export const CANVAS_SIZES: Record<PlayerAspect, { width: number; height: number }> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 1080, height: 1080 },
}
