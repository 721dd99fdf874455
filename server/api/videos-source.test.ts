import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { SHORTS_MAX_SEC } from '../../shared/durations.ts'
import { SOURCE_TEXT_LIMITS, TEXT_SCENE_RULE } from '../../shared/sources.ts'
import { splitText } from '../ai/text/sentences.ts'
import { createBrowser, videoRequest, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/**
 * POST /api/videos with a script or an article as its source: made without the AI, narrated by the
 * real voice; every limit of every mode is a 422 problem+json that creates nothing.
 */

let t: TestApp
let ada: Browser

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  await ada.signUp()
})
afterAll(() => t.close())

const SCRIPT = `Our bakery opens at six. Dr. Weber shapes every loaf by hand, e.g. the rye.

Come by on Saturday! The first hundred visitors get a roll.`

const ARTICLE = `The Harbour Reopens
After two years of repairs, the old harbour reopened to fishing boats on Monday. Fishermen returned to the docks before sunrise. The city spent twelve million euros on the new harbour wall.

Local shops welcomed the news. The mayor promised a harbour festival in June. Engineers say the wall should last fifty years.`

type Problem = { status: number; errors?: { path: string; message: string }[] }
const count = async () => ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
/** Generation narrates with the real voice on a shared machine: bounded, but generously. */
const GENERATION_MS = 90_000

describe('a script as the source', () => {
  test(
    'is said word for word, scene by scene, and the video lasts as long as the narration',
    async () => {
      const res = await ada.json(
        'POST',
        '/api/videos',
        videoRequest({ prompt: undefined, durationSec: 90, source: { kind: 'script', text: SCRIPT } }),
      )
      expect(res.status).toBe(201)
      const created = (await res.json()) as VideoJson
      expect(created.source).toEqual({ kind: 'script' })
      // The length asked for is not a target: what the script takes to say is stored instead.
      expect(created.durationSec).toBeLessThan(30)
      expect(created.prompt).toBe('Our bakery opens at six')
      const video = await waitForVideo(ada, created.id, GENERATION_MS)
      expect(video.status).toBe('ready')
      const spoken = video.scenes.flatMap((scene) => scene.sentences.map((sentence) => sentence.text))
      expect(spoken).toEqual(splitText(SCRIPT, 'en').map((sentence) => sentence.text))
      // One scene per paragraph here; each scene as long as its narration with its pauses, nothing padded.
      expect(video.scenes.map((scene) => scene.narration)).toEqual([
        'Our bakery opens at six. Dr. Weber shapes every loaf by hand, e.g. the rye.',
        'Come by on Saturday! The first hundred visitors get a roll.',
      ])
      for (const scene of video.scenes) {
        expect(scene.narrationStatus).toBe('ready')
        expect(scene.durationSec).toBeCloseTo(scene.sentences.at(-1)!.endSec + 0.45, 2)
      }
      expect(video.title).toBe('Our bakery opens at six')
    },
    GENERATION_MS + 10_000,
  )
})

describe('an article as the source', () => {
  test(
    'says its most important sentences verbatim, in order, attributed',
    async () => {
      const res = await ada.json(
        'POST',
        '/api/videos',
        videoRequest({
          prompt: undefined,
          durationSec: 15,
          source: { kind: 'article', text: ARTICLE, url: 'https://news.example/harbour' },
        }),
      )
      expect(res.status).toBe(201)
      const created = (await res.json()) as VideoJson
      expect(created.source).toEqual({ kind: 'article', url: 'https://news.example/harbour' })
      expect(created.prompt).toBe('The Harbour Reopens')
      const video = await waitForVideo(ada, created.id, GENERATION_MS)
      expect(video.status).toBe('ready')
      expect(video.logline).toBe('From: The Harbour Reopens (https://news.example/harbour)')
      const spoken = video.scenes.flatMap((scene) => scene.sentences.map((sentence) => sentence.text))
      const all = splitText(ARTICLE, 'en').map((sentence) => sentence.text)
      expect(spoken.length).toBeGreaterThan(0)
      expect(spoken.length).toBeLessThan(all.length - 1)
      const positions = spoken.map((sentence) => all.indexOf(sentence))
      expect(positions.every((position) => position > 0)).toBe(true)
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    },
    GENERATION_MS + 10_000,
  )

  test('a 20,000-character article with accents and line breaks fits the request body', async () => {
    const paragraph = 'Le café près du port a rouvert ses portes à l’aube, après deux années de travaux.\n\n'
    const text = paragraph.repeat(Math.floor(SOURCE_TEXT_LIMITS.article.max / paragraph.length)).trim()
    const res = await ada.json('POST', '/api/videos', videoRequest({ language: 'fr', source: { kind: 'article', text, title: 'Le port' } }))
    expect(res.status).toBe(201)
  })
})

describe('refusals create nothing', () => {
  const long = (chars: number) => 'Word after word. '.repeat(Math.ceil(chars / 17)).slice(0, chars)
  const cases: [string, Record<string, unknown>, string][] = [
    ['an idea without a prompt', { prompt: undefined }, 'prompt'],
    ['an idea with an empty prompt', { prompt: '  ' }, 'prompt'],
    ['an empty script', { source: { kind: 'script', text: '   ' } }, 'source.text'],
    ['a script over its limit', { source: { kind: 'script', text: long(SOURCE_TEXT_LIMITS.script.max + 1) } }, 'source.text'],
    ['an article over its limit', { source: { kind: 'article', text: long(SOURCE_TEXT_LIMITS.article.max + 1) } }, 'source.text'],
    ['a script without a sentence', { source: { kind: 'script', text: '!!! ??? …' } }, 'source.text'],
    ['an article without a sentence', { source: { kind: 'article', text: '— … —' } }, 'source.text'],
    [
      'a sentence longer than a scene holds',
      { source: { kind: 'script', text: `${'word '.repeat(TEXT_SCENE_RULE.maxChars / 5 + 1)}end.` } },
      'source.text',
    ],
    [
      'a Shorts script longer than a Short',
      { shorts: true, durationSec: 30, source: { kind: 'script', text: long(SOURCE_TEXT_LIMITS.script.max) } },
      'source.text',
    ],
    ['an article address that is not http(s)', { source: { kind: 'article', text: ARTICLE, url: 'javascript:alert(1)' } }, 'source.url'],
    ['an unknown source kind', { source: { kind: 'podcast', text: SCRIPT } }, 'source.kind'],
  ]
  for (const [name, overrides, path] of cases) {
    test(`${name}: 422 naming ${path}`, async () => {
      const before = await count()
      const res = await ada.json('POST', '/api/videos', videoRequest(overrides))
      expect(res.status).toBe(422)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      const problem = (await res.json()) as Problem
      expect(problem.errors?.map((error) => error.path)).toContain(path)
      expect(await count()).toBe(before)
    })
  }

  test('the Shorts refusal says how long the script takes', async () => {
    const res = await ada.json(
      'POST',
      '/api/videos',
      videoRequest({ shorts: true, durationSec: 30, source: { kind: 'script', text: long(3000) } }),
    )
    const problem = (await res.json()) as Problem
    expect(problem.errors?.[0]?.message).toMatch(new RegExp(`about \\d+ s to say; a Shorts video is at most ${SHORTS_MAX_SEC} s`))
  })
})
