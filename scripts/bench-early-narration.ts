/**
 * What narrating scenes while the storyboard is still being written saves, in process, on real
 * parts (SQLite, the generation worker, eSpeak NG) against a loopback OpenAI-compatible endpoint
 * that writes slowly, like a hosted model:
 *   streamed — the endpoint streams the storyboard at --cps characters a second (`stream: true`);
 *              each scene is narrated as soon as it is complete;
 *   whole    — the same endpoint, the same total wait, answering with the whole reply at the end
 *              (a server that ignores `stream: true`): narration starts after the storyboard,
 *              as every generation did before.
 * Per run: time from the job's first event to its first narrated scene, and to done. Runs alternate
 * (whole, streamed, whole, …), each on a fresh database so no clip is reused; the ratios are of
 * the medians of one run of this script.
 *
 *   bun scripts/bench-early-narration.ts [--rounds 3] [--cps 250] [--duration 30] [--script-first]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { chatCompletion, chatCompletionStream, startFakeOpenAi } from '../server/ai/openai/fake-server.ts'
import { createOpenAiProvider } from '../server/ai/openai/provider.ts'
import type { VideoRequest } from '../server/ai/storyboard.ts'
import { createRepositories, openDatabase } from '../server/db/index.ts'
import { ProgressBus, type ProgressEvent } from '../server/jobs/progress.ts'
import { GenerationWorker } from '../server/jobs/worker.ts'
import { createLogger, silentLogger } from '../server/log.ts'
import { createAudioStore } from '../server/tts/audio-store.ts'
import { createLocalTtsProvider } from '../server/tts/local/provider.ts'
import { createNarrator } from '../server/tts/narrator.ts'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg('rounds', 3)
const charsPerSec = arg('cps', 250)
const durationSec = arg('duration', 30)
const scriptFirst = process.argv.includes('--script-first')
const CHUNK = 16

const tts = createLocalTtsProvider({ timeoutMs: 60_000 })
await tts.synthesize('Warm up.', { language: 'en', rate: 165, pitch: 50 })

type Run = { mode: 'streamed' | 'whole'; firstNarratedSec: number; doneSec: number; scenes: number; reused: number; redone: number }

const run = async (mode: Run['mode'], salt: number): Promise<Run> => {
  const request: VideoRequest = {
    prompt: `A ${durationSec}-second ad for bicycle repair shop number ${salt}, warm and funny`,
    style: 'playful',
    durationSec,
    aspect: '16:9',
    language: 'en',
  }
  // The model's reply: the built-in writer's storyboard, so the narration is as long as a real job's,
  // its fields in the order the prompt asks for (--script-first: the order of the schema before).
  const { title, logline, script, scenes } = (await createLocalProvider().generateStoryboard(request)).value
  const json = JSON.stringify(scriptFirst ? { title, logline, script, scenes } : { title, logline, scenes, script })
  const streamMs = (json.length / charsPerSec) * 1000
  const server = startFakeOpenAi(async () => {
    if (mode === 'whole') {
      await Bun.sleep(streamMs)
      return chatCompletion(json)
    }
    return chatCompletionStream(json, { chunkChars: CHUNK, before: () => Bun.sleep((CHUNK / charsPerSec) * 1000) })
  })
  const dir = await mkdtemp(join(tmpdir(), 'reelsmith-bench-early-'))
  const db = await openDatabase({ dataDir: dir, logger: silentLogger })
  const repos = createRepositories(db)
  const bus = new ProgressBus()
  const fitted: Record<string, unknown>[] = []
  const logger = createLogger({
    level: 'info',
    sink: (line) => {
      if (line.includes('narration fitted')) fitted.push(JSON.parse(line) as Record<string, unknown>)
    },
  })
  const worker = new GenerationWorker({
    repos,
    ai: createOpenAiProvider({ baseUrl: server.baseUrl, model: 'fake-model', timeoutMs: 600_000 }),
    cachedAi: async (_, origin) => ({ value: await origin(), cached: false }),
    narrator: createNarrator({ provider: tts, store: createAudioStore({ clips: repos.audioClips, dir: join(dir, 'audio') }) }),
    bus,
    logger,
    pollMs: 10,
  })
  const userId = (await repos.users.create({ email: `bench${salt}@example.com`, passwordHash: 'x', language: 'en' }))!.id
  const { video } = await repos.videos.create(userId, request)
  let started = 0
  let firstNarrated = 0
  const done = new Promise<number>((resolve, reject) =>
    bus.subscribe(video.id, (event: ProgressEvent) => {
      const at = performance.now()
      started ||= at
      if (!firstNarrated && event.narration?.includes('ready')) firstNarrated = at
      if (event.status === 'done') resolve(at)
      if (event.status === 'failed') reject(new Error(event.error))
    }),
  )
  worker.start()
  const doneAt = await done
  await worker.stop()
  await server.stop()
  await db.close()
  await rm(dir, { recursive: true, force: true })
  const line = fitted[0] ?? {}
  return {
    mode,
    firstNarratedSec: (firstNarrated - started) / 1000,
    doneSec: (doneAt - started) / 1000,
    scenes: Number(line.scenesWritten ?? 0),
    reused: Number(line.scenesReused ?? 0),
    redone: Number(line.scenesRedoneFaster ?? 0),
  }
}

const runs: Run[] = []
for (let round = 0; round < rounds; round++) {
  for (const mode of ['whole', 'streamed'] as const) {
    const result = await run(mode, round)
    runs.push(result)
    console.log(
      `${mode.padEnd(8)} round ${round + 1}: first narrated scene ${result.firstNarratedSec.toFixed(2)} s, done ${result.doneSec.toFixed(2)} s` +
        ` (${result.scenes} scenes written, ${result.reused} reused, ${result.redone} redone by the faster pass)`,
    )
  }
}
await tts.close()

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const of = (mode: Run['mode'], key: 'firstNarratedSec' | 'doneSec') =>
  median(runs.filter((each) => each.mode === mode).map((each) => each[key]))
console.log(
  `\nmodel writing at ${charsPerSec} chars/s, ${scriptFirst ? 'script before scenes' : 'scenes before script'}, ${durationSec} s videos, ${rounds} rounds, medians:`,
)
for (const key of ['firstNarratedSec', 'doneSec'] as const) {
  const [whole, streamed] = [of('whole', key), of('streamed', key)]
  console.log(
    `  ${key === 'doneSec' ? 'total job time      ' : 'first narrated scene'}: whole ${whole.toFixed(2)} s, streamed ${streamed.toFixed(2)} s, streamed/whole ${(streamed / whole).toFixed(2)}`,
  )
}
