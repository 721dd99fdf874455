import { describe, expect, test } from 'bun:test'
import { planBeats } from './arc.ts'
import { LANGUAGE_PACKS } from './lang/index.ts'
import { pickEntries } from './pick-entries.ts'
import { createRandom } from './random.ts'

const en = LANGUAGE_PACKS.en

describe('pickEntries', () => {
  test('each beat takes its own phrases, in the order they are written', () => {
    const beats = planBeats(12)
    const entries = pickEntries(beats, en, 'story', createRandom('order'))
    const development = en.phrases.arcs.story.development
    const positions = entries.filter((_, index) => beats[index] === 'development').map((entry) => development.indexOf(entry))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  test('pinned scenes keep their entry, and it is not used twice', () => {
    const beats = planBeats(6)
    const opening = en.phrases.arcs.story.hook[0]!
    const entries = pickEntries(beats, en, 'story', createRandom('pin'), new Map([[0, opening]]))
    expect(entries[0]).toBe(opening)
    expect(entries.filter((entry) => entry === opening)).toHaveLength(1)
  })

  test('long videos borrow universal phrases: no line repeats even at 30 scenes (180 s), in any language or kind', () => {
    const beats = planBeats(30)
    for (const pack of Object.values(LANGUAGE_PACKS)) {
      for (const kind of ['promo', 'story', 'portrait'] as const) {
        const pinned = kind === 'story' ? new Map([[0, pack.phrases.arcs.story.hook[0]!]]) : undefined
        const entries = pickEntries(beats, pack, kind, createRandom(`long ${kind}`), pinned)
        expect(new Set(entries).size).toBe(entries.length)
        expect(entries.some((entry) => pack.phrases.universal.includes(entry))).toBe(true)
      }
    }
  })
})
