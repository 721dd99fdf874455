import type { ArcPhrases, Entry, Kind } from '../types.ts'
import { portrait } from './portrait.ts'
import { promo } from './promo.ts'
import { story } from './story.ts'

/** English scenes for each beat of each kind of video. `c.s` is the subject, `c.detail` the prompt's detail. */

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Look closer. This is where it gets interesting.', show: 'Look closer', see: 'a slow push-in on something easy to miss' },
  { say: 'Hold on this moment for a second.', show: 'Hold the moment', see: 'a still frame, everything paused' },
  { say: 'Listen. Even the quiet moments have something to say.', show: 'Quiet moments', see: 'an empty space, just ambient sound' },
  { say: 'One detail leads to another, and then another.', show: 'One detail at a time', see: 'a chain of details, cut together' },
  { say: 'Here, time seems to slow down.', show: 'Time slows down', see: 'slow motion, dust floating in the light' },
  { say: 'The light changes, and so does the mood.', show: 'A change of light', see: 'the same place as the light shifts' },
  { say: 'Everything comes together, piece by piece.', show: 'Coming together', see: 'pieces sliding into place' },
  { say: "And just when you think you've seen it all, there's more.", show: "There's more", see: 'a hidden corner revealed' },
  { say: 'Every choice here tells you something.', show: 'Every choice counts', see: 'small decisions made visible' },
  { say: 'Take it in, one frame at a time.', show: 'One frame at a time', see: 'a slow pan across the whole scene' },
]

export const detail: Entry = {
  say: (c) => `Meet ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
