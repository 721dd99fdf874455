import { afterAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LANGUAGES } from '../../ai/storyboard.ts'
import { isTtsError } from '../errors.ts'
import { defaultVoice } from '../voices.ts'
import { readWav } from '../wav.ts'
import { createWorkerPool } from './pool.ts'
import { ESPEAK_ENGINE_VERSION, createLocalTtsProvider } from './provider.ts'

const SAMPLES = {
  en: 'The lighthouse keeper climbed the stairs at dawn.',
  es: 'El farero subió las escaleras al amanecer.',
  fr: 'Le gardien du phare monta les marches à l’aube.',
  de: 'Der Leuchtturmwärter stieg im Morgengrauen die Treppe hinauf.',
  pt: 'O faroleiro subiu as escadas ao amanhecer.',
  it: 'Il guardiano del faro salì le scale all’alba.',
} as const

const ffprobeDuration = async (bytes: Uint8Array): Promise<number> => {
  const dir = await mkdtemp(join(tmpdir(), 'tts-'))
  try {
    const file = join(dir, 'clip.wav')
    await Bun.write(file, bytes)
    const probe = Bun.spawn(['ffprobe', '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], {
      stdout: 'pipe',
      stderr: 'pipe',
    })
    const [out, code] = await Promise.all([new Response(probe.stdout).text(), probe.exited])
    expect(code).toBe(0)
    return Number(out.trim())
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('local eSpeak NG provider', () => {
  const tts = createLocalTtsProvider()
  afterAll(() => tts.close())

  test.each([...LANGUAGES])('%s: a real sentence is a valid mono 22050 Hz WAV that ffprobe reads at the same length', async (language) => {
    const clip = await tts.synthesize(SAMPLES[language], defaultVoice(language))
    expect(clip.contentType).toBe('audio/wav')
    const info = readWav(clip.audio)!
    expect(info).toMatchObject({ sampleRate: 22050, channels: 1, bitsPerSample: 16 })
    expect(clip.durationSec).toBeGreaterThan(0.5)
    expect(clip.durationSec).toBe(info.durationSec)
    // ffprobe prints microseconds: the two readers agree to that precision.
    expect(Math.abs((await ffprobeDuration(clip.audio)) - clip.durationSec)).toBeLessThan(1e-5)
  })

  test('a faster rate gives a shorter clip of the same sentence', async () => {
    const slow = await tts.synthesize(SAMPLES.en, { language: 'en', rate: 120, pitch: 50 })
    const fast = await tts.synthesize(SAMPLES.en, { language: 'en', rate: 300, pitch: 50 })
    expect(fast.durationSec).toBeLessThan(slow.durationSec)
  })

  test('the same input gives the same bytes (what makes content addressing sound)', async () => {
    const [a, b] = await Promise.all([tts.synthesize('Same words.', defaultVoice('fr')), tts.synthesize('Same words.', defaultVoice('fr'))])
    expect(Buffer.from(a.audio).equals(Buffer.from(b.audio))).toBe(true)
  })

  test('text that looks like an option is spoken, not parsed', async () => {
    const clip = await tts.synthesize('--help -v xx', defaultVoice('en'))
    expect(clip.durationSec).toBeGreaterThan(0.3)
  })

  test.each([
    ['empty text', '', defaultVoice('en')],
    ['punctuation only', '?!…', defaultVoice('en')],
    ['too long', 'word '.repeat(300), defaultVoice('en')],
    ['rate out of range', 'Hello.', { language: 'en' as const, rate: 1000, pitch: 50 }],
    ['pitch out of range', 'Hello.', { language: 'en' as const, rate: 165, pitch: -1 }],
  ])('%s is an invalid_input TtsError', async (_, text, voice) => {
    const error = await tts.synthesize(text, voice).catch((caught: unknown) => caught)
    expect(isTtsError(error) && error.code).toBe('invalid_input')
  })

  test('the engine version names the installed espeak-ng package', async () => {
    const { version } = (await Bun.file(join(import.meta.dir, '../../../node_modules/espeak-ng/package.json')).json()) as {
      version: string
    }
    expect(ESPEAK_ENGINE_VERSION).toStartWith(`espeak-ng@${version} `)
  })
})

describe('worker pool', () => {
  const silentWorker = new URL('./testing/silent-worker.ts', import.meta.url)
  const job = { text: 'x', voice: 'en-us', rate: 165, pitch: 50 }

  test('a sentence that overruns its timeout rejects with timeout; the next one gets a fresh worker', async () => {
    const pool = createWorkerPool({ size: 1, queueLimit: 4, timeoutMs: 50, workerUrl: silentWorker })
    const results = await Promise.allSettled([pool.run(job), pool.run(job)])
    expect(results.map((result) => result.status === 'rejected' && isTtsError(result.reason) && result.reason.code)).toEqual([
      'timeout',
      'timeout',
    ])
    expect(pool.pending).toBe(0)
    await pool.close()
  })

  test('beyond the queue limit, sentences are refused with overloaded (back-pressure), the rest wait', async () => {
    const pool = createWorkerPool({ size: 1, queueLimit: 2, timeoutMs: 60000, workerUrl: silentWorker })
    const running = [pool.run(job), pool.run(job), pool.run(job)].map((promise) => promise.catch((error: unknown) => error))
    const refused = await pool.run(job).catch((error: unknown) => error)
    expect(isTtsError(refused) && refused.code).toBe('overloaded')
    expect(pool.pending).toBe(3)
    await pool.close()
    const closed = await Promise.all(running)
    expect(closed.map((error) => isTtsError(error) && error.code)).toEqual(['closed', 'closed', 'closed'])
    const after = await pool.run(job).catch((error: unknown) => error)
    expect(isTtsError(after) && after.code).toBe('closed')
  })

  test('an aborted sentence leaves the queue at once with the signal reason', async () => {
    const pool = createWorkerPool({ size: 1, queueLimit: 4, timeoutMs: 60000, workerUrl: silentWorker })
    const first = pool.run(job).catch((error: unknown) => error)
    const controller = new AbortController()
    const second = pool.run(job, controller.signal).catch((error: unknown) => error)
    controller.abort(new Error('video deleted'))
    expect(((await second) as Error).message).toBe('video deleted')
    expect(pool.pending).toBe(1)
    await pool.close()
    expect(isTtsError(await first)).toBe(true)
  })

  test('a crashing worker rejects its sentence with engine and is replaced', async () => {
    const pool = createWorkerPool({
      size: 1,
      queueLimit: 4,
      timeoutMs: 60000,
      workerUrl: new URL('./testing/crashing-worker.ts', import.meta.url),
    })
    const results = await Promise.allSettled([pool.run(job), pool.run(job)])
    expect(results.map((result) => result.status === 'rejected' && isTtsError(result.reason) && result.reason.code)).toEqual([
      'engine',
      'engine',
    ])
    await pool.close()
  })
})
