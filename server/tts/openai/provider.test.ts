import { afterAll, afterEach, describe, expect, test } from 'bun:test'
import { createLogger } from '../../log.ts'
import { isTtsError, type TtsError } from '../errors.ts'
import { createLocalTtsProvider } from '../local/provider.ts'
import { defaultVoice } from '../voices.ts'
import { readWav, toneWav } from '../wav.ts'
import { startFakeSpeechServer, wavResponse, type FakeSpeechServer } from './fake-server.ts'
import { createOpenAiTtsProvider } from './provider.ts'

let server: FakeSpeechServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const local = createLocalTtsProvider()
afterAll(() => local.close())

const provider = (baseUrl: string, overrides: { timeoutMs?: number; apiKey?: string } = {}) => {
  const lines: Record<string, unknown>[] = []
  const logger = createLogger({ level: 'debug', sink: (line) => lines.push(JSON.parse(line)) })
  return {
    tts: createOpenAiTtsProvider({
      baseUrl,
      apiKey: 'sk-test-secret',
      model: 'tts-1',
      voice: 'nova',
      timeoutMs: 5000,
      logger,
      ...overrides,
    }),
    lines,
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('should have failed'),
    (error: unknown) => error as TtsError,
  )

describe('openai speech provider', () => {
  test('posts model, voice, input, wav and speed with the key; the WAV comes back with its exact length', async () => {
    // The endpoint answers with real speech: what eSpeak says for the same input.
    const spoken = await local.synthesize('The harbour was quiet.', defaultVoice('en'))
    server = startFakeSpeechServer(() => wavResponse(spoken.audio))
    const { tts } = provider(server.baseUrl)
    const clip = await tts.synthesize('  The harbour   was quiet. ', { language: 'en', rate: 330, pitch: 50 })
    expect(clip.contentType).toBe('audio/wav')
    expect(clip.durationSec).toBe(spoken.durationSec)
    expect(Buffer.from(clip.audio).equals(Buffer.from(spoken.audio))).toBe(true)
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request!.path).toBe('/v1/audio/speech')
    expect(request!.body).toEqual({ model: 'tts-1', voice: 'nova', input: 'The harbour was quiet.', response_format: 'wav', speed: 2 })
    expect(request!.headers.get('authorization')).toBe('Bearer sk-test-secret')
    expect(tts.engineVersion).toBe(`${new URL(server.baseUrl).host}/tts-1/nova`)
  })

  test('speed stays within the API range at the rate bounds', async () => {
    server = startFakeSpeechServer(() => wavResponse(toneWav(0.2)))
    const { tts } = provider(server.baseUrl)
    await tts.synthesize('Slow.', { language: 'en', rate: 80, pitch: 50 })
    await tts.synthesize('Fast.', { language: 'en', rate: 450, pitch: 50 })
    expect(server.requests.map((request) => (request.body as { speed: number }).speed)).toEqual([0.48, 2.73])
  })

  test('401 is a non-retryable upstream error with the status, and the key never appears', async () => {
    server = startFakeSpeechServer(() =>
      Response.json({ error: { message: 'Incorrect API key provided: sk-test-secret' } }, { status: 401 }),
    )
    const { tts } = provider(server.baseUrl)
    const error = await failure(tts.synthesize('Hello.', defaultVoice('en')))
    expect(isTtsError(error)).toBe(true)
    expect(error.code).toBe('upstream')
    expect(error.status).toBe(401)
    expect(error.retryable).toBe(false)
    expect(error.message).toContain('HTTP 401')
    expect(error.message).not.toContain('sk-test-secret')
  })

  test('500 is a retryable upstream error', async () => {
    server = startFakeSpeechServer(() => new Response('overloaded', { status: 500 }))
    const { tts, lines } = provider(server.baseUrl)
    const error = await failure(tts.synthesize('Hello.', defaultVoice('en')))
    expect([error.code, error.status, error.retryable]).toEqual(['upstream', 500, true])
    expect(lines.some((line) => line.msg === 'tts endpoint error' && line.status === 500)).toBe(true)
  })

  test('an endpoint slower than the timeout is a timeout error', async () => {
    const never = Promise.withResolvers<Response>()
    server = startFakeSpeechServer(() => never.promise)
    const { tts } = provider(server.baseUrl, { timeoutMs: 150 })
    const error = await failure(tts.synthesize('Hello.', defaultVoice('en')))
    expect([error.code, error.retryable]).toEqual(['timeout', true])
    never.resolve(new Response('late'))
  })

  test.each([
    ['JSON instead of audio', () => Response.json({ ok: true })],
    ['an MP3 header', () => new Response(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]))],
    ['a WAV without samples', () => wavResponse(toneWav(0))],
    ['an empty body', () => new Response(null)],
  ])('%s is an invalid_output error', async (_, answer) => {
    server = startFakeSpeechServer(answer)
    const { tts } = provider(server.baseUrl)
    const error = await failure(tts.synthesize('Hello.', defaultVoice('en')))
    expect(error.code).toBe('invalid_output')
  })

  test('an unreachable endpoint is an upstream error without a status', async () => {
    server = startFakeSpeechServer(() => new Response())
    const baseUrl = server.baseUrl
    await server.stop()
    server = undefined
    const { tts } = provider(baseUrl)
    const error = await failure(tts.synthesize('Hello.', defaultVoice('en')))
    expect([error.code, error.status]).toEqual(['upstream', undefined])
  })

  test('the caller aborting rejects with its reason, not a timeout', async () => {
    const never = Promise.withResolvers<Response>()
    server = startFakeSpeechServer(() => never.promise)
    const { tts } = provider(server.baseUrl)
    const controller = new AbortController()
    const pending = tts.synthesize('Hello.', defaultVoice('en'), controller.signal).catch((error: unknown) => error)
    controller.abort(new Error('video deleted'))
    expect(((await pending) as Error).message).toBe('video deleted')
    never.resolve(new Response('late'))
  })

  test('nothing to say is refused before any request', async () => {
    server = startFakeSpeechServer(() => wavResponse(toneWav(0.2)))
    const { tts } = provider(server.baseUrl)
    expect((await failure(tts.synthesize(' ... ', defaultVoice('en')))).code).toBe('invalid_input')
    expect(server.requests).toHaveLength(0)
  })

  test('the clip it returns reads as the WAV it is', async () => {
    server = startFakeSpeechServer(() => wavResponse(toneWav(1.25, 24000)))
    const { tts } = provider(server.baseUrl)
    const clip = await tts.synthesize('Hello.', defaultVoice('en'))
    expect(readWav(clip.audio)).toMatchObject({ sampleRate: 24000, durationSec: 1.25 })
  })
})
