import type { Language } from '../ai/storyboard.ts'
import { wrapCues } from './wrap.ts'

/** One caption on screen: absolute times in seconds and its (at most two) lines. */
export interface Cue {
  startSec: number
  endSec: number
  lines: string[]
}

/** What captions need of a scene: its length and its sentences, timed relative to the scene's start. */
export interface CaptionScene {
  durationSec: number
  sentences: readonly { text: string; startSec: number; endSec: number }[]
}

const roundMs = (seconds: number) => Math.round(seconds * 1000) / 1000

/**
 * The cues of a whole video: each sentence at its scene's start plus its own start, in order. A
 * sentence too long for one cue is split into several, sharing its time by their length in characters.
 */
export const buildCues = (scenes: readonly CaptionScene[], language: Language): Cue[] => {
  const cues: Cue[] = []
  let sceneStart = 0
  for (const scene of scenes) {
    for (const sentence of scene.sentences) {
      const parts = wrapCues(sentence.text, language)
      const weights = parts.map((lines) => lines.join(' ').length)
      const total = weights.reduce((sum, weight) => sum + weight, 0) || 1
      const span = sentence.endSec - sentence.startSec
      let at = sceneStart + sentence.startSec
      for (const [index, lines] of parts.entries()) {
        const end = index === parts.length - 1 ? sceneStart + sentence.endSec : at + (span * weights[index]!) / total
        if (end > at) cues.push({ startSec: roundMs(at), endSec: roundMs(end), lines })
        at = end
      }
    }
    sceneStart += scene.durationSec
  }
  return cues.sort((a, b) => a.startSec - b.startSec || a.endSec - b.endSec)
}

/** `hh:mm:ss<separator>mmm`; hours grow past 99 rather than wrap. */
export const formatTimestamp = (seconds: number, separator: '.' | ','): string => {
  const ms = Math.max(0, Math.round(seconds * 1000))
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`
}
