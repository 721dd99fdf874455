/**
 * The instruments: each voice of the score made from oscillators, filters, gain envelopes and seeded
 * noise (drums), nothing recorded. `playNote` works on an AudioContext (the player) and an
 * OfflineAudioContext (the export) alike, so both render the same sound.
 */
import { createRandom } from './random.ts'
import type { Note, Score } from './score.ts'

/** The music bus at 100 %: its voices together peak near -6 dBFS, under a voice at full level. */
export const FULL_LEVEL_GAIN = 0.5

/** Gain for a level in percent (0 = silent). */
export const levelGain = (levelPercent: number) => (Math.min(100, Math.max(0, levelPercent)) / 100) * FULL_LEVEL_GAIN

const NOISE_SEED = 0x5eed
const frequency = (midi: number) => 440 * 2 ** ((midi - 69) / 12)

/** One second of white noise, the same samples every time (a fixed seed, not Math.random). */
export const noiseBuffer = (context: BaseAudioContext) => {
  const buffer = context.createBuffer(1, context.sampleRate, context.sampleRate)
  const random = createRandom(NOISE_SEED)
  const samples = buffer.getChannelData(0)
  for (let index = 0; index < samples.length; index++) samples[index] = random.next() * 2 - 1
  return buffer
}

export type Instruments = {
  context: BaseAudioContext
  /** Where a note sounding from `start` to `stop` (context time) goes: a lane of the summing tree. */
  lane: (start: number, stop: number) => AudioNode
  noise: AudioBuffer
  padCutoffHz: number
}

/** Enough lanes for every note that can overlap (about 17 at most in the busiest mood). */
const LANES = 32

/**
 * Notes are summed through lanes (no two notes overlap in time in one lane) and a binary tree of
 * gains, so no node ever adds more than two live signals. Chromium sums a node's inputs in an order
 * that differs from run to run; with two, a + b = b + a exactly, so the export's samples are the same
 * every time (e2e/music.test.ts), not merely alike to 1e-10.
 */
const summingLanes = (context: BaseAudioContext, destination: AudioNode) => {
  const lanes = Array.from({ length: LANES }, () => context.createGain())
  let layer = lanes
  while (layer.length > 1) {
    const next: GainNode[] = []
    for (let index = 0; index < layer.length; index += 2) {
      const sum = context.createGain()
      layer[index]!.connect(sum)
      layer[index + 1]?.connect(sum)
      next.push(sum)
    }
    layer = next
  }
  layer[0]!.connect(destination)
  const freeAt = lanes.map(() => Number.NEGATIVE_INFINITY)
  return (start: number, stop: number): AudioNode => {
    // The first free lane; if none is (never seen), the one that frees soonest.
    let chosen = 0
    for (let index = 0; index < LANES; index++) {
      if (freeAt[index]! <= start) {
        chosen = index
        break
      }
      if (freeAt[index]! < freeAt[chosen]!) chosen = index
    }
    freeAt[chosen] = stop
    return lanes[chosen]!
  }
}

/** Attack, hold at `peak` until the note ends, then an exponential-ish release to silence. */
const envelope = (gain: GainNode, start: number, note: Note, peak: number, attackSec: number) => {
  const param = gain.gain
  const end = start + note.durSec
  param.setValueAtTime(0, start)
  param.linearRampToValueAtTime(peak, start + Math.min(attackSec, note.durSec))
  param.setValueAtTime(peak, end)
  param.setTargetAtTime(0, end, note.releaseSec / 4)
}

/** A decaying hit: full at once, down to nothing over `decaySec`. */
const hit = (gain: GainNode, start: number, peak: number, decaySec: number) => {
  gain.gain.setValueAtTime(peak, start)
  gain.gain.exponentialRampToValueAtTime(0.0001, start + decaySec)
}

const oscillator = (context: BaseAudioContext, type: OscillatorType, hz: number, detuneCents = 0) => {
  const node = context.createOscillator()
  node.type = type
  node.frequency.value = hz
  node.detune.value = detuneCents
  return node
}

const filter = (context: BaseAudioContext, type: BiquadFilterType, hz: number, q = 0.7) => {
  const node = context.createBiquadFilter()
  node.type = type
  node.frequency.value = hz
  node.Q.value = q
  return node
}

/**
 * Schedules one note to start at context time `start`; returns its sources (to stop them on a seek).
 * A note joined late (the player after a seek) is given with `start` now and a shortened `durSec`.
 */
export const playNote = ({ context, lane, noise, padCutoffHz }: Instruments, note: Note, start: number): AudioScheduledSourceNode[] => {
  const stop = start + note.durSec + note.releaseSec + 0.02
  const gain = context.createGain()
  gain.connect(lane(start, stop))
  const v = note.velocity
  const sources: AudioScheduledSourceNode[] = []
  const run = (source: AudioScheduledSourceNode, into: AudioNode, until = stop) => {
    source.connect(into)
    source.start(start)
    source.stop(until)
    sources.push(source)
  }
  switch (note.voice) {
    case 'pad': {
      const tone = filter(context, 'lowpass', padCutoffHz)
      tone.connect(gain)
      run(oscillator(context, 'sawtooth', frequency(note.midi), -7), tone)
      run(oscillator(context, 'sawtooth', frequency(note.midi), 7), tone)
      envelope(gain, start, note, 0.045 * v, 0.5)
      break
    }
    case 'bass':
      run(oscillator(context, 'triangle', frequency(note.midi)), gain)
      envelope(gain, start, note, 0.3 * v, 0.01)
      break
    case 'pluck': {
      const tone = filter(context, 'lowpass', 3200)
      tone.connect(gain)
      run(oscillator(context, 'triangle', frequency(note.midi)), tone)
      gain.gain.setValueAtTime(0, start)
      gain.gain.linearRampToValueAtTime(0.14 * v, start + 0.005)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.durSec + note.releaseSec)
      break
    }
    case 'lead':
      run(oscillator(context, 'sine', frequency(note.midi)), gain)
      envelope(gain, start, note, 0.12 * v, 0.03)
      break
    case 'kick': {
      const body = oscillator(context, 'sine', 120)
      body.frequency.setValueAtTime(120, start)
      body.frequency.exponentialRampToValueAtTime(45, start + 0.12)
      run(body, gain)
      hit(gain, start, 0.5 * v, 0.25)
      break
    }
    case 'snare':
    case 'hat': {
      const source = context.createBufferSource()
      source.buffer = noise
      const tone = note.voice === 'snare' ? filter(context, 'bandpass', 1800, 0.9) : filter(context, 'highpass', 7000)
      tone.connect(gain)
      run(source, tone)
      hit(gain, start, (note.voice === 'snare' ? 0.22 : 0.07) * v, note.voice === 'snare' ? 0.16 : 0.05)
      break
    }
  }
  return sources
}

/**
 * The music's chain into `destination`: voices -> fade envelope -> ducking -> level. Each is its own
 * gain so the three curves never fight over one parameter.
 */
export const createMusicChain = (context: BaseAudioContext, destination: AudioNode, score: Score, levelPercent: number) => {
  const level = context.createGain()
  level.gain.value = levelGain(levelPercent)
  level.connect(destination)
  const duck = context.createGain()
  duck.connect(level)
  const fade = context.createGain()
  fade.connect(duck)
  const instruments: Instruments = {
    context,
    lane: summingLanes(context, fade),
    noise: noiseBuffer(context),
    padCutoffHz: score.padCutoffHz,
  }
  return { instruments, fade, duck, level }
}
