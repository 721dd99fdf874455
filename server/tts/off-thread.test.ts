import { afterAll, beforeAll, expect, test } from 'bun:test'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { defaultVoice } from './voices.ts'

/**
 * Synthesis runs in a worker thread, so the thread answering HTTP stays free: pages are answered
 * while sentences are still being spoken. (How much slower they get is scripts/bench-tts.ts's job.)
 */

let t: TestApp
let server: ReturnType<typeof Bun.serve>
beforeAll(async () => {
  t = await createTestApp()
  server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: (request) => t.app.fetch(request) })
})
afterAll(async () => {
  await server.stop(true)
  await t.close()
})

test('requests made while 20 sentences are being synthesized complete before the synthesis does', async () => {
  const events: string[] = []
  // Warm the worker first: the first sentence also compiles the wasm.
  await t.narration.narrator.narrate('Warming up.', defaultVoice('en'))
  const sentences = Array.from({ length: 20 }, (_, index) => `Sentence number ${index + 1} of the narration.`)
  const narrating = Promise.all(
    sentences.map((sentence) => t.narration.narrator.narrate(sentence, defaultVoice('en')).then(() => events.push('sentence'))),
  )
  for (let request = 0; request < 5; request++) {
    const response = await fetch(`${server.url}healthz`, { signal: AbortSignal.timeout(10_000) })
    expect(response.status).toBe(200)
    events.push('healthz')
  }
  await narrating
  expect(events.filter((event) => event === 'sentence')).toHaveLength(20)
  // All five page requests answered while most sentences were still queued or being spoken.
  const lastHealthz = events.lastIndexOf('healthz')
  expect(lastHealthz).toBeLessThan(10)
}, 120_000)
