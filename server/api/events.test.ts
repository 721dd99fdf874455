import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createApp } from '../app.tsx'
import { ProgressBus, type ProgressEvent } from '../jobs/progress.ts'
import { invalidateVideo } from '../services/videos.ts'
import { createBrowser, createVideo, readSse, waitForVideo, type Browser, type SseMessage } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'

/**
 * GET /api/videos/:id/events, read over a real socket with fetch and a stream reader, as the
 * page's progress island reads it. The worker is paused where a test needs to see the first step.
 */

let t: TestApp
let server: ReturnType<typeof Bun.serve>
let ada: Browser
let bob: Browser
let anon: Browser

beforeAll(async () => {
  t = await createTestApp()
  server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: (request) => t.app.fetch(request) })
  const send = (request: Request) => fetch(request)
  const origin = `http://127.0.0.1:${server.port}`
  ;[ada, bob, anon] = [createBrowser(send, { origin }), createBrowser(send, { origin }), createBrowser(send, { origin })]
  await ada.signUp()
  await bob.signUp()
})
afterAll(async () => {
  await server.stop(true)
  await t.close()
})

const events = (browser: Browser, id: string) => browser.request(`/api/videos/${id}/events`, { headers: { Accept: 'text/event-stream' } })
const progressOf = (messages: SseMessage[]) => messages.map((message) => JSON.parse(message.data) as ProgressEvent)
const isEnd = (message: SseMessage) => /"status":"(done|failed)"/.test(message.data)

/** Runs `body` with the worker paused (no job may be running on entry). */
const withWorkerStopped = async (body: () => Promise<void>) => {
  await t.worker.stop()
  try {
    await body()
  } finally {
    t.worker.start()
  }
}

describe('following a generation', () => {
  test('sees queued, script, each scene written, narration of scene i of n (every i, in order), posters, done; then the stream closes', async () => {
    let messages: SseMessage[] = []
    let ended = false
    await withWorkerStopped(async () => {
      const video = await createVideo(ada, { durationSec: 24 })
      const res = await events(ada, video.id)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toStartWith('text/event-stream')
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      // The first event is the stored state: queued, since no worker runs.
      const first = await readSse(res.clone(), { until: () => true, timeoutMs: 10_000 })
      expect(progressOf(first.messages).map((event) => event.step)).toEqual(['queued'])
      t.worker.start()
      ;({ messages, ended } = await readSse(res, { timeoutMs: 120_000 }))
      await t.worker.stop()
    })

    expect(ended).toBe(true)
    expect(messages.every((message) => message.event === 'progress')).toBe(true)
    expect(messages.map((message) => Number(message.id))).toEqual(messages.map((_, index) => index + 1))
    const progress = progressOf(messages)
    const steps = progress.map((event) => event.step)
    const total = progress.find((event) => event.scene)!.scene!.total
    expect(total).toBeGreaterThanOrEqual(4)
    // One pass over the scenes, or two when the speech ran long and was spoken again faster.
    const passes = progress.filter((event) => event.step === 'narration').length / total
    expect([1, 2]).toContain(passes)
    // The built-in writer hands every scene over at once: each is announced (and queued for narration) before the narration step.
    expect(steps).toEqual([
      'queued',
      'script',
      ...Array<'scene-written'>(total).fill('scene-written'),
      ...Array<'narration'>(total * passes).fill('narration'),
      'posters',
      'done',
    ])
    const written = progress.filter((event) => event.step === 'scene-written')
    expect(written.map((event) => [event.sceneIndex, event.label, event.narration!.length])).toEqual(
      Array.from({ length: total }, (_, i) => [i + 1, `Scene ${i + 1} written`, i + 1]),
    )
    const onePass = Array.from({ length: total }, (_, i) => [i + 1, `Narrating scene ${i + 1} of ${total}`])
    expect(progress.filter((event) => event.scene).map((event) => [event.scene!.index, event.label])).toEqual(
      passes === 1 ? onePass : [...onePass, ...onePass],
    )
    // Each narration event lists every scene; the scenes before the current one are done.
    for (const event of progress.filter((each) => each.step === 'narration')) {
      expect(event.narration).toHaveLength(total)
      expect(event.narration!.slice(0, event.scene!.index - 1).every((status) => status === 'ready')).toBe(true)
    }
    const fractions = progress.map((event) => event.progress)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)).toBe(1)
  })

  test('reconnecting after the end gets `done` at once, and the stream closes', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Done before anyone watched' })).id)
    // "At once": the server ends the stream itself after one event (readSse would otherwise hit
    // its bound and throw), so no duration needs measuring.
    const { messages, ended } = await readSse(await events(ada, video.id))
    expect(ended).toBe(true)
    expect(progressOf(messages).map((event) => [event.status, event.step, event.progress])).toEqual([['done', 'done', 1]])
  })

  test('reconnecting mid-way resumes from the job’s stored step, then follows the worker to the end', async () => {
    await withWorkerStopped(async () => {
      const video = await createVideo(ada, { prompt: 'Interrupted and resumed', durationSec: 30 })
      // What a worker on another replica had reached when this page lost its connection.
      const job = (await t.repos.jobs.claimNext())!
      expect(job.videoId).toBe(video.id)
      await t.repos.jobs.updateProgress(job.id, 'scene:3/7', 0.5)
      const { messages } = await readSse(await events(ada, video.id), { until: () => true, timeoutMs: 10_000 })
      expect(progressOf(messages)).toMatchObject([
        { status: 'running', step: 'scene', scene: { index: 3, total: 7 }, label: 'Scene 3 of 7', progress: 0.5 },
      ])

      // That worker then fails the job: a reconnecting page is told why, and the stream ends.
      await t.repos.jobs.fail(job.id, 'timeout')
      await invalidateVideo(t.store, { id: video.id, userId: ada.user.id })
      const failed = await readSse(await events(ada, video.id))
      expect(failed.ended).toBe(true)
      expect(progressOf(failed.messages)).toMatchObject([
        { status: 'failed', step: 'failed', failure: 'timeout', error: 'The writer took too long to answer. Try again in a moment.' },
      ])
    })
  })
})

describe('who may follow', () => {
  test('a private video’s stream is 404 for another person and for anonymous; a public one is open to all', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Watched by the right people only' })).id)
    for (const browser of [bob, anon]) {
      const res = await events(browser, video.id)
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    }
    await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })
    const { messages } = await readSse(await events(anon, video.id), { until: isEnd })
    expect(progressOf(messages).map((event) => event.status)).toEqual(['done'])
  })

  test('unknown and impossible ids are 404', async () => {
    expect((await events(ada, 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await events(ada, 'x')).status).toBe(404)
  })

  test('a deleted video’s stream is 404 at once', async () => {
    const video = await waitForVideo(ada, (await createVideo(ada, { prompt: 'Gone soon' })).id)
    await readSse(await events(ada, video.id))
    expect((await ada.json('DELETE', `/api/videos/${video.id}`)).status).toBe(204)
    expect((await events(ada, video.id)).status).toBe(404)
  })
})

describe('streams that are left', () => {
  test('a client that goes away unsubscribes (nothing keeps listening for it)', async () => {
    await withWorkerStopped(async () => {
      const video = await createVideo(ada, { prompt: 'Abandoned halfway' })
      const controller = new AbortController()
      const res = await ada.request(`/api/videos/${video.id}/events`, { signal: controller.signal })
      await readSse(res.clone(), { until: () => true })
      expect(t.bus.watchedVideos).toBe(1)
      controller.abort()
      await res.body?.cancel().catch(() => {})
      await waitUntil(() => t.bus.watchedVideos === 0, { what: 'no video watched' })
      expect(t.bus.watchedVideos).toBe(0)
    })
  })
})

describe('a lost progress message', () => {
  test('costs seconds, not the stream: with no event for a while the stream re-reads the stored progress', async () => {
    // The app listens on a bus the worker never publishes to: every message is "lost between replicas".
    const quiet = await createTestApp()
    const app = createApp({ ...quiet.deps, bus: new ProgressBus() })
    const quietServer = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: (request) => app.fetch(request) })
    try {
      const origin = `http://127.0.0.1:${quietServer.port}`
      const carol = createBrowser((request) => fetch(request), { origin })
      await carol.signUp()
      const video = await createVideo(carol, { durationSec: 15 })
      const res = await events(carol, video.id)
      const { messages } = await readSse(res, { until: isEnd, timeoutMs: 60_000 })
      const steps = progressOf(messages).map((event) => event.status)
      // Nothing reached the stream through the bus, yet it saw the end and closed.
      expect(steps.at(-1)).toBe('done')
    } finally {
      await quietServer.stop(true)
      await quiet.close()
    }
  })
})
