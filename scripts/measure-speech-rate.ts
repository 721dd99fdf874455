/**
 * How fast eSpeak NG speaks the local writer's narration, per language, at the default rate: the words
 * per minute behind server/ai/pacing.ts. Prints one line per language (words, seconds, wpm).
 * Run: npx bun scripts/measure-speech-rate.ts
 */
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { LANGUAGES, VIDEO_STYLES, VOICE_RATE_LIMITS } from '../server/ai/storyboard.ts'

const PROMPTS = ['a 30-second ad for a bicycle repair shop, warm and funny', 'the story of a lighthouse keeper and a storm', 'how solar panels work', 'a portrait of my grandmother the baker']
const ai = createLocalProvider()
const espeakVoice: Record<string, string> = { en: 'en-us', es: 'es', fr: 'fr-fr', de: 'de', pt: 'pt-br', it: 'it' }

const secondsOf = async (text: string, language: string): Promise<number> => {
  const child = Bun.spawn(['espeak-ng', '-v', espeakVoice[language]!, '-s', String(VOICE_RATE_LIMITS.default), '--stdout', text], { stdout: 'pipe' })
  const wav = new Uint8Array(await new Response(child.stdout).arrayBuffer())
  const view = new DataView(wav.buffer)
  const byteRate = view.getUint32(28, true)
  return (wav.length - 44) / byteRate
}

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
