import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createLocalProvider } from '../ai/local/provider.ts'
import type { AiProvider } from '../ai/provider.ts'
import type { QuestionInput } from '../ai/storyboard.ts'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { MAX_BODY_BYTES } from '../http/body.ts'

/**
 * POST /api/videos/:id/assistant. The provider here is the local one, except that its answers carry
 * the HTML an unlucky (or manipulated) model might write, so the sanitizing is tested for real.
 */

const HOSTILE = [
  '**Punchier:** cut scene 3 to two seconds.',
  '<script>alert("answer")</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1)) and [docs](https://example.com/help)',
  '![pixel](https://tracker.example/p.gif)',
].join('\n\n')

const asked: QuestionInput[] = []
const local = createLocalProvider()
const hostileAi: AiProvider = {
  name: local.name,
  model: `${local.model}+hostile`,
  generateStoryboard: (request, options) => local.generateStoryboard(request, options),
  regenerateScene: (input, options) => local.regenerateScene(input, options),
  async answerQuestion(input) {
    asked.push(input)
    return { value: `${HOSTILE}\n\nAbout “${input.video.title}”.`, usage: { promptTokens: 120, completionTokens: 40 }, model: 'hostile' }
  },
}

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
let video: VideoJson

beforeAll(async () => {
  t = await createTestApp({ ai: hostileAi })
  ;[ada, bob, anon] = [createBrowser(t.app), createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp(undefined, undefined, 'de')
  await bob.signUp()
  video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'An ad for a bicycle repair shop', language: 'en' })).id)
})
afterAll(() => t.close())

type Answer = { markdown: string; html: string; fromCache: boolean; version: number }
const ask = (browser: Browser, id: string, body: unknown) => browser.json('POST', `/api/videos/${id}/assistant`, body)

const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as { errors?: { path: string }[]; detail?: string }
}
/** The distinct fields a 422 names. */
const fields = (problem: { errors?: { path: string }[] }) => [...new Set(problem.errors?.map((error) => error.path))]

describe('asking about my video', () => {
  test('answers with the video and my language as context, as Markdown and sanitized HTML, never cached by others', async () => {
    asked.length = 0
    const res = await ask(ada, video.id, { question: 'How do I make scene 3 punchier?' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    const answer = (await res.json()) as Answer
    expect(answer.fromCache).toBe(false)
    expect(answer.version).toBe(video.version)
    expect(answer.markdown).toContain('<script>')

    expect(asked).toHaveLength(1)
    expect(asked[0]!.language).toBe('de')
    expect(asked[0]!.question).toBe('How do I make scene 3 punchier?')
    expect(asked[0]!.video.title).toBe(video.title!)
    expect(asked[0]!.video.scenes).toHaveLength(video.scenes.length)

    expect(answer.html).toContain('<strong>Punchier:</strong>')
    expect(answer.html).toContain('&lt;script&gt;')
    // Raw HTML shows as text; no element, no event handler, no javascript: link, no image load.
    expect(answer.html).not.toMatch(/<script|<img|<[^>]+\son\w+=|href="javascript:/i)
    expect(answer.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(answer.html).toContain('<a href="https://example.com/help" rel="nofollow noopener noreferrer">docs</a>')
  })

  test('the same question on the same video is answered from the cache (and counted as a cache hit)', async () => {
    asked.length = 0
    const again = (await (await ask(ada, video.id, { question: '  how do I make scene 3   PUNCHIER? ' })).json()) as Answer
    expect(again.fromCache).toBe(true)
    expect(asked).toHaveLength(0)
    const usage = await t.repos.usage.forUser(ada.user.id)
    expect(usage.total.cacheHits).toBeGreaterThanOrEqual(1)
    expect(usage.total.tokensIn).toBeGreaterThanOrEqual(120)
  })

  test('a question that is too short, missing, not a string or 100 KB long is rejected before the AI is asked', async () => {
    asked.length = 0
    expect(fields(await expectProblem(await ask(ada, video.id, { question: 'x' }), 422))).toEqual(['question'])
    expect(fields(await expectProblem(await ask(ada, video.id, {}), 422))).toEqual(['question'])
    expect(fields(await expectProblem(await ask(ada, video.id, { question: ['why?'] }), 422))).toEqual(['question'])
    expect(fields(await expectProblem(await ask(ada, video.id, { question: 'x'.repeat(1001) }), 422))).toEqual(['question'])
    await expectProblem(await ask(ada, video.id, { question: 'x'.repeat(MAX_BODY_BYTES) }), 413)
    await expectProblem(await ask(ada, video.id, '{"question":'), 400)
    expect(asked).toHaveLength(0)
  })
})

describe('ownership', () => {
  test('another person gets 404 for my private video, and for my public one too (the assistant is the owner’s)', async () => {
    asked.length = 0
    await expectProblem(await ask(bob, video.id, { question: 'What music fits?' }), 404)
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })
    await expectProblem(await ask(bob, video.id, { question: 'What music fits?' }), 404)
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'private' })
    expect(asked).toHaveLength(0)
  })

  test('anonymous is 401; unknown and impossible ids are 404', async () => {
    await expectProblem(await ask(anon, video.id, { question: 'What music fits?' }), 401)
    await expectProblem(await ask(ada, 'AAAAAAAAAAAAAAAAAAAAAA', { question: 'What music fits?' }), 404)
    await expectProblem(await ask(ada, 'no', { question: 'What music fits?' }), 404)
  })

  test('a video that is not written yet is a 409', async () => {
    await t.worker.stop()
    try {
      const queued = await createVideo(ada, { prompt: 'Still in the queue' })
      expect((await expectProblem(await ask(ada, queued.id, { question: 'What music fits?' }), 409)).detail).toContain('not written')
    } finally {
      t.worker.start()
    }
  })
})
