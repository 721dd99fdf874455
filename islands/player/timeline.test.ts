import { describe, expect, test } from 'bun:test'
import { clampTime, createTimeline, layersAt, sceneAt, TRANSITION_SEC } from './timeline.ts'

describe('createTimeline', () => {
  test('the total is the sum of the scene durations and each scene starts where the previous ends', () => {
    const timeline = createTimeline([4, 2.5, 6])
    expect(timeline.totalSec).toBe(12.5)
    expect(timeline.startsSec).toEqual([0, 4, 6.5])
  })

  test('a crossfade is TRANSITION_SEC long, centred on the boundary', () => {
    expect(createTimeline([4, 4, 4]).fadeHalvesSec).toEqual([TRANSITION_SEC / 2, TRANSITION_SEC / 2])
  })

  test('a fade is shortened so that a short scene is still seen alone for half its duration', () => {
    expect(createTimeline([4, 0.4, 4]).fadeHalvesSec).toEqual([0.1, 0.1])
  })

  test('transitionSec 0 gives hard cuts', () => {
    expect(createTimeline([3, 3], { transitionSec: 0 }).fadeHalvesSec).toEqual([0])
  })

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('a duration of %p is a TypeError naming the scene', (bad) => {
    expect(() => createTimeline([3, bad])).toThrow(new TypeError(`scene 1: duration must be a positive number, got ${bad}`))
  })
})

describe('clampTime (seeking)', () => {
  const timeline = createTimeline([3, 3])
  test.each([
    [-2, 0],
    [2.5, 2.5],
    [6, 6],
    [99, 6],
    [Number.NaN, 0],
  ])('seeking to %p lands on %p', (target, expected) => {
    expect(clampTime(timeline, target)).toBe(expected)
  })
})

describe('sceneAt', () => {
  const timeline = createTimeline([2, 4, 1])

  test('finds the scene and the position within it', () => {
    expect(sceneAt(timeline, 0)).toEqual({ index: 0, localSec: 0, progress: 0 })
    expect(sceneAt(timeline, 3)).toEqual({ index: 1, localSec: 1, progress: 0.25 })
    expect(sceneAt(timeline, 6.5)).toEqual({ index: 2, localSec: 0.5, progress: 0.5 })
  })

  test('a boundary belongs to the scene that starts there', () => {
    expect(sceneAt(timeline, 2).index).toBe(1)
    expect(sceneAt(timeline, 6).index).toBe(2)
  })

  test('the end (and beyond) is the last frame of the last scene', () => {
    expect(sceneAt(timeline, 7)).toEqual({ index: 2, localSec: 1, progress: 1 })
    expect(sceneAt(timeline, 50)).toEqual({ index: 2, localSec: 1, progress: 1 })
  })
})

describe('layersAt (what is drawn)', () => {
  const timeline = createTimeline([4, 4, 4])

  test('mid-scene, one fully opaque scene', () => {
    expect(layersAt(timeline, 2).map(({ index, alpha }) => ({ index, alpha }))).toEqual([{ index: 0, alpha: 1 }])
  })

  test('the next scene fades in from 0 before the boundary to 1 after it, half-way at the boundary', () => {
    const alphaOfNext = (sec: number) => layersAt(timeline, sec).find((layer) => layer.index === 1)?.alpha ?? 0
    expect(alphaOfNext(3.7)).toBe(0)
    expect(alphaOfNext(3.8)).toBeCloseTo(0.1)
    expect(alphaOfNext(4)).toBeCloseTo(0.5)
    expect(alphaOfNext(4.125)).toBeCloseTo(0.75)
    expect(layersAt(timeline, 4.25)).toHaveLength(1)
    expect(alphaOfNext(4.25)).toBe(1)
  })

  test('during a fade the outgoing scene stays opaque underneath the incoming one', () => {
    expect(layersAt(timeline, 3.9).map((layer) => [layer.index, layer.alpha])).toEqual([
      [0, 1],
      [1, expect.closeTo(0.3, 5)],
    ])
    expect(layersAt(timeline, 4.1).map((layer) => [layer.index, layer.alpha])).toEqual([
      [0, 1],
      [1, expect.closeTo(0.7, 5)],
    ])
  })

  test('with hard cuts only one scene is ever drawn, and it switches at the boundary', () => {
    const cuts = createTimeline([4, 4], { transitionSec: 0 })
    for (const sec of [0, 3.99, 4, 4.01, 8]) expect(layersAt(cuts, sec)).toHaveLength(1)
    expect(layersAt(cuts, 3.999)[0]!.index).toBe(0)
    expect(layersAt(cuts, 4)[0]!.index).toBe(1)
  })

  test("a layer's progress runs 0 to 1 over the whole time it is visible, fades included", () => {
    const progressOf = (index: number, sec: number) => layersAt(timeline, sec).find((layer) => layer.index === index)!.progress
    expect(progressOf(0, 0)).toBe(0)
    expect(progressOf(1, 3.75 + 0.0001)).toBeCloseTo(0)
    expect(progressOf(1, 6)).toBeCloseTo(0.5)
    expect(progressOf(2, 12)).toBe(1)
  })

  test('an empty storyboard draws nothing', () => {
    expect(layersAt(createTimeline([]), 0)).toEqual([])
  })
})
