/**
 * An image worker: decodes and re-encodes one upload per message, off the thread that answers HTTP
 * requests. Listed as an entry point of the compiled binary (scripts/build/paths.ts).
 */
import { loadCodecs } from './codecs.ts'
import type { TranscodeReply, TranscodeRequest } from './messages.ts'
import { transcode } from './transcode.ts'

declare const self: Worker

// Started at once, awaited per message: the handler is attached before any await, so no message is lost.
const codecs = loadCodecs()

self.onmessage = async (event: MessageEvent<TranscodeRequest>) => {
  const { id, ...request } = event.data
  let reply: TranscodeReply
  try {
    reply = { id, ok: true, ...(await transcode(await codecs, request)) }
  } catch (error) {
    // Emscripten throws plain objects and strings as well as Errors.
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  if (reply.ok) self.postMessage(reply, [reply.bytes.buffer as ArrayBuffer])
  else self.postMessage(reply)
}
