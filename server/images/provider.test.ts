import { afterAll, afterEach, describe, expect, test } from 'bun:test'
import { type FakeOpenAiServer, startFakeEndpoint } from '../ai/openai/fake-server.ts'
import { solidPng } from '../uploads/testing/images.ts'
import { createOpenAiImageProvider, ImageError } from './provider.ts'

const PNG = solidPng(4, 4, [0, 128, 255, 255])
const b64 = Buffer.from(PNG).toString('base64')
const servers: FakeOpenAiServer[] = []
const serve = (handler: Parameters<typeof startFakeEndpoint>[1]) => {
  const server = startFakeEndpoint('/v1/images/generations', handler)
  servers.push(server)
  return server
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop()
})
afterAll(async () => {
  for (const server of servers.splice(0)) await server.stop()
})

const provider = (baseUrl: string, timeoutMs = 5000) =>
  createOpenAiImageProvider({ baseUrl, apiKey: 'img-key', model: 'fake-image', size: '1536x1024', timeoutMs })

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    if (error instanceof ImageError) return error.code
    throw error
  }
  throw new Error('no error')
}

describe('the OpenAI images provider', () => {
  test('asks /v1/images/generations for one base64 picture with the model, size and key, and returns its bytes', async () => {
    const fake = serve(() => Response.json({ created: 0, data: [{ b64_json: b64 }] }))
    const bytes = await provider(fake.baseUrl).generate('A lighthouse at dawn')
    expect(bytes).toEqual(PNG)
    expect(fake.requests[0]!.body).toEqual({
      model: 'fake-image',
      prompt: 'A lighthouse at dawn',
      size: '1536x1024',
      n: 1,
      response_format: 'b64_json',
    })
    expect(fake.requests[0]!.headers.get('authorization')).toBe('Bearer img-key')
  })

  test('an error status is upstream, a reply without a picture invalid_output, a slow endpoint timeout', async () => {
    expect(await codeOf(provider(serve(() => new Response('no', { status: 500 })).baseUrl).generate('x'))).toBe('upstream')
    expect(await codeOf(provider(serve(() => Response.json({ data: [] })).baseUrl).generate('x'))).toBe('invalid_output')
    expect(await codeOf(provider(serve(() => new Response('<html>')).baseUrl).generate('x'))).toBe('invalid_output')
    // Never answers: the provider gives up after its timeout.
    const hanging = serve(() => new Promise<Response>(() => {}))
    expect(await codeOf(provider(hanging.baseUrl, 200).generate('x'))).toBe('timeout')
    expect(await codeOf(provider('http://127.0.0.1:9/v1').generate('x'))).toBe('upstream')
  })
})
