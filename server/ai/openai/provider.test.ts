import { afterEach, describe, expect, test } from 'bun:test'
import { createLogger } from '../../log.ts'
import { AiError } from '../errors.ts'
import { storyboardSchema, type Scene, type Storyboard, type VideoRequest } from '../storyboard.ts'
import { totalTenths } from '../timing.ts'
import { chatCompletion, chatCompletionStream, startFakeOpenAi, type FakeHandler, type FakeOpenAiServer } from './fake-server.ts'
import { createOpenAiProvider } from './provider.ts'

const API_KEY = 'sk-test-secret-0123456789'
const request: VideoRequest = {
  prompt: 'a 30-second ad for a bicycle repair shop',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'es',
}

const scene = (durationSec: number): Scene => ({
  narration: 'Una línea.',
  onScreenText: 'Texto',
  visual: 'Un plano.',
  shot: 'medium',
  palette: ['#101010', '#202020', '#ff8800'],
  durationSec,
})
const validStoryboard: Storyboard = {
  title: 'Taller',
  logline: 'Un anuncio.',
  script: 'Una línea.',
  scenes: [scene(5), scene(5), scene(5), scene(5), scene(5), scene(5)],
}

let server: FakeOpenAiServer | undefined
/** What a hung upstream answers; stop(true) in afterEach closes the connection left open. */
const neverAnswers = new Promise<Response>(() => {})
afterEach(async () => {
  await server?.stop()
  server = undefined
})

const setUp = (handler: FakeHandler, options: { timeoutMs?: number; logLines?: string[] } = {}) => {
  server = startFakeOpenAi(handler)
  const logger = createLogger({ level: 'debug', sink: (line) => options.logLines?.push(line) })
  return createOpenAiProvider({
    baseUrl: server.baseUrl,
    apiKey: API_KEY,
    model: 'fake-model',
    timeoutMs: options.timeoutMs ?? 5000,
    logger,
  })
}

const messagesOf = (body: unknown) => (body as { messages: Array<{ role: string; content: string }> }).messages

describe('generateStoryboard against an OpenAI-compatible server', () => {
  test('happy path: JSON mode, bearer key, schema in the prompt, usage and model recorded', async () => {
    const ai = setUp(() =>
      chatCompletion(JSON.stringify(validStoryboard), { prompt_tokens: 812, completion_tokens: 333 }, 'fake-model-2024'),
    )
    const result = await ai.generateStoryboard(request)
    expect(result.value).toEqual(validStoryboard)
    expect(result.usage).toEqual({ promptTokens: 812, completionTokens: 333 })
    expect(result.model).toBe('fake-model-2024')

    const [sent] = server!.requests
    expect(sent!.path).toBe('/v1/chat/completions')
    expect(sent!.headers.get('authorization')).toBe(`Bearer ${API_KEY}`)
    const body = sent!.body as { model: string; response_format: unknown }
    expect(body.model).toBe('fake-model')
    expect(body.response_format).toEqual({ type: 'json_object' })
    const [system, user] = messagesOf(sent!.body)
    // Scenes before the script: the first scene is complete while the rest is still being written.
    expect(system!.content).toContain('"required":["title","logline","scenes","script"]')
    expect(system!.content).toContain('Spanish (español)')
    expect(system!.content).toContain('must add up to exactly 30 seconds')
    expect(user!.content).toContain('Video idea: """a 30-second ad for a bicycle repair shop"""')
  })

  test('durations that miss the request are rescaled to sum exactly', async () => {
    const off = { ...validStoryboard, scenes: [scene(4), scene(4), scene(4), scene(4), scene(4), scene(5)] }
    const ai = setUp(() => chatCompletion(JSON.stringify(off)))
    const { value } = await ai.generateStoryboard(request)
    expect(totalTenths(value.scenes.map((each) => each.durationSec))).toBe(300)
    expect(storyboardSchema.safeParse(value).success).toBe(true)
  })

  test('invalid JSON, then valid: one retry that says what was wrong; usage adds up', async () => {
    const ai = setUp((_, call) =>
      call === 0 ? chatCompletion('{"title": "Taller", "scenes": [') : chatCompletion(JSON.stringify(validStoryboard)),
    )
    const result = await ai.generateStoryboard(request)
    expect(result.value.title).toBe('Taller')
    expect(server!.requests).toHaveLength(2)
    expect(result.usage).toEqual({ promptTokens: 200, completionTokens: 100 })
    const retry = messagesOf(server!.requests[1]!.body)
    expect(retry).toHaveLength(4)
    expect(retry[2]).toEqual({ role: 'assistant', content: '{"title": "Taller", "scenes": [' })
    expect(retry[3]!.content).toContain('The reply is not valid JSON')
    expect(retry[3]!.content).toContain('Reply again with only the corrected JSON object.')
  })

  test('invalid twice: AiError invalid_output with the problems, after exactly two requests', async () => {
    const ai = setUp(() => chatCompletion(JSON.stringify({ title: 'Only a title' })))
    const error = await ai.generateStoryboard(request).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AiError)
    expect((error as AiError).code).toBe('invalid_output')
    expect((error as AiError).message).toContain('invalid storyboard twice')
    expect((error as AiError).details.issues).toContain('→ at scenes')
    expect(server!.requests).toHaveLength(2)
  })

  test('a server that never answers: AiError timeout (the provider ends the call itself)', async () => {
    // Nothing but the provider's own deadline can end this call, so reaching the assertions proves it.
    const ai = setUp(() => neverAnswers, { timeoutMs: 200 })
    const error = await ai.generateStoryboard(request).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AiError)
    expect((error as AiError).code).toBe('timeout')
    expect((error as AiError).message).toContain('did not answer within 200 ms')
    expect(server!.requests).toHaveLength(1)
  })

  test('HTTP 500: AiError upstream with the status, and the key never appears in the message or the logs', async () => {
    const logLines: string[] = []
    const ai = setUp(() => Response.json({ error: { message: `Internal error for key ${API_KEY}` } }, { status: 500 }), { logLines })
    const error = (await ai.generateStoryboard(request).catch((caught: unknown) => caught)) as AiError
    expect(error).toBeInstanceOf(AiError)
    expect(error.code).toBe('upstream')
    expect(error.details.status).toBe(500)
    expect(error.message).toContain('answered HTTP 500: Internal error for key [redacted]')
    expect(error.message).not.toContain(API_KEY)
    expect(logLines.join('\n')).not.toContain(API_KEY)
    expect(logLines.some((line) => line.includes('"status":500'))).toBe(true)
  })

  test('a response that is not a chat completion is an upstream error', async () => {
    const ai = setUp(() => Response.json({ hello: 'world' }))
    const error = (await ai.generateStoryboard(request).catch((caught: unknown) => caught)) as AiError
    expect(error.code).toBe('upstream')
    expect(error.message).toContain('did not answer with a chat completion')
  })

  test('an unreachable endpoint is an upstream error', async () => {
    const closed = startFakeOpenAi(() => new Response('unused'))
    const baseUrl = closed.baseUrl
    await closed.stop()
    const ai = createOpenAiProvider({ baseUrl, model: 'fake-model', timeoutMs: 2000 })
    const error = (await ai.generateStoryboard(request).catch((caught: unknown) => caught)) as AiError
    expect(error.code).toBe('upstream')
    expect(error.message).toContain('Could not reach the AI endpoint')
  })

  test("the caller's abort wins over the timeout, with the caller's reason", async () => {
    const controller = new AbortController()
    // Aborted while the request is in flight, long before the 5 s timeout: no race with the clock.
    const ai = setUp(() => {
      controller.abort(new Error('job deleted'))
      return neverAnswers
    })
    await expect(ai.generateStoryboard(request, { signal: controller.signal })).rejects.toThrow('job deleted')
  })

  test('no key configured: no Authorization header (Ollama, llama.cpp)', async () => {
    server = startFakeOpenAi(() => chatCompletion(JSON.stringify(validStoryboard), null))
    const ai = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'llama3.2', timeoutMs: 5000 })
    const result = await ai.generateStoryboard(request)
    expect(server.requests[0]!.headers.get('authorization')).toBeNull()
    // Without `usage` in the response the tokens are estimated rather than reported as zero.
    expect(result.usage.promptTokens).toBeGreaterThan(0)
    expect(result.usage.completionTokens).toBeGreaterThan(0)
  })
})

describe('generateStoryboard streamed, scene by scene (onScene)', () => {
  const distinct = {
    ...validStoryboard,
    scenes: validStoryboard.scenes.map((each, index) => ({ ...each, narration: `Línea ${index + 1}.` })),
  }

  test('asks for a stream; each scene arrives, validated, before the reply has ended; usage from the last chunk', async () => {
    const json = JSON.stringify(distinct)
    const lastChunk = Math.ceil(json.length / 7) - 1
    const log: string[] = []
    let firstScene!: () => void
    const firstSceneSeen = new Promise<void>((resolve) => (firstScene = resolve))
    const ai = setUp(() =>
      chatCompletionStream(json, {
        chunkChars: 7,
        usage: { prompt_tokens: 900, completion_tokens: 400 },
        // The last chunk waits (at most 5 s) for the first scene: only a provider that hands scenes over mid-stream gets it sooner.
        before: async (index) => {
          if (index === lastChunk) await Promise.race([firstSceneSeen, Bun.sleep(5000)])
          log.push(`chunk ${index}`)
        },
      }),
    )
    const result = await ai.generateStoryboard(request, {
      onScene: (each, index) => {
        log.push(`scene ${index}: ${each.narration}`)
        if (index === 0) firstScene()
      },
    })
    expect(result.value).toEqual(distinct)
    expect(result.usage).toEqual({ promptTokens: 900, completionTokens: 400 })
    const body = server!.requests[0]!.body as { stream?: boolean; stream_options?: unknown }
    expect(body.stream).toBe(true)
    expect(body.stream_options).toEqual({ include_usage: true })
    const scenes = log.filter((line) => line.startsWith('scene'))
    expect(scenes).toEqual(distinct.scenes.map((each, index) => `scene ${index}: ${each.narration}`))
    expect(log.indexOf('scene 0: Línea 1.')).toBeLessThan(log.indexOf(`chunk ${lastChunk}`))
  })

  test('without onScene nothing is streamed (the assistant, other callers)', async () => {
    const ai = setUp(() => chatCompletion(JSON.stringify(validStoryboard)))
    await ai.generateStoryboard(request)
    expect((server!.requests[0]!.body as { stream?: boolean }).stream).toBeUndefined()
  })

  test('a server that ignores stream: true answers whole; every scene is still handed over, in order', async () => {
    const ai = setUp(() => chatCompletion(JSON.stringify(distinct)))
    const seen: number[] = []
    const result = await ai.generateStoryboard(request, { onScene: (_, index) => seen.push(index) })
    expect(result.value).toEqual(distinct)
    expect(seen).toEqual([0, 1, 2, 3, 4, 5])
  })

  test('an invalid scene is not handed over; the retry hands its scenes over again from index 0', async () => {
    const bad = { ...distinct, scenes: distinct.scenes.map((each, index) => (index === 2 ? { ...each, shot: 'sideways' } : each)) }
    const ai = setUp((_, call) => chatCompletionStream(JSON.stringify(call === 0 ? bad : distinct)))
    const seen: string[] = []
    const result = await ai.generateStoryboard(request, { onScene: (each, index) => seen.push(`${index}:${each.narration}`) })
    expect(result.value).toEqual(distinct)
    expect(seen).toEqual([
      ...[0, 1, 3, 4, 5].map((index) => `${index}:Línea ${index + 1}.`),
      ...[0, 1, 2, 3, 4, 5].map((index) => `${index}:Línea ${index + 1}.`),
    ])
  })

  test('a stream chunk that is not a completion chunk is an upstream error', async () => {
    const ai = setUp(() => new Response('data: {"choices": "nope"}\n\n', { headers: { 'content-type': 'text/event-stream' } }))
    const error = (await ai.generateStoryboard(request, { onScene: () => {} }).catch((caught: unknown) => caught)) as AiError
    expect(error.code).toBe('upstream')
  })

  test('a stream that stalls past the timeout is an AiError timeout', async () => {
    const ai = setUp(
      () => chatCompletionStream(JSON.stringify(distinct), { before: (index) => (index === 3 ? neverAnswers.then() : undefined) }),
      {
        timeoutMs: 300,
      },
    )
    const seen: number[] = []
    const error = (await ai
      .generateStoryboard(request, { onScene: (_, index) => seen.push(index) })
      .catch((caught: unknown) => caught)) as AiError
    expect(error.code).toBe('timeout')
    expect(seen).toEqual([])
  })
})

describe('answerQuestion', () => {
  test('asks in plain text with the video as context and the answer language, returns the Markdown', async () => {
    const ai = setUp(() => chatCompletion('  **Escena 3**: más corta.  ', { prompt_tokens: 50, completion_tokens: 7 }))
    const result = await ai.answerQuestion({ video: validStoryboard, question: 'make scene 3 punchier', language: 'fr' })
    expect(result.value).toBe('**Escena 3**: más corta.')
    expect(result.usage).toEqual({ promptTokens: 50, completionTokens: 7 })
    const body = server!.requests[0]!.body as { response_format?: unknown }
    expect(body.response_format).toBeUndefined()
    const [system, user] = messagesOf(body)
    expect(system!.content).toContain('Answer in French (français)')
    expect(user!.content).toContain('"number":3')
    expect(user!.content).toContain('Question: make scene 3 punchier')
  })

  test('an empty answer is invalid output', async () => {
    const ai = setUp(() => chatCompletion('   '))
    const error = (await ai
      .answerQuestion({ video: validStoryboard, question: 'hi there', language: 'en' })
      .catch((caught: unknown) => caught)) as AiError
    expect(error.code).toBe('invalid_output')
  })
})

describe('regenerateScene', () => {
  const storyboard = ['Primera.', 'Segunda.', 'Tercera.', 'Cuarta.'].map((narration, index) => ({
    ...scene(5 + index),
    narration,
    shot: (['wide', 'medium', 'close-up', 'overhead'] as const)[index]!,
  }))
  const input = { request, scenes: storyboard, position: 2, instruction: 'más corto', variant: 1 }

  test('asks with the neighbours, the scene and the instruction; a reply that is no scene is asked again; the slot stays', async () => {
    const replies = [
      '{"narration": ""}',
      JSON.stringify({ ...scene(12), narration: 'Nueva tercera.', shot: 'pov', palette: ['#000000', '#111111', '#ffffff'] }),
    ]
    const ai = setUp((_, index) => chatCompletion(replies[index]!))
    const result = await ai.regenerateScene(input)
    expect(result.value).toMatchObject({ narration: 'Nueva tercera.', shot: 'pov', durationSec: 7 })
    expect(result.usage).toEqual({ promptTokens: 200, completionTokens: 100 })
    const [first, second] = server!.requests.map((each) => JSON.stringify(each.body))
    for (const neighbour of ['Primera.', 'Segunda.', 'Cuarta.', 'Tercera.', 'más corto', 'Spanish']) expect(first).toContain(neighbour)
    expect(second).toContain('not a valid storyboard')
  })

  test('two unusable replies are an invalid_output error', async () => {
    const ai = setUp(() => chatCompletion('not json'))
    const error = (await ai.regenerateScene(input).catch((caught: unknown) => caught)) as AiError
    expect(error).toBeInstanceOf(AiError)
    expect(error.code).toBe('invalid_output')
  })
})
