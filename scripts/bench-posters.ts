/**
 * What a poster costs to render: the picture library's one-time load (gunzip + JSON.parse), then
 * scenes that match drawings against scenes that keep the shot's composition, side by side in one
 * run (ratios; the machine is noisy). Also the bytes a poster weighs either way.
 *
 *   bun scripts/bench-posters.ts [--rounds 5] [--per-round 400]
 */
import { SHOT_TYPES, type Scene } from '../server/ai/storyboard.ts'
import { iconLibrary } from '../server/posters/icons/library.ts'
import { renderPosterSvg, type PosterOptions } from '../server/posters/svg.ts'

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const rounds = arg('rounds', 5)
const perRound = arg('per-round', 400)

const loadStarted = performance.now()
iconLibrary()
const loadMs = performance.now() - loadStarted

const palette = ['#0f2a3a', '#1f4e5f', '#e07a3f', '#f2c58b']
const options: PosterOptions = { aspect: '16:9', language: 'en', style: 'cinematic', paletteLock: null }
const scenes = (visuals: string[]): Scene[] =>
  SHOT_TYPES.flatMap((shot) =>
    visuals.map((visual) => ({ narration: 'x', onScreenText: '', visual, shot, palette, durationSec: 5 }) satisfies Scene),
  )
const matched = scenes(['a lighthouse on a remote island', 'bamboo steamers at a night market', 'a solar kettle', 'a bakery at dawn'])
const unmatched = scenes(['Real people who care.', 'The camera drifts away.', 'A moment held on screen.', 'Where it comes from.'])

const time = (list: Scene[]) => {
  const started = performance.now()
  for (let index = 0; index < perRound; index++) renderPosterSvg(list[index % list.length]!, options)
  return (performance.now() - started) / perRound
}
const bytes = (list: Scene[]) => list.reduce((total, scene) => total + renderPosterSvg(scene, options).length, 0) / list.length

time(matched)
time(unmatched)
const ratios: number[] = []
for (let round = 0; round < rounds; round++) {
  const withDrawings = time(matched)
  const without = time(unmatched)
  ratios.push(withDrawings / without)
  console.log(
    `round ${round + 1}: matched ${(withDrawings * 1000).toFixed(0)} µs, shot composition ${(without * 1000).toFixed(0)} µs per poster`,
  )
}
ratios.sort((a, b) => a - b)
console.log(`library load (once per process): ${loadMs.toFixed(1)} ms`)
console.log(`matched / shot composition, median of ${rounds}: ${ratios[Math.floor(rounds / 2)]!.toFixed(2)}x`)
console.log(`average poster: matched ${(bytes(matched) / 1024).toFixed(1)} KB, shot composition ${(bytes(unmatched) / 1024).toFixed(1)} KB`)
