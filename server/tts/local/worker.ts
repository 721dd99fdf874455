/**
 * A synthesis worker: compiles eSpeak NG once, then speaks one sentence per message, off the
 * thread that answers HTTP requests. Listed as an entry point of the compiled binary
 * (scripts/build.ts), which is how a Worker file gets into it.
 */
import { compileEspeak, runEspeak } from './espeak.ts'
import type { SynthesisReply, SynthesisRequest } from './messages.ts'

declare const self: Worker

// Started at once, awaited per message: the handler is attached before any await, so no message is lost.
const compiled = compileEspeak()

self.onmessage = async (event: MessageEvent<SynthesisRequest>) => {
  const { id, ...job } = event.data
  let reply: SynthesisReply
  try {
    reply = { id, ok: true, wav: await runEspeak(await compiled, job) }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  if (reply.ok) self.postMessage(reply, [reply.wav.buffer as ArrayBuffer])
  else self.postMessage(reply)
}
