import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../../shared/languages.ts'
import { SOURCE_TEXT_LIMITS } from '../../shared/sources.ts'
import { messagesFor } from '../i18n/index.ts'
import { createBrowser, readPage, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** The home page's three ways in: the form as the server renders it, what it creates, and its refusals in every UI language. */

let t: TestApp
let ada: Browser
const people = new Map<string, Browser>()

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  await ada.signUp()
  for (const language of LANGUAGES) {
    const browser = createBrowser(t.app)
    await browser.signUp(undefined, undefined, language)
    people.set(language, browser)
  }
})
afterAll(() => t.close())

const base = { style: 'documentary', durationSec: '30', aspect: '16:9', language: 'en' }
const total = async () => ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
const idFrom = (location: string | null) => /^\/videos\/([\w-]+)$/.exec(location ?? '')?.[1]

describe('the create form', () => {
  test('offers an idea, a script and an article, the idea chosen; each has its fields and limits', async () => {
    const page = await readPage(await ada.page('/'))
    const radios = [...page.document.querySelectorAll('input[name="source"]')]
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['idea', 'script', 'article'])
    expect(page.document.querySelector('input[name="source"][checked]')?.getAttribute('value')).toBe('idea')
    expect(page.document.querySelector('.source-script textarea[name="scriptText"]')?.getAttribute('maxlength')).toBe(
      String(SOURCE_TEXT_LIMITS.script.max),
    )
    expect(page.document.querySelector('.source-article textarea[name="articleText"]')?.getAttribute('maxlength')).toBe(
      String(SOURCE_TEXT_LIMITS.article.max),
    )
    expect(page.document.querySelector('.source-article input[name="articleUrl"]')?.getAttribute('type')).toBe('url')
    // Hidden fields must not block a submit in another mode: the server checks what counts.
    expect(page.document.querySelector('textarea[name="prompt"]')?.hasAttribute('required')).toBe(false)
    // The length follows a script: the page says so, and the length field is the one hidden for a script.
    expect(page.text('#scriptText-hint')).toContain('the length below is not used')
    expect(page.document.querySelector('.source-timed rs-island[name="DurationPicker"]')).not.toBeNull()
  })

  test('a script creates a video said word for word; the prompt typed before switching is ignored', async () => {
    const script = 'The ferry leaves at noon. Bring a coat!\n\nThe island has one café.'
    const res = await ada.form('/videos', { ...base, source: 'script', prompt: 'an idea typed first', scriptText: script })
    expect(res.status).toBe(303)
    const video = await waitForVideo(ada, idFrom(res.headers.get('Location'))!, 90_000)
    expect(video.source).toEqual({ kind: 'script' })
    expect(video.prompt).toBe('The ferry leaves at noon')
    expect(video.scenes.map((scene) => scene.narration)).toEqual(['The ferry leaves at noon. Bring a coat!', 'The island has one café.'])
  }, 100_000)

  test('an article keeps its title and address; empty optional fields are left out', async () => {
    const article = 'Boats are back in the harbour. The market opens next week. The festival is in June.'
    const res = await ada.form('/videos', {
      ...base,
      source: 'article',
      articleText: article,
      articleTitle: 'Harbour news',
      articleUrl: '',
    })
    expect(res.status).toBe(303)
    const id = idFrom(res.headers.get('Location'))!
    const video = (await (await ada.json('GET', `/api/videos/${id}`)).json()) as VideoJson
    expect(video.source).toEqual({ kind: 'article', title: 'Harbour news' })
  })

  test('a script of exactly the limit, typed with line breaks (sent as CRLF), is accepted', async () => {
    const line = 'A line of the script.'
    const text = Array.from({ length: Math.floor(SOURCE_TEXT_LIMITS.script.max / (line.length + 1)) }, () => line).join('\r\n')
    const res = await ada.form('/videos', { ...base, source: 'script', scriptText: text })
    expect(res.status).toBe(303)
  })

  for (const language of LANGUAGES) {
    test(`${language}: refusals are in the page's language, shown beside the field, the mode and the text kept, nothing created`, async () => {
      const browser = people.get(language)!
      const t = messagesFor(language)
      const count = async () => ((await (await browser.json('GET', '/api/videos')).json()) as { total: number }).total
      const before = await count()
      const cases: [Record<string, string>, string, string][] = [
        [{ source: 'script', scriptText: '   ' }, 'scriptText', t.form.textErrors.empty],
        [{ source: 'script', scriptText: 'x. '.repeat(2000) }, 'scriptText', t.form.textErrors.tooLong(SOURCE_TEXT_LIMITS.script.max)],
        [{ source: 'article', articleText: '… — …' }, 'articleText', t.form.textErrors.noSentence],
        [{ source: 'article', articleText: 'Boats are back.', articleUrl: 'ftp://example.com' }, 'articleUrl', t.form.textErrors.badUrl],
        [{ source: 'idea', prompt: '' }, 'prompt', t.form.textErrors.promptRequired],
      ]
      for (const [fields, field, message] of cases) {
        const res = await browser.form('/videos', { ...base, language, ...fields })
        expect(res.status).toBe(422)
        const page = await readPage(res)
        expect(page.text(`#${field}-error`)).toBe(message)
        expect(page.document.querySelector('input[name="source"][checked]')?.getAttribute('value')).toBe(fields.source!)
        const typed = fields.scriptText ?? fields.articleText
        if (typed !== undefined) expect(page.field(field === 'articleUrl' ? 'articleText' : field)).toBe(typed)
      }
      expect(await count()).toBe(before)
    })
  }

  test('a draft carried through sign-up comes back in its mode with its text', async () => {
    const anon = createBrowser(t.app)
    const query = new URLSearchParams({
      source: 'article',
      articleText: 'Boats are back <b>today</b>.',
      articleTitle: 'Harbour',
      junk: 'x',
    })
    const page = await readPage(await anon.page(`/?${query}`))
    expect(page.document.querySelector('input[name="source"][checked]')?.getAttribute('value')).toBe('article')
    expect(page.field('articleText')).toBe('Boats are back <b>today</b>.')
    expect(page.html).not.toContain('<b>today</b>')
    expect(page.field('articleTitle')).toBe('Harbour')
    expect(await total()).toBeGreaterThanOrEqual(0)
  })
})
