import { expect, test } from 'bun:test'
import { chooseShots } from './arc.ts'
import type { Beat } from './lang/types.ts'
import { createRandom } from './random.ts'

test('shots never repeat twice in a row and suit their beat', () => {
  const beats: Beat[] = ['hook', ...Array.from({ length: 38 }, (): Beat => 'development'), 'closing']
  const shots = chooseShots(beats, createRandom('shots'))
  expect(shots).toHaveLength(40)
  shots.slice(1).forEach((shot, index) => {
    expect(shot).not.toBe(shots[index]!)
  })
  expect(['establishing', 'extreme close-up', 'wide', 'tracking']).toContain(shots[0]!)
})
