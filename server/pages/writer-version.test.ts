import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, readPage, waitForVideo, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** What the built-in writer adds to the pages: another version of a video, placeholders, ideas it cannot write. */

let t: TestApp
let ada: Browser
let bob: Browser

beforeAll(async () => {
  t = await createTestApp()
  ;[ada, bob] = [createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp()
  await bob.signUp()
})
afterAll(() => t.close())

const idFrom = (location: string | null) => /^\/videos\/([\w-]+)$/.exec(location ?? '')?.[1]

describe('try another version', () => {
  test('the owner’s page posts the same request with a new seed; it becomes a new video, faithful, with another storyboard', async () => {
    const prompt = 'An ad for a solar kettle that boils a litre in 9 minutes using only sunlight, folds flat, costs 49 euros, for campers'
    const first = await waitForVideo(ada, (await createVideo(ada, { prompt, durationSec: 30 })).id, 60_000)
    const page = await readPage(await ada.page(`/videos/${first.id}`))
    const form = page.document.querySelector('form.another-version')
    expect(form?.getAttribute('action')).toBe('/videos')
    const fields = Object.fromEntries(
      [...(form?.querySelectorAll('input[type="hidden"]') ?? [])].map((input) => [
        input.getAttribute('name')!,
        input.getAttribute('value')!,
      ]),
    )
    expect(fields).toMatchObject({ prompt, durationSec: '30', language: 'en' })
    expect(Number(fields.seed)).toBeGreaterThan(0)

    const res = await ada.form('/videos', fields)
    expect(res.status).toBe(303)
    const id = idFrom(res.headers.get('Location'))!
    expect(id).not.toBe(first.id)
    const second = await waitForVideo(ada, id, 60_000)
    expect(second.status).toBe('ready')
    const text = (video: typeof first) =>
      video.scenes
        .map((scene) => `${scene.narration} ${scene.onScreenText}`)
        .join(' ')
        .toLowerCase()
    // Another version: other lines, order, shots or colours (the words alone may come out the same).
    const board = (video: typeof first) =>
      JSON.stringify(
        video.scenes.map(({ narration, onScreenText, visual, shot, palette }) => [narration, onScreenText, visual, shot, palette]),
      )
    expect(board(second)).not.toBe(board(first))
    for (const detail of ['solar kettle', '9 minutes', 'folds flat', '49 euros', 'campers']) expect(text(second)).toContain(detail)
  })

  test('only the owner sees the form', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada)).id, 60_000)
    await ada.form(`/videos/${video.id}/visibility`, { visibility: 'public' })
    const page = await readPage(await bob.page(`/videos/${video.id}`))
    expect(page.document.querySelector('form.another-version')).toBeNull()
  })

  test('a seed out of range is a 422 and creates nothing', async () => {
    const res = await ada.form('/videos', {
      prompt: 'A portrait of Lisbon',
      style: 'noir',
      durationSec: '30',
      aspect: '16:9',
      language: 'en',
      seed: '-4',
    })
    expect(res.status).toBe(422)
    const api = await ada.json('POST', '/api/videos', {
      prompt: 'A portrait of Lisbon',
      style: 'noir',
      durationSec: 30,
      aspect: '16:9',
      language: 'en',
      seed: 1.5,
    })
    expect(api.status).toBe(422)
  })
})

describe('what the writer cannot write', () => {
  test('a how-to without steps: the owner is told which scenes are placeholders and that an AI endpoint can write them', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'How to change a flat tyre on a bicycle' })).id, 60_000)
    expect(video.scenes.filter((scene) => /^\[.+\]$/.test(scene.narration)).length).toBe(3)
    const page = await readPage(await ada.page(`/videos/${video.id}`))
    expect(page.html).toContain('Some scenes are placeholders in [brackets]')
    expect(page.html).toContain('AI_PROVIDER=openai')
  })

  test('an idea in Japanese: the form comes back (422) with a notice in the page language, the idea kept, nothing created', async () => {
    const total = async () => ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
    const before = await total()
    const prompt = '灯台守が瓶の中の手紙を見つける物語'
    const res = await ada.form('/videos', { prompt, style: 'noir', durationSec: '30', aspect: '16:9', language: 'en' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.field('prompt')).toBe(prompt)
    expect(page.text('#prompt-error')).toContain('Japanese')
    expect(page.text('#prompt-error')).toContain('English, Spanish, French, German, Portuguese, or Italian')
    expect(await total()).toBe(before)
  })

  test('the API answers an idea in Arabic with a problem naming the prompt', async () => {
    const res = await ada.json('POST', '/api/videos', {
      prompt: 'إعلان لغلاية شمسية تغلي لترًا في 9 دقائق',
      style: 'noir',
      durationSec: 30,
      aspect: '16:9',
      language: 'en',
    })
    expect(res.status).toBe(422)
    expect(res.headers.get('Content-Type')).toContain('application/problem+json')
    const problem = (await res.json()) as { errors: Array<{ path: string; message: string }> }
    expect(problem.errors[0]).toMatchObject({ path: 'prompt', message: expect.stringContaining('Arabic') })
  })
})
