import type { MusicOwner } from './music-save.ts'
/**
 * The Player's props: plain JSON written by the server into the island marker. Declared here (not
 * imported from server/) because islands never import server code; the page that renders the
 * Player maps its storyboard onto this shape.
 */
import type { AppliedBrand } from '../../shared/brand.ts'
import type { MusicSettings } from '../../shared/music.ts'
import type { PlayerMessages } from '../../shared/player-messages.ts'

export type PlayerAspect = '16:9' | '9:16' | '1:1' | '4:5'

/** One narrated sentence; times in seconds relative to the scene start. */
export type PlayerSentence = {
  text: string
  startSec: number
  endSec: number
  /** Same-origin URL of the sentence's narration clip (`/audio/<hash>.wav`); null while none exists. */
  audioUrl: string | null
}

export type NarrationStatus = 'pending' | 'ready' | 'failed'

export type PlayerScene = {
  durationSec: number
  /** The narration text (captions fall back to it, timed over the scene, while `sentences` is empty). */
  narration: string
  /**
   * Whether the clips exist yet. Named apart from `narration`, which already holds the text: one field
   * cannot be both, and the video JSON calls it `narrationStatus` too.
   */
  narrationStatus: NarrationStatus
  /** The narration sentence by sentence; empty until narrated. */
  sentences: PlayerSentence[]
  onScreenText: string
  shot: string
  /** #rrggbb colours; the first is the background. */
  palette: string[]
  /**
   * Same-origin URL of the scene's SVG poster, e.g. `/posters/<videoId>/<index>-<hash>.svg`: a
   * picture without text, which the canvas pans and zooms; the on-screen text is drawn in frame
   * space so that motion never crops it.
   */
  posterUrl: string
  /**
   * The person's own picture (`/media/<id>`), drawn instead of the poster with the same pan and
   * zoom, cover-fitted by its own size (read once it is decoded); null or absent: the poster.
   */
  imageUrl?: string | null
  posterWidth: number
  posterHeight: number
}

export type PlayerProps = {
  /** Every text the player shows, in the page's language (shared/player-messages.ts). */
  messages: PlayerMessages
  /** The page's language (BCP 47): plural rules and numbers. */
  uiLanguage: string
  videoId: string
  title: string
  aspect: PlayerAspect
  scenes: PlayerScene[]
  /** The WebVTT captions (`/api/videos/:id/captions.vtt`); null while there are none. */
  captionsUrl: string | null
  /** The narration's language (BCP 47), the captions track's `srclang`. */
  language?: string
  /** The video's brand kit: caption look, logo, intro and outro cards; null for none. */
  brand?: AppliedBrand | null
  /** The background music (synthesized in the browser) and its level; absent: no music, no controls. */
  music?: PlayerMusic | null
  /** For the video's owner: where the player saves the music level they choose; absent for everyone else. */
  musicOwner?: MusicOwner | null
}

/** The video's music: mood, tempo and seed (shared/music.ts), and the level in percent (0 = off). */
export type PlayerMusic = MusicSettings & { level: number }

export type Size = { width: number; height: number }

/** The player canvas's internal resolution per aspect: 720p-class, cheap to paint every frame. */
export const CANVAS_SIZES: Record<PlayerAspect, Size> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 720, height: 1280 },
  '1:1': { width: 1080, height: 1080 },
  '4:5': { width: 864, height: 1080 },
}
