import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { type FakeOpenAiServer, startFakeEndpoint } from '../ai/openai/fake-server.ts'
import { createBrowser, createVideo, type Browser, waitForVideo } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'
import { closeImagePool } from '../uploads/index.ts'
import { solidPng } from '../uploads/testing/images.ts'

/**
 * IMAGE_PROVIDER=openai on the real wiring: each new video's scenes get a picture from the fake
 * endpoint on 127.0.0.1 (validated and stored like an upload), through the AI cache; a failing
 * endpoint leaves the posters and a ready video.
 */

let fake: FakeOpenAiServer
let failing = false
let t: TestApp
let ada: Browser

beforeAll(async () => {
  const b64 = Buffer.from(solidPng(64, 36, [20, 160, 90, 255])).toString('base64')
  fake = startFakeEndpoint('/v1/images/generations', () =>
    failing ? new Response('overloaded', { status: 503 }) : Response.json({ data: [{ b64_json: b64 }] }),
  )
  t = await createTestApp(
    {},
    { IMAGE_PROVIDER: 'openai', IMAGE_BASE_URL: fake.baseUrl, IMAGE_MODEL: 'fake-image', IMAGE_SIZE: '1536x1024' },
  )
  ada = createBrowser(t.app)
  await ada.signUp()
})
afterAll(async () => {
  closeImagePool()
  await t.close()
  await fake.stop()
})

type Scenes = { status?: string; scenes: { imageUrl: string | null; visual: string }[] }

/** The video once every scene has its picture: the worker attaches them after the save. */
const painted = async (id: string) => {
  let current: Scenes = { scenes: [] }
  await waitUntil(
    async () => {
      current = (await (await ada.json('GET', `/api/videos/${id}`)).json()) as Scenes
      return current.scenes.length > 0 && current.scenes.every((scene) => scene.imageUrl !== null)
    },
    { what: 'every scene has its picture', timeoutMs: 30_000 },
  )
  return current
}
const PROMPT = 'A film about a lighthouse keeper'

describe('AI pictures for new videos', () => {
  test('every scene gets a picture made from its description, served re-encoded to its owner', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 10, prompt: PROMPT })).id, 120_000)
    const current = await painted(video.id)
    const prompts = fake.requests.map((request) => (request.body as { prompt: string }).prompt)
    expect(prompts).toHaveLength(current.scenes.length)
    expect(prompts[0]).toContain(current.scenes[0]!.visual.trim())
    const image = await ada.request(current.scenes[0]!.imageUrl!)
    expect(image.headers.get('Content-Type')).toBe('image/jpeg')
  })

  test('the same descriptions again come from the AI cache: pictures, and no new request', async () => {
    const before = fake.requests.length
    const video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 10, prompt: PROMPT })).id, 120_000)
    await painted(video.id)
    expect(fake.requests.length).toBe(before)
  })

  test('a failing endpoint leaves the posters and a ready video, and says why in the log', async () => {
    const before = fake.requests.length
    const steps = () => t.logLines.filter((line) => line.msg === 'scene pictures').length
    const stepsBefore = steps()
    failing = true
    const { id } = await waitForVideo(
      ada,
      (await createVideo(ada, { durationSec: 10, prompt: 'A film about a bakery at night' })).id,
      120_000,
    )
    await waitUntil(() => steps() > stepsBefore, { what: 'the pictures step ended' })
    const video = (await (await ada.json('GET', `/api/videos/${id}`)).json()) as Scenes
    expect(video.status).toBe('ready')
    expect(video.scenes.every((scene) => scene.imageUrl === null)).toBe(true)
    expect(fake.requests.length).toBeGreaterThan(before)
    expect(t.logLines.some((line) => line.msg === 'scene picture failed')).toBe(true)
    failing = false
  })
})
