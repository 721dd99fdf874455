/**
 * The smallest program that runs the local engine: compiled with the worker entry by
 * `e2e/tts-binary.test.ts` to prove the worker and the wasm are embedded. Writes `clip.wav` in the
 * working directory and prints one JSON line.
 */
import { createLocalTtsProvider } from '../provider.ts'
import { defaultVoice } from '../../voices.ts'

const tts = createLocalTtsProvider()
try {
  const clip = await tts.synthesize(process.argv[2] ?? 'Hello from the binary.', defaultVoice('en'))
  await Bun.write('clip.wav', clip.audio)
  console.log(JSON.stringify({ bytes: clip.audio.byteLength, durationSec: clip.durationSec, engine: tts.engineVersion }))
} finally {
  await tts.close()
}
