import { describe, expect, test } from 'bun:test'
import type { Scene, Storyboard } from '../storyboard.ts'
import { totalTenths } from '../timing.ts'
import { fitToDuration, parseStoryboardReply } from './parse.ts'

const scene = (durationSec: number, narration = 'A line.'): Scene => ({
  narration,
  onScreenText: 'Text',
  visual: 'A shot.',
  shot: 'wide',
  palette: ['#101010', '#202020', '#ff8800'],
  durationSec,
})
const storyboard = (scenes: Scene[]): Storyboard => ({ title: 'T', logline: 'L', script: 'S', scenes })

describe('parseStoryboardReply', () => {
  test('accepts a valid storyboard, also inside a ```json fence', () => {
    const json = JSON.stringify(storyboard([scene(5), scene(5)]))
    expect(parseStoryboardReply(json, 10)).toMatchObject({ ok: true })
    expect(parseStoryboardReply(`\`\`\`json\n${json}\n\`\`\``, 10)).toMatchObject({ ok: true })
  })

  test('says what is wrong: not JSON, or which fields break the schema', () => {
    const notJson = parseStoryboardReply('Sure! Here is your storyboard:', 10)
    expect(notJson).toMatchObject({ ok: false })
    expect(!notJson.ok && notJson.issues).toStartWith('✖ The reply is not valid JSON')
    const badShape = parseStoryboardReply(JSON.stringify({ title: 'T', scenes: [] }), 10)
    expect(!badShape.ok && badShape.issues).toContain('→ at logline')
    expect(!badShape.ok && badShape.issues).toContain('→ at scenes')
  })
})

describe('fitToDuration', () => {
  test('rescales durations proportionally to sum exactly to the request', () => {
    const result = fitToDuration(storyboard([scene(4), scene(4), scene(8)]), 30)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.scenes.map((each) => each.durationSec)).toEqual([7.5, 7.5, 15])
      expect(totalTenths(result.value.scenes.map((each) => each.durationSec))).toBe(300)
    }
  })

  test('cuts extra scenes but keeps the closing one, and rebuilds the script', () => {
    const scenes = Array.from({ length: 8 }, (_, index) => scene(2, `Line ${index + 1}.`))
    const result = fitToDuration(storyboard(scenes), 10)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.scenes.map((each) => each.narration)).toEqual(['Line 1.', 'Line 2.', 'Line 8.'])
      expect(result.value.script).toBe('Line 1.\n\nLine 2.\n\nLine 8.')
    }
  })

  test('too few scenes to fill the duration is an issue to send back', () => {
    const result = fitToDuration(storyboard([scene(30), scene(30)]), 90)
    expect(result).toEqual({ ok: false, issues: '✖ 2 scenes cannot fill 90 seconds: use between 15 and 30 scenes.' })
  })
})
