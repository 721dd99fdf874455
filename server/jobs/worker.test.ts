import { afterAll, afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AiError, type AiProvider } from '../ai/provider.ts'
import { createLocalProvider } from '../ai/local/provider.ts'
import { chatCompletionStream, startFakeOpenAi } from '../ai/openai/fake-server.ts'
import { createOpenAiProvider } from '../ai/openai/provider.ts'
import type { Storyboard, VideoRequest } from '../ai/storyboard.ts'
import { createRepositories, openDatabase, type Database, type Repositories } from '../db/index.ts'
import { silentLogger } from '../log.ts'
import { waitUntil } from '../testing/wait.ts'
import { createAudioStore } from '../tts/audio-store.ts'
import { createLocalTtsProvider } from '../tts/local/provider.ts'
import { createNarrator } from '../tts/narrator.ts'
import { createOpenAiTtsProvider } from '../tts/openai/provider.ts'
import type { TtsProvider } from '../tts/types.ts'
import { hardCapSec, toleranceSec } from './fit.ts'
import { NARRATION_FAILED } from './narrate.ts'
import { ProgressBus, type ProgressEvent } from './progress.ts'
import { eventFromJob } from './steps.ts'
import { GenerationWorker, type CachedAiCall } from './worker.ts'

const request: VideoRequest = {
  prompt: 'A 15-second ad for a bicycle repair shop, warm and funny',
  style: 'playful',
  durationSec: 15,
  aspect: '16:9',
  language: 'en',
}
/** The real local engine, shared by the file; generous timeout because the test machine is shared. */
const espeak = createLocalTtsProvider({ timeoutMs: 60_000 })
afterAll(() => espeak.close())

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

const startWorker = (ai: AiProvider = createLocalProvider(), tts: TtsProvider = espeak) => {
  const narrator = createNarrator({ provider: tts, store: createAudioStore({ clips: repos.audioClips, dir: join(dir, 'audio') }) })
  worker = new GenerationWorker({ repos, ai, cachedAi, narrator, bus, logger: silentLogger, pollMs: 20 })
  worker.start()
  return worker
}

/** Collects a video's events until it is done or failed (bounded). */
const eventsUntilEnd = (videoId: string, timeoutMs = 120_000) =>
  new Promise<ProgressEvent[]>((resolve, reject) => {
    const events: ProgressEvent[] = []
    const timer = setTimeout(
      () => reject(new Error(`no end after ${timeoutMs} ms: ${JSON.stringify(events.map((e) => e.label))}`)),
      timeoutMs,
    )
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
  test('generates a queued video: script, narration scene by scene, posters, done — and saves it fitted to the length', async () => {
    const { video } = await repos.videos.create(userId, request)
    const ended = eventsUntilEnd(video.id)
    startWorker().notify()
    const events = await ended
    const saved = await repos.videos.findForOwner(video.id, userId)
    const total = saved!.scenes.length
    expect(total).toBeGreaterThanOrEqual(3)
    expect(events[0]!.label).toBe('Writing the script')
    expect(events.slice(-2).map((event) => event.label)).toEqual(['Saving scenes and posters', 'Done'])
    // Narration events come scene by scene (a faster second pass may follow), each listing every scene's status.
    const narration = events.filter((event) => event.step === 'narration')
    expect(narration.slice(0, total).map((event) => event.scene)).toEqual(
      Array.from({ length: total }, (_, i) => ({ index: i + 1, total })),
    )
    expect(narration[1]!.narration).toEqual(['ready', ...Array.from({ length: total - 1 }, () => 'pending' as const)])
    const totalSec = saved!.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
    expect(Math.abs(totalSec - request.durationSec)).toBeLessThanOrEqual(toleranceSec(request.durationSec))
    expect(totalSec).toBeLessThanOrEqual(hardCapSec(request.durationSec, false))
    for (const scene of saved!.scenes) {
      expect(scene.narrationStatus).toBe('ready')
      expect(scene.sentences.length).toBeGreaterThan(0)
      for (const sentence of scene.sentences) {
        expect(sentence.audioHash).toMatch(/^[\w-]{22,}$/)
        expect(sentence.endSec).toBeGreaterThan(sentence.startSec)
        expect(sentence.endSec).toBeLessThanOrEqual(scene.durationSec)
        expect(await repos.audioClips.meta(sentence.audioHash!)).toMatchObject({
          durationMs: Math.round((sentence.endSec - sentence.startSec) * 1000),
        })
      }
    }
    const progress = events.map((event) => event.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(1)
    expect(saved!.status).toBe('ready')
    expect(saved!.scenes.every((scene) => /^[0-9a-f]{16}$/.test(scene.posterHash))).toBe(true)
    expect(eventFromJob((await repos.jobs.findLatestForVideo(video.id))!, 0)).toMatchObject({ status: 'done', progress: 1 })
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, cacheHits: 0 })
  })

  test('a script or an article as source: storyboard from the text, no AI call, saved, narrated and recorded like any other', async () => {
    const local = createLocalProvider()
    let calls = 0
    const counted: AiProvider = {
      ...local,
      name: local.name,
      model: local.model,
      generateStoryboard: (...args) => (calls++, local.generateStoryboard(...args)),
    }
    startWorker(counted)
    const script = 'The ferry leaves at noon. Bring a coat!\n\nThe island has one café.'
    const article = 'Harbour News\nBoats are back in the harbour. The market opens next week. The festival is in June.'
    for (const source of [
      { kind: 'script' as const, text: script },
      { kind: 'article' as const, text: article, url: 'https://news.example/a' },
    ]) {
      const { video } = await repos.videos.create(userId, { ...request, source })
      const ended = eventsUntilEnd(video.id)
      worker!.notify()
      const events = await ended
      expect(events.slice(-2).map((event) => event.label)).toEqual(['Saving scenes and posters', 'Done'])
      const saved = (await repos.videos.findForOwner(video.id, userId))!
      expect(saved.status).toBe('ready')
      expect(saved.source).toEqual(source)
      expect(saved.scenes.every((scene) => scene.narrationStatus === 'ready' && /^[0-9a-f]{16}$/.test(scene.posterHash))).toBe(true)
      if (source.kind === 'script') expect(saved.script).toBe('The ferry leaves at noon. Bring a coat!\n\nThe island has one café.')
      else expect(saved.logline).toBe('From: Harbour News (https://news.example/a)')
    }
    expect(calls).toBe(0)
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 0, cacheHits: 0 })
  })

  test('the same request again is served by the AI cache and counted as a cache hit; its scenes are replayed', async () => {
    startWorker()
    const written: number[][] = []
    for (const _ of [1, 2]) {
      const { video } = await repos.videos.create(userId, request)
      const ended = eventsUntilEnd(video.id)
      worker!.notify()
      written.push((await ended).filter((event) => event.step === 'scene-written').map((event) => event.sceneIndex!))
    }
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, cacheHits: 1 })
    // A cached storyboard arrives whole: every scene is still announced, in order.
    expect(written[1]).toEqual(written[0]!)
    expect(written[1]!.length).toBeGreaterThanOrEqual(3)
  })

  test('an AI failure fails the job with its reason and leaves nothing half-written; retry succeeds', async () => {
    let calls = 0
    const local = createLocalProvider()
    const flaky: AiProvider = {
      ...local,
      name: local.name,
      model: local.model,
      generateStoryboard: async (...args) => {
        if (++calls === 1) throw new AiError('timeout', 'The AI endpoint at http://10.9.8.7:11434 did not answer within 30000 ms.')
        return local.generateStoryboard(...args)
      },
    }
    const { video } = await repos.videos.create(userId, request)
    const failed = eventsUntilEnd(video.id)
    startWorker(flaky).notify()
    const english = 'The writer took too long to answer. Try again in a moment.'
    expect((await failed).at(-1)).toMatchObject({ status: 'failed', failure: 'timeout', error: english })
    // The address stays in the log, never in what the person or an API client is shown.
    expect(JSON.stringify((await failed).at(-1))).not.toContain('10.9.8.7')
    const afterFailure = await repos.videos.findForOwner(video.id, userId)
    expect(afterFailure).toMatchObject({ status: 'failed', scenes: [] })
    expect(eventFromJob((await repos.jobs.findLatestForVideo(video.id))!, 0)).toMatchObject({
      status: 'failed',
      failure: 'timeout',
      error: english,
    })

    const done = eventsUntilEnd(video.id)
    await repos.jobs.retry(video.id)
    worker!.notify()
    expect((await done).at(-1)!.status).toBe('done')
    expect((await repos.videos.findForOwner(video.id, userId))!.status).toBe('ready')
  })

  test('stop() hands a running job back to the queue at once (step kept, claim not counted); the next worker finishes it', async () => {
    const { video } = await repos.videos.create(userId, request)
    const seen: ProgressEvent[] = []
    bus.subscribe(video.id, (event) => seen.push(event))
    const first = startWorker()
    first.notify()
    await waitUntil(() => seen.some((event) => event.step === 'narration'), { what: 'narration under way', timeoutMs: 60_000 })
    await first.stop()
    expect(first.activeJobs).toBe(0)
    const handedBack = (await repos.jobs.findLatestForVideo(video.id))!
    expect(handedBack).toMatchObject({ status: 'queued', attempts: 0 })
    expect(handedBack.step).toStartWith('narration:')
    expect((await repos.videos.findById(video.id))?.status).toBe('queued')
    expect(seen.at(-1)).toMatchObject({ status: 'queued', step: 'queued', progress: handedBack.progress })

    const ended = eventsUntilEnd(video.id)
    startWorker().notify()
    expect((await ended).at(-1)?.status).toBe('done')
    expect(await repos.jobs.findLatestForVideo(video.id)).toMatchObject({ id: handedBack.id, status: 'done', attempts: 1 })
    // The storyboard came from the AI cache: the first run's call was the only one.
    expect((await repos.usage.forUser(userId)).total).toMatchObject({ aiCalls: 1, cacheHits: 1 })
  })

  test('a video deleted while it is being written is dropped quietly', async () => {
    const local = createLocalProvider()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slow: AiProvider = {
      ...local,
      name: local.name,
      model: local.model,
      generateStoryboard: async (...args) => (await gate, local.generateStoryboard(...args)),
    }
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

  test('a sentence that fails fails its scene only: the video is ready, that scene is marked failed with a reason', async () => {
    // A speech endpoint on loopback that refuses one sentence and speaks the rest with the real engine.
    const { value: board } = await createLocalProvider().generateStoryboard(request)
    const refused = board.scenes[1]!.narration.split(/(?<=[.!?])\s/u)[0]!.trim()
    const server = Bun.serve({
      port: 0,
      hostname: '127.0.0.1',
      async fetch(incoming) {
        const { input } = (await incoming.json()) as { input: string }
        if (input === refused) return new Response('engine on fire', { status: 500 })
        const clip = await espeak.synthesize(input, { language: 'en', rate: 165, pitch: 50 })
        return new Response(new Blob([clip.audio as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'audio/wav' } })
      },
    })
    try {
      const tts = createOpenAiTtsProvider({
        baseUrl: `http://127.0.0.1:${server.port}/v1`,
        model: 'tts-1',
        voice: 'alloy',
        timeoutMs: 60_000,
      })
      const { video } = await repos.videos.create(userId, request)
      const ended = eventsUntilEnd(video.id)
      startWorker(createLocalProvider(), tts).notify()
      const events = await ended
      expect(events.at(-1)!.status).toBe('done')
      expect(events.filter((event) => event.step === 'narration').at(-1)!.narration![1]).toBe('failed')
      const saved = (await repos.videos.findForOwner(video.id, userId))!
      expect(saved.status).toBe('ready')
      expect(saved.scenes[1]).toMatchObject({ narrationStatus: 'failed', narrationError: NARRATION_FAILED })
      expect(saved.scenes[1]!.narrationError).not.toContain('fire')
      expect(saved.scenes.filter((scene) => scene.narrationStatus === 'ready').length).toBe(saved.scenes.length - 1)
      const totalSec = saved.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
      expect(Math.abs(totalSec - request.durationSec)).toBeLessThanOrEqual(toleranceSec(request.durationSec))
    } finally {
      server.stop(true)
    }
  })

  describe('narration starts while the storyboard is still being written (an OpenAI-compatible endpoint streaming it)', () => {
    const storyboard: Storyboard = {
      title: 'The bike shop',
      logline: 'A repair shop that fixes more than bikes.',
      script: 'unused',
      scenes: [
        'A flat tyre on a rainy Monday.',
        'The shop on the corner opens at eight.',
        'Every bolt gets checked twice.',
        'Ride out smiling and visit us today.',
      ].map((narration, index) => ({
        narration,
        onScreenText: `Scene ${index + 1}`,
        visual: 'A bicycle in warm light.',
        shot: 'medium' as const,
        palette: ['#101820', '#f2aa4c', '#ffffff'],
        durationSec: 3.75,
      })),
    }
    const last = storyboard.scenes.length

    /** The real engine, with every sentence it is asked to speak written down (text and rate). */
    const recording = (log: string[]): TtsProvider => ({
      name: espeak.name,
      engineVersion: espeak.engineVersion,
      synthesize: (text, voice, signal) => {
        log.push(`speak ${voice.rate}: ${text}`)
        return espeak.synthesize(text, voice, signal)
      },
      close: async () => {},
    })

    test('scene 1 is narrated before the last scene is written; every sentence is spoken once per rate; the video is whole', async () => {
      const log: string[] = []
      const { video } = await repos.videos.create(userId, request)
      let sceneOneNarrated!: () => void
      const narrated = new Promise<void>((resolve) => (sceneOneNarrated = resolve))
      bus.subscribe(video.id, (event) => {
        if (event.step.startsWith('scene-')) log.push(`${event.step} ${event.sceneIndex}`)
        if (event.step === 'scene-narrated' && event.sceneIndex === 1) sceneOneNarrated()
      })
      const json = JSON.stringify(storyboard)
      const lastSceneAt = json.lastIndexOf('{"narration"')
      // The chunk that finishes the last scene waits (at most 60 s) until scene 1 has been narrated: a
      // worker that waited for the whole storyboard would never get there first, and the order below would fail.
      let gate: Promise<unknown> | undefined
      const server = startFakeOpenAi(() =>
        chatCompletionStream(json, {
          chunkChars: 24,
          before: async (_, sentSoFar) => {
            if (sentSoFar.length > lastSceneAt) await (gate ??= Promise.race([narrated, Bun.sleep(60_000)]))
          },
        }),
      )
      try {
        const ai = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'fake-model', timeoutMs: 120_000 })
        const ended = eventsUntilEnd(video.id)
        startWorker(ai, recording(log)).notify()
        const events = await ended
        expect(events.at(-1)!.status).toBe('done')
        expect(log.indexOf('scene-narrated 1')).toBeGreaterThanOrEqual(0)
        expect(log.indexOf(`speak 165: ${storyboard.scenes[0]!.narration}`)).toBeLessThan(log.indexOf(`scene-written ${last}`))
        expect(log.indexOf('scene-narrated 1')).toBeLessThan(log.indexOf(`scene-written ${last}`))
        expect(log.filter((line) => line.startsWith('scene-written'))).toEqual(
          Array.from({ length: last }, (_, i) => `scene-written ${i + 1}`),
        )
        // Early speech is reused by the narration step, never spoken again at the same rate.
        const spoken = log.filter((line) => line.startsWith('speak'))
        expect(new Set(spoken).size).toBe(spoken.length)
        const saved = (await repos.videos.findForOwner(video.id, userId))!
        expect(saved.scenes.map((scene) => scene.narration)).toEqual(storyboard.scenes.map((scene) => scene.narration))
        expect(saved.scenes.every((scene) => scene.narrationStatus === 'ready')).toBe(true)
        const progress = events.map((event) => event.progress)
        expect(progress).toEqual([...progress].sort((a, b) => a - b))
      } finally {
        await server.stop()
      }
    })

    test('a reply that fails validation is asked for again: only the scenes it changed are spoken again', async () => {
      const log: string[] = []
      const broken = {
        ...storyboard,
        scenes: storyboard.scenes.map((scene, index) =>
          index === 1 ? { ...scene, narration: 'A draft line nobody keeps.' } : index === 3 ? { ...scene, shot: 'sideways' } : scene,
        ),
      }
      const server = startFakeOpenAi((_, call) => chatCompletionStream(JSON.stringify(call === 0 ? broken : storyboard)))
      try {
        const ai = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'fake-model', timeoutMs: 120_000 })
        const { video } = await repos.videos.create(userId, request)
        const ended = eventsUntilEnd(video.id)
        startWorker(ai, recording(log)).notify()
        expect((await ended).at(-1)!.status).toBe('done')
        expect(server.requests).toHaveLength(2)
        const atRate = (text: string) => log.filter((line) => line === `speak 165: ${text}`).length
        for (const scene of storyboard.scenes) expect(atRate(scene.narration)).toBe(1)
        // The draft's own line was spoken at most once (it may have been skipped once the storyboard was final).
        expect(atRate('A draft line nobody keeps.')).toBeLessThanOrEqual(1)
        const saved = (await repos.videos.findForOwner(video.id, userId))!
        expect(saved.scenes.map((scene) => scene.narration)).toEqual(storyboard.scenes.map((scene) => scene.narration))
      } finally {
        await server.stop()
      }
    })
  })
})
