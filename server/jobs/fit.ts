import { PAUSES } from '../ai/pacing.ts'
import { SHORTS_MAX_SEC, VOICE_RATE_LIMITS } from '../ai/storyboard.ts'

/**
 * Fits real narration to the length asked for. Pure: it sees clip lengths, not audio. Every
 * length is counted in whole milliseconds, so "sums to the target" is exact, not floating-point luck.
 *
 * A scene lasts: a lead-in, its sentences with a gap between each, a tail. Speech that runs short is
 * padded with holds (a longer lead-in, mostly a longer tail) up to a per-scene maximum; speech that
 * runs long is re-synthesized faster (see {@link fasterRate}) and then, if still too long, loses whole
 * trailing sentences from its longest scenes. A sentence is never cut.
 */

/** A scene shorter than this flashes by; longer than the storyboard schema allows is refused. */
export const FIT_SCENE_MIN_SEC = 2
export const FIT_SCENE_MAX_SEC = 30
/** The most a lead-in grows when a scene is padded; the rest of the hold goes after the last sentence. */
const LEAD_IN_HOLD_MAX_MS = 1000
/** How much faster than the person's chosen rate the voice may go to fit: beyond it speech gets hard to follow. */
export const MAX_SPEEDUP = 1.25

/** ±5 % or ±1 s, whichever is larger. */
export const toleranceSec = (targetSec: number): number => Math.max(1, targetSec * 0.05)

/** The longest the video may run: the target plus the tolerance, and never past 60 s for Shorts. */
export const hardCapSec = (targetSec: number, shorts: boolean): number =>
  shorts ? Math.min(SHORTS_MAX_SEC, targetSec + toleranceSec(targetSec)) : targetSec + toleranceSec(targetSec)

export interface FitOptions {
  targetSec: number
  shorts: boolean
  /** Drop trailing sentences when the speech is still too long (after the faster re-synthesis). */
  allowDrop: boolean
}

export interface FittedScene {
  durationSec: number
  /** How many of the scene's sentences stay, from the first: the rest were dropped. */
  kept: number
  /** The kept sentences' times, relative to the scene's start. */
  sentences: { startSec: number; endSec: number }[]
}

export interface Fit {
  scenes: FittedScene[]
  totalSec: number
  /** |total - target| <= tolerance and total <= hard cap. */
  withinTolerance: boolean
  /** Seconds of speech over what fits (0 when it fits): what a faster voice has to win back. */
  overSec: number
}

const ms = (seconds: number) => Math.round(seconds * 1000)
const sec = (milliseconds: number) => milliseconds / 1000
const LEAD_MS = ms(PAUSES.leadInSec)
const GAP_MS = ms(PAUSES.gapSec)
const TAIL_MS = ms(PAUSES.tailSec)
const MIN_MS = ms(FIT_SCENE_MIN_SEC)
const MAX_MS = ms(FIT_SCENE_MAX_SEC)

/** A scene's natural length: its first `kept` sentences with their pauses, at least the minimum scene. */
const naturalMs = (clips: readonly number[], kept: number): number => {
  if (kept === 0) return MIN_MS
  const speech = clips.slice(0, kept).reduce((sum, clip) => sum + clip, 0)
  return Math.max(MIN_MS, LEAD_MS + speech + GAP_MS * (kept - 1) + TAIL_MS)
}

/**
 * Lays out every scene's clips (`clipsSec[scene][sentence]`, in seconds) so the whole lasts the target.
 * Without `allowDrop`, speech that does not fit is reported in `overSec` and left as it is.
 */
export const fitTimeline = (clipsSec: readonly (readonly number[])[], options: FitOptions): Fit => {
  const clips = clipsSec.map((scene) => scene.map(ms))
  const target = ms(options.targetSec)
  const ceiling = Math.min(ms(options.targetSec + toleranceSec(options.targetSec)), ms(hardCapSec(options.targetSec, options.shorts)))
  const kept = clips.map((scene) => scene.length)
  const natural = clips.map((scene, index) => naturalMs(scene, kept[index]!))
  const total = () => natural.reduce((sum, length) => sum + length, 0)

  if (options.allowDrop) {
    // Longest scene first; a scene's only sentence goes last of all (a silent scene is the worst outcome).
    const dropOne = (): boolean => {
      const candidates = natural.map((length, index) => ({ length, index })).filter(({ index }) => kept[index]! > 0)
      const withSpare = candidates.filter(({ index }) => kept[index]! > 1)
      const pick = (withSpare.length > 0 ? withSpare : candidates).sort((a, b) => b.length - a.length || b.index - a.index)[0]
      if (!pick) return false
      kept[pick.index]! -= 1
      natural[pick.index] = naturalMs(clips[pick.index]!, kept[pick.index]!)
      return true
    }
    for (const [index] of natural.entries()) {
      while (natural[index]! > MAX_MS && kept[index]! > 0) {
        kept[index]! -= 1
        natural[index] = naturalMs(clips[index]!, kept[index]!)
      }
    }
    while (total() > ceiling && dropOne()) {}
  }

  // Pad to the target: each scene gets an equal share of the missing time, up to the scene maximum.
  const holds = natural.map(() => 0)
  let missing = target - total()
  while (missing > 0) {
    const open = natural.map((_, index) => index).filter((index) => natural[index]! + holds[index]! < MAX_MS)
    if (open.length === 0) break
    const share = Math.max(1, Math.floor(missing / open.length))
    for (const index of open) {
      const add = Math.min(share, missing, MAX_MS - natural[index]! - holds[index]!)
      holds[index]! += add
      missing -= add
      if (missing === 0) break
    }
  }

  const scenes = clips.map((scene, index): FittedScene => {
    const leadIn = LEAD_MS + Math.min(LEAD_IN_HOLD_MAX_MS, Math.floor(holds[index]! / 4))
    let at = leadIn
    const sentences = scene.slice(0, kept[index]).map((clip) => {
      const timing = { startSec: sec(at), endSec: sec(at + clip) }
      at += clip + GAP_MS
      return timing
    })
    return { durationSec: sec(natural[index]! + holds[index]!), kept: kept[index]!, sentences }
  })
  const totalMs = total() + holds.reduce((sum, hold) => sum + hold, 0)
  const tolerance = ms(toleranceSec(options.targetSec))
  const longestScene = Math.max(0, ...natural)
  return {
    scenes,
    totalSec: sec(totalMs),
    withinTolerance: Math.abs(totalMs - target) <= tolerance && totalMs <= ceiling && longestScene <= MAX_MS,
    overSec: sec(Math.max(0, totalMs - ceiling, longestScene - MAX_MS)),
  }
}

/**
 * The voice rate that wins back `fit.overSec`, aiming at the target rather than the edge of the
 * tolerance: the speech's share of the time shrinks by the ratio of the rates. At most
 * {@link MAX_SPEEDUP} times `rate` and within eSpeak's limits; `rate` itself when nothing is over.
 */
export const fasterRate = (rate: number, clipsSec: readonly (readonly number[])[], fit: Fit, targetSec: number): number => {
  if (fit.overSec <= 0) return rate
  const speech = clipsSec.flat().reduce((sum, clip) => sum + clip, 0)
  const excess = Math.max(fit.overSec, fit.totalSec - targetSec)
  if (speech <= excess) return Math.min(VOICE_RATE_LIMITS.max, Math.round(rate * MAX_SPEEDUP))
  const factor = Math.min(MAX_SPEEDUP, speech / (speech - excess))
  return Math.min(VOICE_RATE_LIMITS.max, Math.ceil(rate * factor))
}

/**
 * One scene re-narrated inside the slot it already has (a retry keeps every other scene where it
 * was): as many whole sentences as fit, laid out as {@link fitTimeline} would, the slot unchanged.
 */
export const fitIntoSlot = (clipsSec: readonly number[], slotSec: number): FittedScene => {
  const clips = clipsSec.map(ms)
  const slot = ms(slotSec)
  let kept = clips.length
  while (kept > 0 && naturalMs(clips, kept) > slot) kept -= 1
  const hold = Math.max(0, slot - naturalMs(clips, kept))
  let at = LEAD_MS + Math.min(LEAD_IN_HOLD_MAX_MS, Math.floor(hold / 4))
  const sentences = clips.slice(0, kept).map((clip) => {
    const timing = { startSec: sec(at), endSec: sec(at + clip) }
    at += clip + GAP_MS
    return timing
  })
  return { durationSec: slotSec, kept, sentences }
}
