/**
 * How close the finished length lands on the target: the local writer's script in every language,
 * spoken by the bundled eSpeak NG and fitted (server/jobs/narrate-video.ts). Prints target, total,
 * error and the rate used per language. Run: npx bun scripts/measure-fit.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { DURATION_PRESETS_SEC, LANGUAGES, MAX_DURATION_SEC, MIN_DURATION_SEC } from '../server/ai/storyboard.ts'
import { createRepositories, openDatabase } from '../server/db/index.ts'
import { narrateVideo } from '../server/jobs/narrate-video.ts'
import { silentLogger } from '../server/log.ts'
import { createAudioStore } from '../server/tts/audio-store.ts'
import { createLocalTtsProvider } from '../server/tts/local/provider.ts'
import { createNarrator } from '../server/tts/narrator.ts'

const dir = await mkdtemp(join(tmpdir(), 'reelsmith-measure-fit-'))
const db = await openDatabase({ dataDir: dir, logger: silentLogger })
const engine = createLocalTtsProvider({ size: 2, timeoutMs: 60_000, queueLimit: 1000 })
const narrator = createNarrator({
  provider: engine,
  store: createAudioStore({ clips: createRepositories(db).audioClips, dir: join(dir, 'audio') }),
})
const ai = createLocalProvider()

console.log('language\ttarget\ttotal\terror %\trate\tspeech share')
for (const language of LANGUAGES) {
  for (const durationSec of [MIN_DURATION_SEC, ...DURATION_PRESETS_SEC, MAX_DURATION_SEC]) {
    const { value } = await ai.generateStoryboard({
      prompt: 'An ad for a bicycle repair shop, warm and funny',
      style: 'playful',
      durationSec,
      aspect: '16:9',
      language,
    })
    const result = await narrateVideo(
      value,
      { language, durationSec, shorts: false, voiceRate: 165, voicePitch: 50 },
      { narrator, signal: new AbortController().signal },
    )
    const speech = result.narrations
      .flatMap((scene) => scene.sentences)
      .reduce((sum, sentence) => sum + sentence.endSec - sentence.startSec, 0)
    const error = ((result.fit.totalSec - durationSec) / durationSec) * 100
    console.log(
      `${language}\t${durationSec}\t${result.fit.totalSec}\t${error.toFixed(2)}\t${result.rate}\t${(speech / result.fit.totalSec).toFixed(2)}`,
    )
  }
}
await engine.close()
await db.close()
await rm(dir, { recursive: true, force: true })
