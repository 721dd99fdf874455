import { describe, expect, test } from 'bun:test'
import type { AssistantVideo, Language, QuestionInput } from '../../storyboard.ts'
import { writeStoryboard } from '../writer/write.ts'
import { LANGUAGE_PACKS } from '../lang/index.ts'
import { guessLanguage } from '../read-prompt.ts'
import { countWords } from '../tokens.ts'
import { answerLocally, escapeMarkdown } from './compose.ts'

const request = {
  prompt: 'a 30-second ad for a bicycle repair shop, warm and funny',
  style: 'playful',
  durationSec: 30,
  aspect: '16:9',
  language: 'en',
} as const
const video: AssistantVideo = { ...writeStoryboard(request), ...request }
const ask = (question: string, language: Language = 'en', about: AssistantVideo = video) =>
  answerLocally({ video: about, question, language } satisfies QuestionInput, LANGUAGE_PACKS)

describe('answerLocally', () => {
  test('"make scene 3 punchier" rewrites scene 3 with a shorter line', () => {
    const answer = ask('make scene 3 punchier')
    const original = video.scenes[2]!.narration
    expect(answer).toContain('scene 3')
    expect(answer).toContain(`**Before:** “${original}”`)
    const after = /\*\*After:\*\* “(.+)”/.exec(answer)![1]!
    expect(countWords(after)).toBeLessThan(countWords(original))
  })

  test('a scene that does not exist is named as such', () => {
    expect(ask('make scene 12 punchier')).toBe(
      `This video has ${video.scenes.length} scenes, so there is no scene 12. Ask about scenes 1 to ${video.scenes.length}.`,
    )
  })

  test('"what music fits?" suggests music from the style and mood, with tempo and cut points', () => {
    const answer = ask('What music fits?')
    expect(answer).toContain('ukulele')
    expect(answer).toMatch(/Tempo: about \d+–\d+ BPM/)
    const secondScene = video.scenes[0]!.durationSec
    expect(answer).toContain(`0:0${Math.floor(secondScene)}`)
    expect(answer).toContain('acoustic instruments')
  })

  test('pacing is measured from the scenes: a crowded scene is named', () => {
    const crowded: AssistantVideo = {
      ...video,
      scenes: video.scenes.map((scene, index) =>
        index === 1 ? { ...scene, narration: 'word '.repeat(30).trim(), durationSec: 3 } : scene,
      ),
    }
    expect(ask('Is the pacing right?', 'en', crowded)).toContain('Crowded (over 3 words per second, hard to follow): Scene 2.')
    expect(ask('Is the pacing right?')).toContain(`${video.scenes.length} scenes in 30 s`)
  })

  test('titles, hooks and endings are alternatives built on the subject, never the current one', () => {
    const titles = ask('Suggest a better title')
    expect(titles).toContain('1. **Bicycle Repair Shop:')
    expect(titles).not.toContain(`1. **${video.title}**`)
    const hooks = ask('give me a stronger hook')
    expect(hooks).toContain('bicycle repair shop')
    expect(hooks).not.toContain(video.scenes[0]!.narration)
    expect(ask('improve the ending')).toContain('Alternative endings:')
  })

  test('answers in the person’s language, whatever the question’s language', () => {
    for (const language of ['es', 'fr', 'de', 'pt', 'it'] as const) {
      const answer = ask('What music fits?', language)
      expect(guessLanguage(answer, LANGUAGE_PACKS, 'en')).toBe(language)
    }
    expect(ask('¿Qué música encaja?', 'en')).toContain('For this playful video')
  })

  test('anything else gets a summary and the questions it can answer', () => {
    const answer = ask('hello?')
    expect(answer).toStartWith(`**${video.title}**: ${video.scenes.length} scenes`)
    expect(answer).toContain('“Make scene 3 punchier”')
  })

  test('the same question gives the same answer', () => {
    expect(ask('Suggest a better title')).toBe(ask('Suggest a better title'))
  })

  test('text from the video cannot inject Markdown or HTML', () => {
    const hostile: AssistantVideo = {
      ...video,
      title: '<script>alert(1)</script> **bold** [link](javascript:x)',
      scenes: video.scenes.map((scene) => ({
        ...scene,
        narration: '<img src=x onerror=alert(1)> and `code`, with *stars* everywhere here.',
      })),
    }
    expect(ask('hello?', 'en', hostile)).toContain('**\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](javascript:x)**')
    expect(ask('make scene 1 punchier', 'en', hostile)).toContain(
      '**Before:** “\\<img src=x onerror=alert(1)\\> and \\`code\\`, with \\*stars\\* everywhere here.”',
    )
  })
})

describe('escapeMarkdown', () => {
  test('escapes formatting characters and keeps text on one line', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g` #h |i| ~j~\nk')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\~j\\~ k',
    )
  })
})
