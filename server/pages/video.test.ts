import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { invalidateVideo } from '../services/videos.ts'
import { createBrowser, createVideo, readPage, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'

/** The create form (POST /videos), the video page and its owner's forms: publish, delete, retry. */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser

beforeAll(async () => {
  t = await createTestApp()
  ;[ada, bob, anon] = [createBrowser(t.app), createBrowser(t.app), createBrowser(t.app)]
  await ada.signUp()
  await bob.signUp()
})
afterAll(() => t.close())

const validForm = {
  prompt: 'A 30-second ad for a bicycle repair shop',
  style: 'playful',
  durationSec: '30',
  aspect: '16:9',
  language: 'en',
}
const idFrom = (location: string | null) => /^\/videos\/([\w-]+)$/.exec(location ?? '')?.[1]

describe('POST /videos (the create form)', () => {
  test('creates the video and redirects (303) to its page, which shows the progress while it is written', async () => {
    await t.worker.stop()
    try {
      const res = await ada.form('/videos', validForm)
      expect(res.status).toBe(303)
      const id = idFrom(res.headers.get('Location'))!
      expect(id).toBeDefined()
      const page = await readPage(await ada.page(`/videos/${id}`))
      expect(page.document.querySelector('rs-island[name="GenerationProgress"]')).not.toBeNull()
      expect(page.html).toContain(id)
    } finally {
      t.worker.start()
    }
  })

  test('invalid input: 422, the form again with everything typed kept and each error shown; nothing created', async () => {
    const before = ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
    const typed = { prompt: 'ab', style: 'noir', durationSec: '5', aspect: '9:16', language: 'fr' }
    const res = await ada.form('/videos', typed)
    expect(res.status).toBe(422)
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(res)
    expect(page.field('prompt')).toBe('ab')
    expect(page.document.querySelector('select[name="style"] option[selected]')?.getAttribute('value')).toBe('noir')
    expect(page.document.querySelector('select[name="language"] option[selected]')?.getAttribute('value')).toBe('fr')
    expect(page.document.querySelector('input[name="aspect"][checked]')?.getAttribute('value')).toBe('9:16')
    expect(page.text('#prompt-error')).not.toBe('')
    expect(page.document.querySelector('#prompt')?.getAttribute('aria-invalid')).toBe('true')
    expect(page.text('.field .error, .error')).not.toBe('')
    expect(page.html).toContain('Please fix the fields below.')
    expect(((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total).toBe(before)
  })

  test('an idempotency key follows the same rule as the API: the same form twice is one video; with other content, a 422 with the values kept and a fresh key', async () => {
    const total = async () => ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
    const form = { ...validForm, idempotencyKey: `form-${crypto.randomUUID()}` }
    const first = await ada.form('/videos', form)
    const before = await total()
    const again = await ada.form('/videos', form)
    expect([again.status, again.headers.get('Location')]).toEqual([303, first.headers.get('Location')])
    const edited = await ada.form('/videos', { ...form, prompt: 'A 30-second ad for a bakery that opens at 6 am' })
    expect(edited.status).toBe(422)
    const page = await readPage(edited)
    expect(page.html).toContain('This form already created a video.')
    expect(page.field('prompt')).toBe('A 30-second ad for a bakery that opens at 6 am')
    const freshKey = page.document.querySelector('input[name="idempotencyKey"]')?.getAttribute('value')
    expect(freshKey).toBeString()
    expect(freshKey).not.toBe(form.idempotencyKey)
    expect(await total()).toBe(before)
    const api = await ada.json(
      'POST',
      '/api/videos',
      { ...validForm, durationSec: 30, prompt: 'Another prompt entirely' },
      { headers: { 'Idempotency-Key': form.idempotencyKey } },
    )
    expect(api.status).toBe(422)
  })

  test('a malformed idempotency key is refused as the API refuses it (422), not dropped: values kept, a fresh key, nothing created', async () => {
    const total = async () => ((await (await ada.json('GET', '/api/videos')).json()) as { total: number }).total
    const before = await total()
    const res = await ada.form('/videos', { ...validForm, idempotencyKey: 'bad key' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.field('prompt')).toBe(validForm.prompt)
    expect(page.document.querySelector('input[name="idempotencyKey"]')?.getAttribute('value')).toMatch(/^[\w.:-]{8,128}$/)
    expect(await total()).toBe(before)
    const api = await ada.json('POST', '/api/videos', { ...validForm, durationSec: 30 }, { headers: { 'Idempotency-Key': 'bad key' } })
    expect(api.status).toBe(422)
    expect(await total()).toBe(before)
  })

  test('a prompt with markup comes back escaped in the 422 form', async () => {
    const res = await ada.form('/videos', { ...validForm, durationSec: '999', prompt: '</textarea><script>alert(1)</script>' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.html).not.toContain('<script>alert(1)</script>')
    expect(page.field('prompt')).toBe('</textarea><script>alert(1)</script>')
  })

  test('without the session’s form token it is 403; anonymous people are sent to sign in', async () => {
    expect((await ada.form('/videos', { ...validForm, _csrf: bob.csrfToken! })).status).toBe(403)
    const visitor = createBrowser(t.app)
    await visitor.page('/login')
    const res = await visitor.form('/videos', validForm)
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/login?next=%2Fvideos'])
  })
})

describe('GET /videos/:id', () => {
  let video: VideoJson
  beforeAll(async () => {
    video = await waitForVideo(ada, (await createVideo(ada, { prompt: '<script>alert(1)</script> a bicycle shop & "friends"' })).id)
  })

  test('the owner sees the player, the script and every scene, with lazy posters of fixed size', async () => {
    const res = await ada.page(`/videos/${video.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('private, no-cache')
    const page = await readPage(res)
    expect(page.document.querySelector('rs-island[name="Player"]')?.getAttribute('hydrate')).toBe('visible')
    const images = [...page.document.querySelectorAll('.scene-list img')]
    expect(images).toHaveLength(video.scenes.length)
    for (const [index, img] of images.entries()) {
      expect(img.getAttribute('src')).toBe(video.scenes[index]!.posterUrl)
      expect([img.getAttribute('loading'), img.getAttribute('decoding')]).toEqual(['lazy', 'async'])
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0)
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0)
    }
    expect(page.document.querySelector(`form[action="/videos/${video.id}/visibility"]`)).not.toBeNull()
  })

  test('a prompt with markup is escaped everywhere on the page, including island props', async () => {
    await t.worker.stop()
    try {
      const queued = await createVideo(ada, { prompt: '<script>alert(1)</script> a bicycle shop & "friends"' })
      const page = await readPage(await ada.page(`/videos/${queued.id}`))
      // While it is written, the prompt is the heading.
      expect(page.text('h1')).toBe('<script>alert(1)</script> a bicycle shop & "friends"')
      expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(page.html).not.toContain('<script>alert(1)')
    } finally {
      t.worker.start()
    }
    const ready = await ada.page(`/videos/${video.id}`)
    const html = await ready.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toMatch(/<\/script>[^<]*alert/)
  })

  test('a private video is a 404 page for another person and for anonymous, like an unknown id', async () => {
    for (const browser of [bob, anon]) {
      const res = await browser.page(`/videos/${video.id}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).not.toContain(video.title!)
    }
    expect((await ada.page('/videos/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await ada.page('/videos/x')).status).toBe(404)
  })

  test('anonymous pages are shared-cacheable (no-cache), signed-in pages private', async () => {
    await ada.form(`/videos/${video.id}/visibility`, { visibility: 'public' })
    const res = await anon.page(`/videos/${video.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    expect(res.headers.getSetCookie()).toEqual([])
    const page = await readPage(res)
    // Visitors see the video but none of the owner's controls.
    expect(page.document.querySelector('.owner-actions')).toBeNull()
    expect((await bob.page(`/videos/${video.id}`)).headers.get('Cache-Control')).toBe('private, no-cache')
    await ada.form(`/videos/${video.id}/visibility`, { visibility: 'private' })
  })
})

describe('the owner’s forms', () => {
  test('publish and unpublish: 303 back to the video; the gallery follows at once', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'A film about harbour cranes' })).id)
    const publish = await ada.form(`/videos/${video.id}/visibility`, { visibility: 'public' })
    expect([publish.status, publish.headers.get('Location')]).toEqual([303, `/videos/${video.id}`])
    expect(await (await anon.page('/gallery')).text()).toContain(`/videos/${video.id}`)
    expect((await anon.page(`/videos/${video.id}`)).status).toBe(200)

    await ada.form(`/videos/${video.id}/visibility`, { visibility: 'private' })
    expect(await (await anon.page('/gallery')).text()).not.toContain(`/videos/${video.id}`)
    expect((await anon.page(`/videos/${video.id}`)).status).toBe(404)
  })

  test('another person’s forms on my video are 404 and change nothing; a bad visibility value is 422', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Mine, not Bob’s' })).id)
    expect((await bob.form(`/videos/${video.id}/visibility`, { visibility: 'public' })).status).toBe(404)
    expect((await bob.form(`/videos/${video.id}/delete`, {})).status).toBe(404)
    const bad = await ada.form(`/videos/${video.id}/visibility`, { visibility: 'everyone' })
    expect([bad.status, bad.headers.get('Content-Type')]).toEqual([422, 'text/html; charset=utf-8'])
    expect((await readPage(bad)).text('h1')).toBe('Invalid request')
    const still = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    expect(still.visibility).toBe('private')
    // Anonymous is sent to sign in (after the form token check).
    const visitor = createBrowser(t.app)
    await visitor.page('/login')
    const res = await visitor.form(`/videos/${video.id}/delete`, {})
    expect([res.status, res.headers.get('Location')]).toEqual([303, `/login?next=${encodeURIComponent(`/videos/${video.id}/delete`)}`])
  })

  test('delete: 303 to my videos; the page is a 404 at once and the list no longer has it', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Short-lived' })).id)
    expect((await ada.page(`/videos/${video.id}`)).status).toBe(200)
    expect(await (await ada.page('/videos')).text()).toContain(`/videos/${video.id}`)
    const res = await ada.form(`/videos/${video.id}/delete`, {})
    expect([res.status, res.headers.get('Location')]).toEqual([303, '/videos'])
    expect((await ada.page(`/videos/${video.id}`)).status).toBe(404)
    expect(await (await ada.page('/videos')).text()).not.toContain(`/videos/${video.id}`)
    expect((await ada.form(`/videos/${video.id}/delete`, {})).status).toBe(404)
  })

  test('retry: a failed video shows its reason and a retry button; retrying queues it and it gets written', async () => {
    let id = ''
    await t.worker.stop()
    try {
      id = (await createVideo(ada, { prompt: 'Fails first, then works' })).id
      const job = (await t.repos.jobs.findLatestForVideo(id))!
      await t.repos.jobs.fail(job.id, 'upstream')
      await invalidateVideo(t.store, { id, userId: ada.user.id })
      const page = await readPage(await ada.page(`/videos/${id}`))
      expect(page.text('.notice-error')).toContain('The writing service could not be reached or refused the request.')
      expect(page.document.querySelector(`form[action="/videos/${id}/retry"]`)).not.toBeNull()
      expect((await readPage(await bob.page(`/videos/${id}`))).document.querySelector(`form[action="/videos/${id}/retry"]`)).toBeNull()
      expect((await bob.form(`/videos/${id}/retry`, {})).status).toBe(404)

      const res = await ada.form(`/videos/${id}/retry`, {})
      expect([res.status, res.headers.get('Location')]).toEqual([303, `/videos/${id}`])
      // A second click (the page was not reloaded) just goes back to the video: it is queued already.
      const again = await ada.form(`/videos/${id}/retry`, {})
      expect([again.status, again.headers.get('Location')]).toEqual([303, `/videos/${id}`])
    } finally {
      t.worker.start()
    }
    expect((await waitForVideo(ada, id)).status).toBe('ready')
  })

  test('a failure is shown in the person’s words; a row from before failure codes shows a generic message, never its raw text', async () => {
    await t.worker.stop()
    try {
      const id = (await createVideo(ada, { prompt: 'Fails with an old-style message' })).id
      const job = (await t.repos.jobs.findLatestForVideo(id))!
      await t.repos.jobs.fail(job.id, 'The AI endpoint at http://10.9.8.7:11434 answered 502: Unexpected token < in JSON')
      await invalidateVideo(t.store, { id, userId: ada.user.id })
      const english = await readPage(await ada.page(`/videos/${id}`))
      expect(english.text('.notice-error')).toContain('Something went wrong while writing the video.')
      expect(english.html).not.toContain('10.9.8.7')
      expect(english.html).not.toContain('Unexpected token')

      const timedOut = (await createVideo(ada, { prompt: 'Fails with a timeout' })).id
      await t.repos.jobs.fail((await t.repos.jobs.findLatestForVideo(timedOut))!.id, 'timeout')
      await invalidateVideo(t.store, { id: timedOut, userId: ada.user.id })
      const page = await readPage(await ada.page(`/videos/${timedOut}`))
      expect(page.text('.notice-error')).toContain('The writer took too long to answer.')
      // In the person's chosen language, the progress island's labels included.
      for (const [lang, words] of [
        ['es', 'El redactor tardó demasiado en responder.'],
        ['de', 'Der Texter hat zu lange für die Antwort gebraucht.'],
      ] as const) {
        expect((await ada.form('/account/language', { language: lang })).status).toBe(303)
        const translated = await readPage(await ada.page(`/videos/${timedOut}`))
        expect(translated.text('.notice-error')).toContain(words)
      }
    } finally {
      await ada.form('/account/language', { language: 'en' })
      t.worker.start()
    }
  })
})

describe('narration on the page', () => {
  test('the player gets sentences with their clips and the captions; a failed scene shows why, with a retry form for the owner only', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 15, aspect: '4:5' })).id, 120_000)
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })).status).toBe(200)
    const page = await readPage(await ada.page(`/videos/${video.id}`))
    const props = JSON.parse(page.document.querySelector('rs-island[name="Player"]')!.getAttribute('props')!) as {
      aspect: string
      captionsUrl: string
      scenes: {
        narrationStatus: string
        sentences: { audioUrl: string | null; startSec: number; endSec: number }[]
        posterUrl: string
        posterWidth: number
        posterHeight: number
      }[]
    }
    expect(props.aspect).toBe('4:5')
    // The canvas pans and zooms the poster's picture alone and draws the texts itself.
    expect(props.captionsUrl).toBe(`/api/videos/${video.id}/captions.vtt`)
    expect(props.scenes[0]).toMatchObject({ narrationStatus: 'ready', posterWidth: 1080, posterHeight: 1350 })
    expect(props.scenes[0]!.sentences[0]!.audioUrl).toMatch(/^\/audio\/[\w-]+\.wav$/)

    // The player speaks the visitor's language: its texts travel in its props, counted phrases as plural templates.
    for (const [lang, play, scenes] of [
      ['en', 'Play', { one: '{count} scene', other: '{count} scenes' }],
      ['de', 'Abspielen', { one: '{count} Szene', other: '{count} Szenen' }],
    ] as const) {
      const visitor = await readPage(await anon.page(`/videos/${video.id}`, { headers: { 'Accept-Language': lang } }))
      const island = JSON.parse(visitor.document.querySelector('rs-island[name="Player"]')!.getAttribute('props')!) as {
        uiLanguage: string
        messages: { play: string; scenes: Record<string, string> }
      }
      expect(island.uiLanguage).toBe(lang)
      expect(island.messages.play).toBe(play)
      expect(island.messages.scenes).toEqual(scenes)
      expect(visitor.document.querySelector('.player-play')!.getAttribute('aria-label')).toBe(play)
    }

    const scene = (await t.repos.videos.listScenes(video.id))[0]!
    await t.repos.videos.setSceneNarration(video.id, 0, {
      sentences: [],
      narrationStatus: 'failed',
      narrationError: 'Made before narration existed.',
    })
    await invalidateVideo(t.store, { id: video.id, userId: ada.user.id })
    const action = `/videos/${video.id}/scenes/0/narration`
    const owner = await readPage(await ada.page(`/videos/${video.id}`))
    expect(owner.text('#scene-1 .narration-failed')).toContain('Made before narration existed.')
    expect(owner.document.querySelector(`form[action="${action}"]`)).not.toBeNull()
    const visitor = await readPage(await anon.page(`/videos/${video.id}`))
    expect(visitor.text('#scene-1 .narration-failed')).toContain('Narration failed')
    expect(visitor.document.querySelector(`form[action="${action}"]`)).toBeNull()
    expect((await bob.form(action, {})).status).toBe(404)
    expect((await ada.form(`/videos/${video.id}/scenes/x/narration`, {})).status).toBe(404)

    const res = await ada.form(action, {})
    expect([res.status, res.headers.get('Location')]).toEqual([303, `/videos/${video.id}#scene-1`])
    const fixed = (await t.repos.videos.listScenes(video.id))[0]!
    expect(fixed).toMatchObject({ narrationStatus: 'ready', durationSec: scene.durationSec })
    expect(fixed.sentences.map((sentence) => sentence.text)).toEqual(scene.sentences.map((sentence) => sentence.text))
    expect((await readPage(await ada.page(`/videos/${video.id}`))).document.querySelector('#scene-1 .narration-failed')).toBeNull()
  })

  test('the create form: presets, any length in seconds, the Shorts switch and 4:5; a Short over 60 s is a 422 naming the length', async () => {
    const home = await readPage(await ada.page('/'))
    expect(home.document.querySelector('input[name="aspect"][value="4:5"]')).not.toBeNull()
    const picker = home.document.querySelector('rs-island[name="DurationPicker"]')!
    expect(picker.querySelector('input[type="number"][name="durationSec"][min="5"][max="600"]')).not.toBeNull()
    expect(picker.querySelector('input[type="checkbox"][name="shorts"]')).not.toBeNull()
    expect([...picker.querySelectorAll('.chips button')].map((button) => button.textContent?.trim())).toEqual([
      '15 s',
      '30 s',
      '60 s',
      '90 s',
    ])

    const res = await ada.form('/videos', { ...validForm, durationSec: '90', shorts: 'on' })
    expect(res.status).toBe(422)
    const page = await readPage(res)
    expect(page.text('.error')).toContain('60')
    expect(page.document.querySelector('input[name="shorts"]')?.hasAttribute('checked')).toBe(true)

    await t.worker.stop()
    try {
      const created = await ada.form('/videos', { ...validForm, durationSec: '45', shorts: 'on', aspect: '4:5' })
      expect(created.status).toBe(303)
      const id = idFrom(created.headers.get('Location'))!
      expect(await t.repos.videos.findById(id)).toMatchObject({ durationSec: 45, shorts: true, aspect: '4:5' })
    } finally {
      t.worker.start()
    }
  })
})

describe('the video page for link previews and languages', () => {
  test('a public video has Open Graph tags with absolute URLs; a private one has none; its words carry its own language', async () => {
    const own = await createTestApp()
    try {
      const ada = createBrowser(own.app)
      await ada.signUp()
      const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Une boulangerie qui ouvre à 6 heures', language: 'fr' })).id)
      const privatePage = await readPage(await ada.request(`/videos/${video.id}`))
      expect(privatePage.document.querySelector('meta[property^="og:"]')).toBeNull()
      expect(privatePage.document.querySelector('article.video-page')?.getAttribute('lang')).toBe('fr')
      expect((await ada.form(`/videos/${video.id}/visibility`, { visibility: 'public' })).status).toBe(303)
      const page = await readPage(await createBrowser(own.app).request(`/videos/${video.id}`))
      const og = (name: string) => page.document.querySelector(`meta[property="og:${name}"]`)?.getAttribute('content')
      expect(og('type')).toBe('video.other')
      expect(og('title')).toBe(video.title!)
      expect(og('url')).toBe(`http://localhost/videos/${video.id}`)
      expect(og('image')).toBe(`http://localhost${video.scenes[0]!.posterUrl}`)
    } finally {
      await own.close()
    }
  })
})
