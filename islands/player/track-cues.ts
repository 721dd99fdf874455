/**
 * The caption a `<track>` holds for a moment of the player's own clock. The player plays a canvas,
 * not a media file, so no media timeline moves the track's `activeCues`: the browser loads and
 * parses the WebVTT file, and the player asks it which cue covers its playhead.
 */

/** The part of a TextTrackCue read here (VTTCue in browsers), so tests can pass plain objects. */
export type TimedCue = { startTime: number; endTime: number; text?: string; getCueAsHTML?: () => DocumentFragment }

/** The cue's text as a reader sees it: markup and entities resolved, lines joined by a space. */
const cueText = (cue: TimedCue) => (cue.getCueAsHTML?.().textContent ?? cue.text ?? '').replace(/\s*\n\s*/g, ' ').trim()

/**
 * The text of the cue covering `timeSec` (start inclusive, end exclusive, as WebVTT times a cue),
 * or '' between cues and before the track has loaded. Overlapping cues are read in file order.
 */
export const cueTextAt = (cues: ArrayLike<TimedCue> | null | undefined, timeSec: number): string => {
  if (!cues) return ''
  const texts: string[] = []
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index]!
    if (cue.startTime <= timeSec && timeSec < cue.endTime) texts.push(cueText(cue))
  }
  return texts.join(' ')
}
