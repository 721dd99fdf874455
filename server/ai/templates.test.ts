import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { sceneBeats, TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../shared/templates.ts'
import { targetSceneCount } from '../../shared/scene-count.ts'
import { messagesFor } from '../i18n/index.ts'
import { parseCreateForm, withTemplate } from '../pages/create-form.ts'
import { createBrowser, createVideo, waitForVideo, type Browser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { IDEA_KINDS } from './local/writer/kinds.ts'
import { readIdea, writeStoryboard } from './local/writer/write.ts'
import { composeStoryboard } from './local/writer/compose.ts'
import { PHRASE_BOOKS } from './local/writer/phrases/index.ts'
import { storyboardMessages } from './openai/prompts.ts'
import { aiRequestKey } from './request-key.ts'

/** Templates: the presets they fill in, the beats the writers follow, and a video made from each. */

const IDEA = 'Sourdough bread from a small bakery in Lyon'
const t = messagesFor('en')

/** The create request a person sends after choosing `template` and typing the idea, changing nothing else. */
const requestFrom = (template: TemplateId) => {
  const parsed = parseCreateForm({ ...withTemplate({ template }), prompt: IDEA, language: 'en' }, t)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return { ...parsed.request, prompt: IDEA }
}

describe('every template', () => {
  test('at least the six starting points the issue names, each with a name and beats in every UI language', () => {
    expect(TEMPLATE_IDS).toEqual(expect.arrayContaining(['product-ad', 'explainer', 'story', 'tutorial', 'social-short', 'announcement']))
    for (const language of ['en', 'es', 'fr', 'de', 'pt', 'it'] as const) {
      const messages = messagesFor(language)
      for (const id of TEMPLATE_IDS) {
        expect(messages.templates.names[id]).toBeTruthy()
        for (const beat of TEMPLATES[id].beats) expect(messages.templates.beats[beat]).toBeTruthy()
      }
    }
    for (const id of TEMPLATE_IDS) {
      const kind = TEMPLATES[id].writerKind
      if (kind !== null) expect(IDEA_KINDS).toContain(kind)
    }
  })

  test.each(TEMPLATE_IDS)('%s presets style, length, aspect and Shorts; what the person set stays', (id) => {
    const preset = TEMPLATES[id]
    expect(requestFrom(id)).toMatchObject({
      template: id,
      style: preset.style,
      durationSec: preset.durationSec,
      aspect: preset.aspect,
      shorts: preset.shorts,
    })
    expect(withTemplate({ template: id, durationSec: '15', aspect: '1:1' })).toMatchObject({ durationSec: '15', aspect: '1:1' })
  })

  test.each(TEMPLATE_IDS)('%s: the built-in writer writes its length in its structure', (id) => {
    const request = requestFrom(id)
    const storyboard = writeStoryboard(request)
    expect(storyboard.scenes).toHaveLength(sceneBeats(id, request.durationSec).length)
    expect(storyboard.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBe(request.durationSec)
    // The template's kind of video, not the one read from the idea (which names no kind: a portrait).
    const idea = readIdea(IDEA, 'en')
    const kind = TEMPLATES[id].writerKind ?? idea.kind
    expect(storyboard).toEqual(composeStoryboard({ ...idea, kind }, PHRASE_BOOKS.en, request))
    if (kind !== idea.kind) expect(storyboard).not.toEqual(writeStoryboard({ ...request, template: undefined }))
  })

  test.each(TEMPLATE_IDS)('%s: a model is told each scene’s beat, in order, and the template is in the AI cache key', (id) => {
    const request = requestFrom(id)
    const system = storyboardMessages(request)[0]!.content
    for (const [index, beat] of sceneBeats(id, request.durationSec).entries()) expect(system).toContain(`Scene ${index + 1} (${beat}):`)
    const provider = { name: 'openai' as const, model: 'm' }
    expect(aiRequestKey(provider, { kind: 'storyboard', request })).not.toBe(
      aiRequestKey(provider, { kind: 'storyboard', request: { ...request, template: undefined } }),
    )
  })
})

describe('scene beats', () => {
  test('open on the first beat and close on the last, as many as the length has scenes', () => {
    for (const id of TEMPLATE_IDS) {
      const beats = TEMPLATES[id].beats
      for (const durationSec of [5, 15, 30, 60, 180]) {
        const plan = sceneBeats(id, durationSec)
        expect(plan).toHaveLength(targetSceneCount(durationSec))
        expect(plan[0]).toBe(beats[0])
        if (plan.length > 1) expect(plan.at(-1)).toBe(beats.at(-1))
      }
    }
    // A long explainer dwells on its points; a product ad of its own length plays every beat once.
    expect(sceneBeats('product-ad', 30)).toEqual([...TEMPLATES['product-ad'].beats])
  })
})

describe('a video made from a template', () => {
  let app: TestApp
  let ada: Browser
  beforeAll(async () => {
    app = await createTestApp()
    ada = createBrowser(app.app)
    await ada.signUp()
  })
  afterAll(() => app.close())

  test('keeps its template, and its storyboard has the template’s length, aspect and scene count', async () => {
    const request = requestFrom('social-short')
    const video = await waitForVideo(ada, (await createVideo(ada, request)).id)
    expect(video).toMatchObject({ template: 'social-short', aspect: '9:16', shorts: true, durationSec: 20 })
    expect(video.scenes).toHaveLength(sceneBeats('social-short', 20).length)
    expect(video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)).toBeCloseTo(20, 0)
  })

  test('an unknown template is a 422 naming it', async () => {
    const res = await ada.json('POST', '/api/videos', { ...requestFrom('story'), template: 'horror' })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((error) => error.path)).toContain('template')
  })

  test('the create form offers every template as a link, and ?template= fills it in', async () => {
    const home = await (await ada.page('/')).text()
    for (const id of TEMPLATE_IDS) expect(home).toContain(`href="/?template=${id}"`)
    const chosen = await (await ada.page('/?template=tutorial')).text()
    expect(chosen).toContain('name="template" value="tutorial"')
    expect(chosen).toMatch(/<option value="minimal" selected/)
    expect(chosen).toContain(
      `${t.templates.beatsLabel}: ${sceneBeats('tutorial', 60)
        .map((beat) => t.templates.beats[beat])
        .join(' · ')}`,
    )
  })
})
