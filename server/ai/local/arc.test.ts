import { describe, expect, test } from 'bun:test'
import { sceneCountRange } from '../timing.ts'
import { chooseSceneCount, chooseShots, planBeats, sceneWeights } from './arc.ts'
import { createRandom } from './random.ts'

describe('planBeats', () => {
  test('opens with a hook and ends with a closing, in arc order', () => {
    const order = ['hook', 'context', 'development', 'payoff', 'closing']
    for (let count = 2; count <= 60; count++) {
      const beats = planBeats(count)
      expect(beats).toHaveLength(count)
      expect(beats[0]).toBe('hook')
      expect(beats[count - 1]).toBe('closing')
      const ranks = beats.map((beat) => order.indexOf(beat))
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    }
  })

  test('a 30-second video has every beat', () => {
    expect(planBeats(6)).toEqual(['hook', 'context', 'development', 'development', 'payoff', 'closing'])
  })
})

describe('chooseSceneCount', () => {
  test('stays within one scene per 3-6 s for every duration', () => {
    for (let duration = 10; duration <= 180; duration++) {
      const { min, max } = sceneCountRange(duration)
      for (const style of ['playful', 'dreamy'] as const) {
        const count = chooseSceneCount(duration, style, 'bold')
        expect(count).toBeGreaterThanOrEqual(min)
        expect(count).toBeLessThanOrEqual(max)
      }
    }
  })

  test('energetic styles cut faster than dreamy ones', () => {
    expect(chooseSceneCount(60, 'playful', 'funny')).toBeGreaterThan(chooseSceneCount(60, 'dreamy', 'calm'))
  })
})

describe('shots and weights', () => {
  test('never the same shot twice in a row', () => {
    const shots = chooseShots(planBeats(40), createRandom('shots'))
    shots.slice(1).forEach((shot, index) => {
      expect(shot).not.toBe(shots[index]!)
    })
  })

  test('scene weights follow the narration length', () => {
    const [short, long] = sceneWeights(['development', 'development'], [4, 16], createRandom('weights'))
    expect(long!).toBeGreaterThan(short! * 2)
  })
})
