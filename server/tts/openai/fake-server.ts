/**
 * A fake OpenAI-compatible speech endpoint on 127.0.0.1 for tests: records every request and answers
 * `POST /v1/audio/speech` with whatever the test's handler returns. Not used in production code.
 */
import { type FakeHandler, type FakeOpenAiServer, type RecordedRequest, startFakeEndpoint } from '../../ai/openai/fake-server.ts'

export type RecordedSpeechRequest = RecordedRequest
export type SpeechHandler = FakeHandler
/** `baseUrl` is what TTS_BASE_URL takes, e.g. http://127.0.0.1:54321/v1 */
export type FakeSpeechServer = FakeOpenAiServer

export const wavResponse = (wav: Uint8Array): Response =>
  new Response(wav as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'audio/wav' } })

export const startFakeSpeechServer = (handler: SpeechHandler): FakeSpeechServer => startFakeEndpoint('/v1/audio/speech', handler)
