import { describe, expect, test } from 'bun:test'
import type { SceneRequest } from '../scene-request.ts'
import type { VideoRequest } from '../storyboard.ts'
import { createLocalProvider } from './provider.ts'
import { writeStoryboard } from './writer/write.ts'

/** The built-in writer's one-scene rewrite: deterministic, honest to its instruction, fitted to its neighbours. */

const local = createLocalProvider()
const request: VideoRequest = {
  prompt: 'An ad for a bicycle repair shop',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
  seed: 3,
}
const scenes = writeStoryboard(request).scenes
const ask = (changes: Partial<SceneRequest> = {}): SceneRequest => ({ request, scenes, position: 2, variant: 0, ...changes })
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length

describe('regenerateScene on the built-in writer', () => {
  test('the same request is the same scene; another variant or position another one; the slot and palette stay', async () => {
    const first = (await local.regenerateScene(ask())).value
    expect((await local.regenerateScene(ask())).value).toEqual(first)
    expect(first.narration).not.toBe(scenes[2]!.narration)
    expect(first).toMatchObject({ durationSec: scenes[2]!.durationSec, palette: scenes[2]!.palette })
    // A new shot, unlike either neighbour's.
    expect([scenes[1]!.shot, scenes[2]!.shot, scenes[3]!.shot]).not.toContain(first.shot)
    const variants = await Promise.all([1, 2, 3].map(async (variant) => (await local.regenerateScene(ask({ variant }))).value))
    expect(variants.some((scene) => JSON.stringify(scene) !== JSON.stringify(first))).toBe(true)
  })

  test('shorter, punchier, for kids and more formal each do what they say, in any UI language', async () => {
    const long = {
      ...scenes[2]!,
      narration: "We fix flat tyres, squeaky brakes and bent wheels. It's really fast, and you'll ride home today!",
    }
    const withLong = [...scenes.slice(0, 2), long, ...scenes.slice(3)]
    const rewrite = async (instruction: string, language: VideoRequest['language'] = 'en') =>
      (await local.regenerateScene({ ...ask({ instruction }), request: { ...request, language }, scenes: withLong })).value
    expect(words((await rewrite('shorter')).narration)).toBeLessThan(words(long.narration))
    expect(words((await rewrite('kürzer, bitte', 'de')).narration)).toBeLessThan(words(long.narration))
    const punchy = (await rewrite('make it punchier')).narration
    expect(punchy.endsWith('!')).toBe(true)
    expect(punchy).not.toContain('really')
    const kids = (await rewrite('for kids')).narration
    expect(['Look!', 'Guess what?', 'Here is the fun part!'].some((opener) => kids.startsWith(opener))).toBe(true)
    expect(Math.max(...kids.split(/[.!?]/u).map(words))).toBeLessThanOrEqual(10)
    const formal = (await rewrite('more formal')).narration
    expect(formal).not.toMatch(/!|'/u)
    expect(formal).toContain('It is')
    expect(formal).toContain('you will')
    // Free text naming none of them: a fresh version of the scene, still valid.
    expect((await rewrite('about the owner’s dog')).narration).not.toBe(long.narration)
  })

  test('a position past the storyboard is refused', async () => {
    expect(local.regenerateScene(ask({ position: scenes.length }))).rejects.toThrow()
  })
})
