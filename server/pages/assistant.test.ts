import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createLocalProvider } from '../ai/local/provider.ts'
import type { AiProvider } from '../ai/provider.ts'
import type { QuestionInput } from '../ai/storyboard.ts'
import { createBrowser, createVideo, readPage, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** GET /assistant and POST /assistant: a question about one of my videos, answered as sanitized Markdown. */

const local = createLocalProvider()
const asked: QuestionInput[] = []
/** The local provider, but its answers carry markup a model could be tricked into writing. */
const hostileAi: AiProvider = {
  name: local.name,
  model: `${local.model}+hostile`,
  generateStoryboard: (request, options) => local.generateStoryboard(request, options),
  regenerateScene: (input, options) => local.regenerateScene(input, options),
  async answerQuestion(input, options) {
    asked.push(input)
    const real = await local.answerQuestion(input, options)
    return { ...real, value: `${real.value}\n\n<script>alert(1337)</script>\n\n[more](javascript:alert(1))` }
  },
}

let t: TestApp
let ada: Browser
let bob: Browser
let video: VideoJson

beforeAll(async () => {
  t = await createTestApp({ ai: hostileAi })
  ;[ada, bob] = [createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp(undefined, undefined, 'fr')
  await bob.signUp()
  video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'An ad for a bicycle repair shop, warm and funny' })).id)
})
afterAll(() => t.close())

describe('GET /assistant', () => {
  test('offers my written videos (preselected by ?video=) and nobody else’s', async () => {
    await bob.signUp()
    const bobs = await waitForVideo(bob, (await createVideo(bob, { prompt: 'Bob’s secret project' })).id)
    const res = await ada.page(`/assistant?video=${video.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(res)
    const options = [...page.document.querySelectorAll('select[name="videoId"] option')].map((option) => option.getAttribute('value'))
    expect(options).toContain(video.id)
    expect(options).not.toContain(bobs.id)
    expect(page.document.querySelector('select[name="videoId"] option[selected]')?.getAttribute('value')).toBe(video.id)
  })

  test('anonymous people are sent to sign in', async () => {
    const res = await createBrowser(t.app).page('/assistant')
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/login?next=%2Fassistant'])
  })
})

describe('POST /assistant', () => {
  test('answers in my language, rendered as sanitized Markdown', async () => {
    asked.length = 0
    const res = await ada.form('/assistant', { videoId: video.id, question: 'What music fits?' })
    expect(res.status).toBe(200)
    expect(asked.map((input) => [input.language, input.question, input.video.title])).toEqual([['fr', 'What music fits?', video.title!]])
    const page = await readPage(res)
    const answer = page.document.querySelector('.answer .markdown')!
    expect(answer.textContent!.length).toBeGreaterThan(40)
    expect(answer.querySelector('script')).toBeNull()
    expect(answer.textContent).toContain('<script>alert(1337)</script>')
    expect([...answer.querySelectorAll('a')].map((link) => link.getAttribute('href'))).not.toContain('javascript:alert(1)')
    expect(page.html).not.toContain('<script>alert(1337)')
    expect(page.field('question')).toBe('What music fits?')
  })

  test('a suggestion button asks its own question', async () => {
    asked.length = 0
    const page = await readPage(await ada.page('/assistant'))
    const suggestion = page.document.querySelector('button[name="suggestion"]')!.getAttribute('value')!
    const res = await ada.form('/assistant', { videoId: video.id, question: '', suggestion })
    expect(res.status).toBe(200)
    expect(asked.map((input) => input.question)).toEqual([suggestion])
  })

  test('a question naming a scene offers to apply it there: a GET to the editor with that scene and the question', async () => {
    const res = await ada.form('/assistant', { videoId: video.id, question: 'Make scene 2 punchier' })
    const form = (await readPage(res)).document.querySelector('.answer form.apply-scene')!
    expect(form.getAttribute('method')).toBe('get')
    expect(form.getAttribute('action')).toBe(`/videos/${video.id}#editor`)
    const hidden = Object.fromEntries(
      [...form.querySelectorAll('input[type="hidden"]')].map((input) => [input.getAttribute('name'), input.getAttribute('value')]),
    )
    expect(hidden).toEqual({ rewrite: '2', instruction: 'Make scene 2 punchier' })
    // Ada reads French: the button speaks it.
    expect(form.querySelector('button')!.textContent).toBe('Appliquer à la scène 2')
    // The editor opens with that scene's rewrite box filled in.
    const editor = await ada.page(`/videos/${video.id}?rewrite=2&instruction=${encodeURIComponent('Make scene 2 punchier')}`)
    expect(await editor.text()).toContain('Make scene 2 punchier')
  })

  test('a question naming no scene, or one the video does not have, offers nothing to apply', async () => {
    for (const question of ['What music fits?', 'Make scene 42 punchier']) {
      const page = await readPage(await ada.form('/assistant', { videoId: video.id, question }))
      expect(page.document.querySelector('.answer')).not.toBeNull()
      expect(page.document.querySelector('form.apply-scene')).toBeNull()
    }
  })

  test('a question that is too short: 422 with what was typed kept, and the AI not asked', async () => {
    asked.length = 0
    const res = await ada.form('/assistant', { videoId: video.id, question: '?' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.field('question')).toBe('?')
    expect(page.text('#question-error')).not.toBe('')
    expect(asked).toHaveLength(0)
  })

  test('another person’s video, or none, is a 404 page and the AI is not asked', async () => {
    asked.length = 0
    expect((await bob.form('/assistant', { videoId: video.id, question: 'What music fits?' })).status).toBe(404)
    expect((await ada.form('/assistant', { videoId: 'AAAAAAAAAAAAAAAAAAAAAA', question: 'What music fits?' })).status).toBe(404)
    expect((await ada.form('/assistant', { question: 'What music fits?' })).status).toBe(404)
    expect(asked).toHaveLength(0)
  })

  test('a video id that cannot exist is a 404 without a lookup (no junk keys in the cache)', async () => {
    const entries = t.store.status().l1.entries
    for (const videoId of ['x', 'y'.repeat(5000), '../../etc/passwd']) {
      expect((await ada.form('/assistant', { videoId, question: 'What music fits?' })).status).toBe(404)
    }
    expect(t.store.status().l1.entries).toBe(entries)
  })

  test('needs the session’s form token', async () => {
    expect((await ada.form('/assistant', { videoId: video.id, question: 'What music fits?', _csrf: bob.csrfToken! })).status).toBe(403)
  })
})
