/**
 * When each narration clip plays, as numbers: the player and the exporter schedule the same clips
 * at the same moments, so the sound is in sync with the picture in both.
 */

/** One sentence's clip at its absolute time in the video (scene start + sentence start). */
export type NarrationClip = { url: string; atSec: number }

/** What to start after a seek or a resume: `delaySec` from now, `offsetSec` into the clip. */
export type ClipStart = { url: string; delaySec: number; offsetSec: number }

/** Every clip of the video in time order; sentences without audio (not synthesized yet) are skipped. */
export const narrationClips = (
  scenes: readonly { sentences?: readonly { startSec: number; audioUrl: string | null }[] }[],
  sceneStartsSec: readonly number[],
): NarrationClip[] =>
  scenes
    .flatMap((scene, index) =>
      (scene.sentences ?? []).flatMap((sentence) =>
        sentence.audioUrl ? [{ url: sentence.audioUrl, atSec: (sceneStartsSec[index] ?? 0) + Math.max(0, sentence.startSec) }] : [],
      ),
    )
    .sort((a, b) => a.atSec - b.atSec)

/**
 * The clips to start when playing from `positionSec`: the ones still to come, delayed, and the one
 * being spoken, joined mid-way. A clip whose length is not known yet (still decoding) is skipped.
 */
export const clipsFrom = (
  clips: readonly NarrationClip[],
  durationOf: (url: string) => number | undefined,
  positionSec: number,
): ClipStart[] =>
  clips.flatMap((clip) => {
    const duration = durationOf(clip.url)
    if (duration === undefined) return []
    const offsetSec = Math.max(0, positionSec - clip.atSec)
    if (offsetSec >= duration) return []
    return [{ url: clip.url, delaySec: Math.max(0, clip.atSec - positionSec), offsetSec }]
  })
