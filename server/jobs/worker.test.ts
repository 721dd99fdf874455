import { afterAll, afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AiError, type AiProvider } from '../ai/provider.ts'
import { createLocalProvider } from '../ai/local/provider.ts'
import type { VideoRequest } from '../ai/storyboard.ts'
import { createRepositories, openDatabase, type Database, type Repositories } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { waitUntil } from '../testing/wait.ts'
import { ProgressBus, type ProgressEvent } from './progress.ts'
import { eventFromJob } from './steps.ts'
import { GenerationWorker, type CachedAiCall } from './worker.ts'

const request: VideoRequest = { prompt: 'A 30-second ad for a bicycle repair shop, warm and funny', style: 'playful', durationSec: 30, aspect: '16:9', language: 'en' }

let dir: string
let db: Database
let repos: Repositories
let bus: ProgressBus
let worker: GenerationWorker | undefined
let userId: string
const memo = new Map<string, unknown>()
/** A plain Map stands in for the AI cache preset here; the cache has its own tests. */
const cachedAi: CachedAiCall = async (key, origin) => {
  if (memo.has(key)) return { value: memo.get(key) as never, cached: true }
  const value = await origin()
  memo.set(key, value)
  return { value, cached: false }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelsmith-worker-'))
  db = await openDatabase({ dataDir: dir, logger: silentLogger })
  repos = createRepositories(db)
  bus = new ProgressBus()
  memo.clear()
  userId = (await repos.users.create({ email: 'ada@example.com', passwordHash: 'x', language: 'en' }))!.id
})
afterEach(async () => {
  await worker?.stop()
  worker = undefined
  await db.close()
  await rm(dir, { recursive: true, force: true })
})
afterAll(() => memo.clear())

const startWorker = (ai: AiProvider = createLocalProvider()) => {
  worker = new GenerationWorker({ repos, ai, cachedAi, bus, logger: silentLogger, pollMs: 20 })
  worker.start()
  return worker
}

/** Collects a video's events until it is done or failed (bounded). */
const eventsUntilEnd = (videoId: string, timeoutMs = 5000) =>
  new Promise<ProgressEvent[]>((resolve, reject) => {
    const events: ProgressEvent[] = []
    const timer = setTimeout(() => reject(new Error(`no end after ${timeoutMs} ms: ${JSON.stringify(events.map((e) => e.label))}`)), timeoutMs)
    const stop = bus.subscribe(videoId, (event) => {
      events.push(event)
      if (event.status === 'done' || event.status === 'failed') {
        clearTimeout(timer)
        stop()
        resolve(events)
      }
    })
  })

describe('GenerationWorker', () => {
  test('generates a queued video: script, every scene, posters, done — and saves it', async () => {
    const { video } = await repos.videos.create(userId, request)
    const ended = eventsUntilEnd(video.id)
    startWorker().notify()
    const events = await ended
    const labels = events.map((event) => event.label)
    const saved = await repos.videos.findForOwner(video.id, userId)
    const total = saved!.scenes.length
    expect(total).toBeGreaterThanOrEqual(5)
    expect(labels).toEqual(['Writing the script', ...Array.from({ length: total }, (_, i) => `Scene ${i + 1} of ${total}`), 'Saving scenes and posters', 'Done'])
    const progress = events.map((event) => event.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(1)
    expect(saved!.status).toBe('ready')
    expect(saved!.scenes.every((scene) => /^[0-9a-f]{16}$/.test(scene.posterHash))).toBe(true)
    expect(eventFromJob((await repos.jobs.findLatestForVideo(video.id))!, 0)).toMatchObject({ status: 'done', progress: 1 })
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, cacheHits: 0 })
  })

  test('the same request again is served by the AI cache and counted as a cache hit', async () => {
    startWorker()
    for (const _ of [1, 2]) {
      const { video } = await repos.videos.create(userId, request)
      const ended = eventsUntilEnd(video.id)
      worker!.notify()
      await ended
    }
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, cacheHits: 1 })
  })

  test('an AI failure fails the job with its reason and leaves nothing half-written; retry succeeds', async () => {
    let calls = 0
    const local = createLocalProvider()
    const flaky: AiProvider = {
      ...local,
      name: local.name,
      model: local.model,
      generateStoryboard: async (...args) => {
        if (++calls === 1) throw new AiError('timeout', 'The AI did not answer in time.')
        return local.generateStoryboard(...args)
      },
    }
    const { video } = await repos.videos.create(userId, request)
    const failed = eventsUntilEnd(video.id)
    startWorker(flaky).notify()
    expect((await failed).at(-1)).toMatchObject({ status: 'failed', error: 'The AI did not answer in time.' })
    const afterFailure = await repos.videos.findForOwner(video.id, userId)
    expect(afterFailure).toMatchObject({ status: 'failed', scenes: [] })
    expect(eventFromJob((await repos.jobs.findLatestForVideo(video.id))!, 0)).toMatchObject({ status: 'failed', error: 'The AI did not answer in time.' })

    const done = eventsUntilEnd(video.id)
    await repos.jobs.retry(video.id)
    worker!.notify()
    expect((await done).at(-1)!.status).toBe('done')
    expect((await repos.videos.findForOwner(video.id, userId))!.status).toBe('ready')
  })

  test('a video deleted while it is being written is dropped quietly', async () => {
    const local = createLocalProvider()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slow: AiProvider = { ...local, name: local.name, model: local.model, generateStoryboard: async (...args) => (await gate, local.generateStoryboard(...args)) }
    const { video } = await repos.videos.create(userId, request)
    const seen: ProgressEvent[] = []
    bus.subscribe(video.id, (event) => seen.push(event))
    startWorker(slow).notify()
    await waitUntil(() => seen.length > 0, { what: 'the first progress event' })
    expect(await repos.videos.delete(video.id, userId)).toBe(true)
    release()
    await waitUntil(() => worker!.activeJobs === 0, { what: 'the worker idle' })
    expect(seen.map((event) => event.status)).not.toContain('failed')
    expect(await repos.videos.findById(video.id)).toBeNull()
  })
})
