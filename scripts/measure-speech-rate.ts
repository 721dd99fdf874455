/**
 * How fast the bundled eSpeak NG (the local speech provider) speaks the local writer's narration, per language, at the default rate: the words
 * per minute behind server/ai/pacing.ts. Prints one line per language (words, seconds, wpm).
 * Run: npx bun scripts/measure-speech-rate.ts
 */
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { LANGUAGES, VIDEO_STYLES } from '../server/ai/storyboard.ts'
import { createLocalTtsProvider } from '../server/tts/local/provider.ts'
import { defaultVoice } from '../server/tts/voices.ts'

const PROMPTS = ['a 30-second ad for a bicycle repair shop, warm and funny', 'the story of a lighthouse keeper and a storm', 'how solar panels work', 'a portrait of my grandmother the baker']
const ai = createLocalProvider()
const tts = createLocalTtsProvider({ timeoutMs: 120_000 })
const secondsOf = async (text: string, language: (typeof LANGUAGES)[number]): Promise<number> => (await tts.synthesize(text, defaultVoice(language))).durationSec

for (const language of LANGUAGES) {
  let words = 0
  let seconds = 0
  for (const [index, prompt] of PROMPTS.entries()) {
    const { value } = await ai.generateStoryboard({ prompt, style: VIDEO_STYLES[index]!, durationSec: 60, aspect: '16:9', language })
    for (const scene of value.scenes) {
      words += scene.narration.split(/\s+/).filter(Boolean).length
      seconds += await secondsOf(scene.narration, language)
    }
  }
  console.log(`${language}\twords ${words}\tseconds ${seconds.toFixed(1)}\twpm ${((words / seconds) * 60).toFixed(1)}`)
}
await tts.close()
