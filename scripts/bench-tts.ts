/**
 * Narration benchmark, in process, on the real local engine:
 *  (a) synthesis speed: sentences per second and the real-time factor (seconds of audio per second
 *      of wall time and per second of CPU, all threads), sentences spoken one after another;
 *  (b) what synthesis costs other requests: the median latency of GET /healthz over a real socket
 *      on an idle server, then while 20 sentences are being synthesized, and their ratio (goal <= 1.2).
 *
 *   bun scripts/bench-tts.ts [--sentences 20] [--requests 200]
 */
import { LANGUAGES } from '../server/ai/storyboard.ts'
import { createTestApp } from '../server/testing/test-app.ts'
import { createLocalTtsProvider } from '../server/tts/local/provider.ts'
import { splitSentences } from '../server/tts/sentences.ts'
import { defaultVoice } from '../server/tts/voices.ts'
import { cpuMs } from './bench/ops.ts'
import { SPEAKING_RATE_CORPUS } from './tts/speaking-rate-corpus.ts'

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const sentenceCount = arg('sentences', 20)
const requestCount = arg('requests', 200)

const corpus = LANGUAGES.flatMap((language) =>
  SPEAKING_RATE_CORPUS[language].flatMap((text) => splitSentences(text, language).map((sentence) => ({ sentence, language }))),
)
const pick = (count: number, salt: string) =>
  Array.from({ length: count }, (_, index) => ({
    ...corpus[index % corpus.length]!,
    sentence: `${corpus[index % corpus.length]!.sentence} ${salt}${index}`,
  }))

// (a) Synthesis speed, after one warm-up sentence (the wasm compile).
const tts = createLocalTtsProvider()
await tts.synthesize('Warm up.', defaultVoice('en'))
let audioSec = 0
const wallStart = performance.now()
const cpuStart = cpuMs()
for (const { sentence, language } of pick(sentenceCount, 'a'))
  audioSec += (await tts.synthesize(sentence, defaultVoice(language))).durationSec
const wallSec = (performance.now() - wallStart) / 1000
const cpuSec = (cpuMs() - cpuStart) / 1000
await tts.close()
console.log(
  `synthesis: ${sentenceCount} sentences, ${audioSec.toFixed(1)} s of audio in ${wallSec.toFixed(2)} s wall / ${cpuSec.toFixed(2)} s CPU`,
)
console.log(
  `  ${(sentenceCount / wallSec).toFixed(1)} sentences/s, real-time factor ${(audioSec / wallSec).toFixed(1)}x wall, ${(audioSec / cpuSec).toFixed(1)}x CPU`,
)

// (b) Page latency, idle vs during synthesis.
const t = await createTestApp()
const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: (request) => t.app.fetch(request) })
const url = `${server.url}healthz`
const latencies = async (count: number, keepGoing: () => boolean = () => true) => {
  const samples: number[] = []
  for (let i = 0; i < count && keepGoing(); i++) {
    const started = performance.now()
    await (await fetch(url)).arrayBuffer()
    samples.push(performance.now() - started)
  }
  return samples
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
try {
  await t.narration.narrator.narrate('Warm up.', defaultVoice('en'))
  // Warm the JIT, so the idle figure is not the slow start of the run.
  await latencies(requestCount * 3)
  const idleBefore = median(await latencies(requestCount))
  let pending = sentenceCount
  const narrating = Promise.all(
    pick(sentenceCount, 'b').map(({ sentence, language }) =>
      t.narration.narrator.narrate(sentence, defaultVoice(language)).finally(() => pending--),
    ),
  )
  // Only samples taken while sentences are still being spoken count.
  const busySamples = await latencies(requestCount, () => pending > 0)
  await narrating
  const busy = median(busySamples)
  const idle = (idleBefore + median(await latencies(requestCount))) / 2
  console.log(
    `GET /healthz median: idle ${idle.toFixed(3)} ms (before and after), during synthesis of ${sentenceCount} sentences ${busy.toFixed(3)} ms (${busySamples.length} samples)`,
  )
  console.log(`  ratio ${(busy / idle).toFixed(2)} (goal <= 1.2)`)
} finally {
  await server.stop(true)
  await t.close()
}
