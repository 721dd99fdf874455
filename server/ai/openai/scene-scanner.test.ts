import { describe, expect, test } from 'bun:test'
import { createSceneScanner } from './scene-scanner.ts'

const reply = JSON.stringify({
  title: 'The "scenes": [{ trap }',
  logline: 'braces } and \\ backslashes {',
  scenes: [
    { narration: 'One } two.', palette: ['#101010', '#202020'], nested: { deep: [1, { x: '"]' }] } },
    { narration: 'Three \\"quoted\\".', shot: 'wide' },
  ],
  after: [{ not: 'a scene' }],
})

const scenesOf = (pieces: string[]) => {
  const found: { index: number; value: unknown }[] = []
  const scanner = createSceneScanner((json, index) => found.push({ index, value: JSON.parse(json) }))
  for (const piece of pieces) scanner.push(piece)
  return { found, text: scanner.text }
}

describe('createSceneScanner', () => {
  test('finds each top-level scene, whatever the strings and nesting around it hold', () => {
    const { found, text } = scenesOf([reply])
    expect(found).toEqual((JSON.parse(reply) as { scenes: unknown[] }).scenes.map((value, index) => ({ index, value })))
    expect(text).toBe(reply)
  })

  test('the same scenes whichever way the reply is cut into pieces (every split point)', () => {
    const whole = scenesOf([reply]).found
    for (let cut = 1; cut < reply.length; cut++) expect(scenesOf([reply.slice(0, cut), reply.slice(cut)]).found).toEqual(whole)
    expect(scenesOf([...reply]).found).toEqual(whole)
  })

  test('a scene is reported the moment its object closes, not when the reply ends', () => {
    const firstEnds = reply.indexOf('"nested"')
    const upToFirst = reply.slice(0, reply.indexOf('}]}}', firstEnds) + 4)
    expect(scenesOf([upToFirst]).found).toHaveLength(1)
    expect(scenesOf([upToFirst.slice(0, -1)]).found).toHaveLength(0)
  })

  test('a Markdown fence around the JSON is skipped; a reply without scenes reports none', () => {
    expect(scenesOf(['```json\n', reply, '\n```']).found).toHaveLength(2)
    expect(scenesOf(['{"title":"x","other":[{"a":1}]}']).found).toEqual([])
    expect(scenesOf(['not json at all']).found).toEqual([])
  })

  test('the end of the scenes array is reported once, with the count, before the fields after it arrive', () => {
    const events: string[] = []
    const scanner = createSceneScanner(
      (_, index) => events.push(`scene ${index}`),
      (count) => events.push(`end ${count}`),
    )
    const scenesEnd = reply.indexOf('],"after"') + 1
    scanner.push(reply.slice(0, scenesEnd))
    expect(events).toEqual(['scene 0', 'scene 1', 'end 2'])
    scanner.push(reply.slice(scenesEnd))
    expect(events).toEqual(['scene 0', 'scene 1', 'end 2'])
  })
})
