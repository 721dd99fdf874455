import { describe, expect, test } from 'bun:test'
import { PAUSES } from '../ai/pacing.ts'
import {
  FIT_SCENE_MAX_SEC,
  FIT_SCENE_MIN_SEC,
  MAX_SPEEDUP,
  fasterRate,
  fitIntoSlot,
  fitTimeline,
  hardCapSec,
  toleranceSec,
  type Fit,
} from './fit.ts'

const sumMs = (values: readonly number[]) => values.reduce((sum, value) => sum + Math.round(value * 1000), 0)

/** Every invariant a fit must keep, whatever the input. */
const expectWellFormed = (fit: Fit, clips: readonly (readonly number[])[]) => {
  expect(sumMs(fit.scenes.map((scene) => scene.durationSec))).toBe(Math.round(fit.totalSec * 1000))
  for (const [index, scene] of fit.scenes.entries()) {
    expect(scene.durationSec).toBeGreaterThanOrEqual(FIT_SCENE_MIN_SEC)
    expect(scene.durationSec).toBeLessThanOrEqual(FIT_SCENE_MAX_SEC)
    expect(scene.sentences).toHaveLength(scene.kept)
    let previousEnd = 0
    for (const [position, sentence] of scene.sentences.entries()) {
      // Each clip keeps its own length exactly; sentences follow one another with at least the gap.
      expect(Math.round((sentence.endSec - sentence.startSec) * 1000)).toBe(Math.round(clips[index]![position]! * 1000))
      expect(sentence.startSec).toBeGreaterThanOrEqual(position === 0 ? PAUSES.leadInSec : previousEnd + PAUSES.gapSec - 1e-9)
      previousEnd = sentence.endSec
    }
    expect(previousEnd + (scene.kept > 0 ? PAUSES.tailSec : 0)).toBeLessThanOrEqual(scene.durationSec + 1e-9)
  }
}

/** Scenes of `perScene` sentences of `clipSec` each. */
const uniform = (scenes: number, perScene: number, clipSec: number) =>
  Array.from({ length: scenes }, () => Array.from({ length: perScene }, () => clipSec))

describe('tolerance and cap', () => {
  test('±5 % or ±1 s, whichever is larger; Shorts never past 60 s', () => {
    expect(toleranceSec(5)).toBe(1)
    expect(toleranceSec(15)).toBe(1)
    expect(toleranceSec(60)).toBe(3)
    expect(toleranceSec(600)).toBe(30)
    expect(hardCapSec(60, false)).toBe(63)
    expect(hardCapSec(60, true)).toBe(60)
    expect(hardCapSec(58, true)).toBe(60)
    expect(hardCapSec(30, true)).toBe(31.5)
  })
})

describe('fitTimeline', () => {
  test.each([5, 15, 30, 60, 90, 600])('short speech is padded to exactly %i s', (target) => {
    const scenes = Math.max(1, Math.round(target / 8))
    const clips = uniform(scenes, 2, Math.min(1.2, target / scenes / 5))
    const fit = fitTimeline(clips, { targetSec: target, shorts: false, allowDrop: false })
    expectWellFormed(fit, clips)
    expect(fit.totalSec).toBe(target)
    expect(fit.withinTolerance).toBe(true)
    expect(fit.scenes.every((scene) => scene.kept === 2)).toBe(true)
  })

  test('speech that runs long is reported, left whole, and a faster rate (at most 1.25x) is proposed', () => {
    const clips = uniform(4, 3, 3) // 4 scenes of ~10.5 s for a 30 s target
    const fit = fitTimeline(clips, { targetSec: 30, shorts: false, allowDrop: false })
    expect(fit.withinTolerance).toBe(false)
    expect(fit.overSec).toBeGreaterThan(0)
    expect(fit.scenes.every((scene) => scene.kept === 3)).toBe(true)
    const rate = fasterRate(165, clips, fit, 30)
    expect(rate).toBeGreaterThan(165)
    expect(rate).toBeLessThanOrEqual(Math.ceil(165 * MAX_SPEEDUP))
    expect(fasterRate(165, clips, fitTimeline(uniform(4, 1, 1), { targetSec: 30, shorts: false, allowDrop: false }), 30)).toBe(165)
  })

  test('with dropping allowed, whole trailing sentences of the longest scenes go until it fits', () => {
    const clips = [[3, 3, 3, 3], [2, 2], [4], [2, 2, 2]]
    const fit = fitTimeline(clips, { targetSec: 15, shorts: false, allowDrop: true })
    expectWellFormed(fit, clips)
    expect(fit.withinTolerance).toBe(true)
    expect(fit.totalSec).toBeLessThanOrEqual(16)
    // The four-sentence scene loses most; the single-sentence scene keeps its only sentence.
    expect(fit.scenes[0]!.kept).toBeLessThan(4)
    expect(fit.scenes[2]!.kept).toBe(1)
  })

  test('Shorts: 60 s of target never runs past 60 s even though the tolerance would allow 63', () => {
    const clips = uniform(10, 2, 2.6) // ~62 s of natural length
    const loose = fitTimeline(clips, { targetSec: 60, shorts: false, allowDrop: true })
    const shorts = fitTimeline(clips, { targetSec: 60, shorts: true, allowDrop: true })
    expect(loose.totalSec).toBeGreaterThan(60)
    expect(loose.withinTolerance).toBe(true)
    expect(shorts.totalSec).toBeLessThanOrEqual(60)
    expect(shorts.withinTolerance).toBe(true)
    expectWellFormed(shorts, clips)
  })

  test('a scene whose speech alone passes 30 s is trimmed to whole sentences under 30 s', () => {
    const clips = [[8, 8, 8, 8, 8], [1]]
    const fit = fitTimeline(clips, { targetSec: 40, shorts: false, allowDrop: true })
    expectWellFormed(fit, clips)
    expect(fit.scenes[0]!.kept).toBe(3)
  })

  test('silent scenes (failed or empty) hold at least the minimum and still add up', () => {
    const clips = [[], [1.5], []]
    const fit = fitTimeline(clips, { targetSec: 10, shorts: false, allowDrop: false })
    expectWellFormed(fit, clips)
    expect(fit.totalSec).toBe(10)
  })
})

describe('fitIntoSlot: one scene re-narrated keeps its slot', () => {
  test('fits what fits, drops the rest from the end, never changes the duration', () => {
    expect(fitIntoSlot([1, 1], 6)).toMatchObject({ durationSec: 6, kept: 2 })
    const tight = fitIntoSlot([2, 2, 2], 5)
    expect(tight).toMatchObject({ durationSec: 5, kept: 2 })
    expect(tight.sentences[1]!.endSec + PAUSES.tailSec).toBeLessThanOrEqual(5)
  })
})
