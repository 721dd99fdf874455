/**
 * The score: every note of a video's background music, with its time, pitch, length and velocity,
 * as a pure function of (mood, tempo, seed, duration). The player's preview and the export schedule
 * this same list (synth.ts), so what is heard while watching is what the file holds.
 *
 * Form: one chord a bar from the mood's progressions, 8-bar sections (each picks its progression,
 * arpeggio and melody motif from the seed), a pad, a bass, an arpeggio, drums where the mood has
 * them, a melody motif stated, repeated, answered and repeated; the last bar goes home to the tonic.
 * No note rings past the end, and the whole fades in briefly and out over the last seconds.
 */
import type { MusicMood } from '../../../shared/music.ts'
import { type CurvePoint, valueAt } from './curve.ts'
import { MOODS, type Pattern } from './moods.ts'
import { createRandom, type Random } from './random.ts'

export const VOICES = ['pad', 'bass', 'pluck', 'lead', 'kick', 'snare', 'hat'] as const
export type Voice = (typeof VOICES)[number]

/** How long each voice rings after its note ends (the synth's release); the score leaves room for it. */
export const RELEASE_SEC: Record<Voice, number> = { pad: 0.8, bass: 0.12, pluck: 0.3, lead: 0.25, kick: 0.25, snare: 0.18, hat: 0.06 }

export type Note = {
  voice: Voice
  atSec: number
  /** Until the release starts; the sound stops at atSec + durSec + releaseSec. */
  durSec: number
  releaseSec: number
  /** MIDI note number (drums: a nominal one). */
  midi: number
  /** 0..1 */
  velocity: number
}

export type Score = {
  mood: MusicMood
  bpm: number
  durationSec: number
  notes: Note[]
  fadeInSec: number
  fadeOutSec: number
  /** The pad's lowpass cutoff, from the mood. */
  padCutoffHz: number
}

export type ScoreInput = { mood: MusicMood; bpm: number; seed: number; durationSec: number }

const STEPS = 16
const SECTION_BARS = 8
const MIN_BPM = 40
const MAX_BPM = 200

type Motif = { step: number; offset: number; steps: number }[]

/** Two bars of melody on the beats and off-beats: degrees relative to the chord's root, a step walk. */
const composeMotif = (random: Random): Motif => {
  const motif: Motif = []
  let offset = random.pick([0, 2, 4])
  for (let step = 0; step < STEPS * 2; step += 2) {
    const onBeat = step % 4 === 0
    if (random.next() > (onBeat ? 0.75 : 0.3)) continue
    const length = onBeat && random.next() < 0.5 ? 4 : 2
    motif.push({ step, offset, steps: length })
    offset = Math.max(-2, Math.min(7, offset + random.pick([-2, -1, -1, 1, 1, 2])))
  }
  // Never an empty motif: a section with a melody states at least its first note.
  return motif.length ? motif : [{ step: 0, offset: 0, steps: 4 }]
}

const stepsOf = (pattern: Pattern | null) => (pattern ? [...pattern].flatMap((mark, step) => (mark === '.' ? [] : [{ step, mark }])) : [])

export const composeScore = ({ mood, bpm, seed, durationSec }: ScoreInput): Score => {
  const style = MOODS[mood]
  const random = createRandom(seed)
  const tempo = Math.min(MAX_BPM, Math.max(MIN_BPM, Number.isFinite(bpm) ? bpm : 90))
  const duration = Math.max(0, Number.isFinite(durationSec) ? durationSec : 0)
  const beatSec = 60 / tempo
  const stepSec = beatSec / 4
  const barSec = beatSec * 4
  const key = random.pick(style.keys)
  const { scale } = style
  /** The n-th note of the scale above the key (n may be negative). */
  const scaleNote = (n: number) => key + 12 * Math.floor(n / scale.length) + scale[((n % scale.length) + scale.length) % scale.length]!
  const humanize = (velocity: number) => Math.min(1, Math.max(0.05, velocity + (random.next() - 0.5) * 0.12))

  const notes: Note[] = []
  const add = (voice: Voice, atSec: number, durSec: number, midi: number, velocity: number) => {
    const releaseSec = RELEASE_SEC[voice]
    // Room for the release before the end: a note that cannot fit is left out, one that can is cut short.
    const room = duration - atSec - releaseSec
    if (room < 0.05) return
    notes.push({ voice, atSec, durSec: Math.min(durSec, room), releaseSec, midi, velocity: humanize(velocity) })
  }

  const bars = Math.ceil(duration / barSec)
  let progression: readonly number[] = style.progressions[0]!
  let arpeggio = style.arpeggios[0]!
  let motifs: Motif[] = []
  for (let bar = 0; bar < bars; bar++) {
    const barStart = bar * barSec
    const inSection = bar % SECTION_BARS
    if (inSection === 0) {
      progression = random.pick(style.progressions)
      arpeggio = random.pick(style.arpeggios)
      motifs = [composeMotif(random), composeMotif(random)]
    }
    const last = bars > 1 && bar === bars - 1
    const degree = last ? 0 : progression[bar % progression.length]!
    const tones = [scaleNote(degree), scaleNote(degree + 2), scaleNote(degree + 4), scaleNote(degree + 7)]

    for (const tone of tones.slice(0, 3)) add('pad', barStart, barSec, tone, 0.55)
    for (const { step, mark } of stepsOf(style.bass))
      add('bass', barStart + step * stepSec, stepSec * 3, tones[0]! - 12, mark === 'x' ? 0.9 : 0.65)
    // The first bar and the last: pad, bass and arpeggio only, so the music starts and ends gently.
    const full = bar > 0 && !last
    for (const { step, mark } of stepsOf(arpeggio)) add('pluck', barStart + step * stepSec, stepSec * 1.5, tones[Number(mark)]! + 12, 0.5)
    if (!full) continue
    for (const [voice, pattern] of [
      ['kick', style.kick],
      ['snare', style.snare],
      ['hat', style.hat],
    ] as const) {
      for (const { step, mark } of stepsOf(pattern)) add(voice, barStart + step * stepSec, stepSec, 36, mark === 'x' ? 0.9 : 0.55)
    }
    if (style.melody) {
      // A motif over two bars: A A B A across the section.
      const motif = motifs[inSection >= 4 && inSection < 6 ? 1 : 0]!
      const half = inSection % 2
      for (const { step, offset, steps } of motif) {
        if (Math.floor(step / STEPS) !== half) continue
        add('lead', barStart + (step % STEPS) * stepSec, steps * stepSec, scaleNote(degree + 7 + offset) + 12, 0.6)
      }
    }
  }
  notes.sort((a, b) => a.atSec - b.atSec || VOICES.indexOf(a.voice) - VOICES.indexOf(b.voice) || a.midi - b.midi)
  return {
    mood,
    bpm: tempo,
    durationSec: duration,
    notes,
    fadeInSec: Math.min(1, duration / 8),
    fadeOutSec: Math.min(3, duration / 4),
    padCutoffHz: style.padCutoffHz,
  }
}

/** The whole's loudness over time: up over `fadeInSec`, full, down to silence at the very end. */
export const fadeCurve = (score: Pick<Score, 'durationSec' | 'fadeInSec' | 'fadeOutSec'>): CurvePoint[] => {
  const inEnd = Math.min(score.fadeInSec, score.durationSec / 2)
  const outStart = Math.max(inEnd, score.durationSec - score.fadeOutSec)
  return [
    { timeSec: 0, value: 0 },
    { timeSec: inEnd, value: 1 },
    { timeSec: outStart, value: 1 },
    { timeSec: score.durationSec, value: 0 },
  ]
}

/** The fade's value at `sec`, 0..1. */
export const envelopeAt = (score: Pick<Score, 'durationSec' | 'fadeInSec' | 'fadeOutSec'>, sec: number) => valueAt(fadeCurve(score), sec)

/** The notes that start in [fromSec, toSec): what a live scheduler starts next. */
export const notesStarting = (score: Score, fromSec: number, toSec: number) =>
  score.notes.filter((note) => note.atSec >= fromSec && note.atSec < toSec)

/** The notes that started before `sec` and still sound then (joined mid-way after a seek). */
export const notesSounding = (score: Score, sec: number) => score.notes.filter((note) => note.atSec < sec && note.atSec + note.durSec > sec)
