import { normalizeText } from '../../request-key.ts'
import type { AssistantVideo, Language, QuestionInput, Scene, VideoStyle } from '../../storyboard.ts'
import { formatTime } from '../writer/compose.ts'
import { STYLE_MOOD } from '../writer/style-mood.ts'
import { subjectContext } from './subject-context.ts'
import { render } from '../lang/helpers.ts'
import { MOODS, type Kind, type LanguagePack, type Mood, type PhraseContext } from '../lang/types.ts'
import { createRandom, type Random } from '../random.ts'
import { readPrompt } from '../read-prompt.ts'
import { countWords } from '../tokens.ts'
import { readQuestion } from './intent.ts'
import { tightenLine } from './tighten.ts'

type Packs = Readonly<Record<Language, LanguagePack>>

/** Text from the video quoted inside Markdown: formatting characters escaped, kept on one line. */
export const escapeMarkdown = (text: string): string => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~]/g, '\\$&')

const bullets = (lines: readonly string[]): string => lines.map((line) => `- ${line}`).join('\n')
/** Options to choose from are numbered, so they never merge with the tips' bullet list below them. */
const numbered = (lines: readonly string[]): string => lines.map((line, index) => `${index + 1}. ${line}`).join('\n')

/** Beats per minute that suit each style; energetic moods push up, quiet ones pull down. */
const STYLE_TEMPO: Record<VideoStyle, [number, number]> = {
  cinematic: [80, 100],
  documentary: [70, 90],
  playful: [110, 128],
  minimal: [70, 90],
  retro: [95, 115],
  noir: [60, 80],
  corporate: [100, 115],
  dreamy: [60, 80],
}
const MOOD_TEMPO: Partial<Record<Mood, number>> = { bold: 10, funny: 6, calm: -10, mysterious: -6 }

/** Narration faster than this is hard to follow; slower than SPARSE feels empty. */
const CROWDED_WORDS_PER_SEC = 3
const SPARSE_WORDS_PER_SEC = 1.2

interface Context {
  input: QuestionInput
  video: AssistantVideo
  pack: LanguagePack
  packs: Packs
  random: Random
  style: VideoStyle
  mood: Mood
  kind: Kind
  subject: PhraseContext
}

const readContext = (input: QuestionInput, packs: Packs): Context => {
  const { video, language } = input
  const pack = packs[language]
  const style = video.style ?? 'cinematic'
  const reading = video.prompt ? readPrompt(video.prompt, packs, video.language ?? language) : null
  const titleWords = video.title.split(/[:,–—|]/)[0]!.trim() || video.title
  const subject = reading?.subject
    ? subjectContext(reading, pack, language)
    : { s: pack.grammar.subjectForms(titleWords, null, true), detail: null }
  return {
    input,
    video,
    pack,
    packs,
    random: createRandom(JSON.stringify([normalizeText(input.question), language, video.title, video.scenes.length])),
    style,
    mood: reading?.moods[0] ?? STYLE_MOOD[style],
    kind: reading?.kind ?? 'portrait',
    subject,
  }
}

const sceneNumber = (scene: number | 'last', count: number): number => (scene === 'last' ? count : scene)

/** The scene whose narration is most crowded: the first to tighten when no scene is named. */
const busiestScene = (scenes: readonly Scene[]): number => {
  const rates = scenes.map((scene) => countWords(scene.narration) / scene.durationSec)
  return rates.indexOf(Math.max(...rates)) + 1
}

const punchier = (c: Context, named: number | 'last' | null): string => {
  const { pack, video } = c
  const number = named === null ? busiestScene(video.scenes) : sceneNumber(named, video.scenes.length)
  const scene = video.scenes[number - 1]
  if (!scene) return pack.assistant.noSuchScene(number, video.scenes.length)
  const after = tightenLine(scene.narration, pack.lexicon, pack.assistant.fillerWords)
  const ratio = countWords(after) / Math.max(1, countWords(scene.narration))
  const toSec = Math.min(scene.durationSec, Math.max(3, Math.round((scene.durationSec * ratio + 1) * 2) / 2))
  const tips = pack.assistant.punchierTips({
    shot: pack.assistant.shotNames[scene.shot],
    fromSec: scene.durationSec,
    toSec,
    onScreen: escapeMarkdown(scene.onScreenText || after),
  })
  return [
    pack.assistant.punchierIntro(number),
    `> **${pack.assistant.before}:** ${pack.assistant.quote(escapeMarkdown(scene.narration))}\n>\n> **${pack.assistant.after}:** ${pack.assistant.quote(escapeMarkdown(after))}`,
    pack.assistant.why,
    bullets(toSec < scene.durationSec ? tips : tips.slice(1)),
  ].join('\n\n')
}

const music = (c: Context): string => {
  const { pack, video, style, mood } = c
  const shift = MOOD_TEMPO[mood] ?? 0
  const [low, high] = STYLE_TEMPO[style]
  let elapsed = 0
  const cuts = video.scenes.slice(0, -1).map((scene) => formatTime((elapsed += scene.durationSec)))
  const lines = [pack.assistant.musicMood[mood], pack.assistant.musicTempo(low + shift, high + shift)]
  if (cuts.length > 0) lines.push(pack.assistant.musicCuts(cuts.length > 8 ? `${cuts.slice(0, 8).join(', ')}…` : cuts.join(', ')))
  lines.push(pack.assistant.musicMix)
  return `${pack.assistant.musicIntro(pack.assistant.styleNames[style])} ${pack.assistant.music[style]}\n\n${bullets(lines)}`
}

const pacing = (c: Context): string => {
  const { pack, video } = c
  const durationSec = video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
  const words = video.scenes.reduce((sum, scene) => sum + countWords(scene.narration), 0)
  const round = (value: number) => Math.round(value * 10) / 10
  const label = (indexes: number[]) => indexes.map((index) => pack.assistant.sceneLabel(index + 1)).join(', ')
  const rate = (scene: Scene) => countWords(scene.narration) / scene.durationSec
  const crowded = video.scenes.flatMap((scene, index) => (rate(scene) > CROWDED_WORDS_PER_SEC ? [index] : []))
  const sparse = video.scenes.flatMap((scene, index) => (rate(scene) < SPARSE_WORDS_PER_SEC ? [index] : []))
  const findings = [
    ...(crowded.length > 0 ? [pack.assistant.pacingCrowded(label(crowded))] : []),
    ...(sparse.length > 0 ? [pack.assistant.pacingSparse(label(sparse))] : []),
  ]
  const intro = pack.assistant.pacingIntro({
    count: video.scenes.length,
    durationSec: round(durationSec),
    averageSec: round(durationSec / video.scenes.length),
    wordsPerSecond: round(words / durationSec),
  })
  return `${intro}\n\n${bullets([...(findings.length > 0 ? findings : [pack.assistant.pacingFine]), ...pack.assistant.pacingTips])}`
}

const titles = (c: Context): string => {
  const { pack, video, random } = c
  const moods = [c.mood, ...random.shuffle(MOODS.filter((mood) => mood !== c.mood))]
  const options = [...new Set(moods.map((mood) => pack.phrases.title({ ...c.subject, kind: 'promo', mood })))]
    .filter((title) => title !== video.title)
    .slice(0, 3)
  return `${pack.assistant.titleIntro(escapeMarkdown(video.title))}\n\n${numbered(options.map((title) => `**${escapeMarkdown(title)}**`))}\n\n${pack.assistant.titleTip}`
}

/** Lines for a beat from the video's own kind, other than the ones the video already uses. */
const alternatives = (c: Context, beat: 'hook' | 'closing', current: string | undefined): string[] =>
  c.random
    .shuffle(c.pack.phrases.arcs[c.kind][beat].map((entry) => render(entry.say, c.subject)))
    .filter((line) => line !== current)
    .slice(0, 3)

const hook = (c: Context): string => {
  const lines = alternatives(c, 'hook', c.video.scenes[0]?.narration).map((line) => c.pack.assistant.quote(escapeMarkdown(line)))
  return `${c.pack.assistant.hookIntro}\n\n${numbered(lines)}\n\n${bullets(c.pack.assistant.hookTips)}`
}

const ending = (c: Context): string => {
  const lines = alternatives(c, 'closing', c.video.scenes[c.video.scenes.length - 1]?.narration).map((line) =>
    c.pack.assistant.quote(escapeMarkdown(line)),
  )
  return `${c.pack.assistant.endingIntro}\n\n${numbered(lines)}\n\n${bullets(c.pack.assistant.endingTips)}`
}

const sceneFacts = (c: Context, named: number | 'last'): string => {
  const { pack, video } = c
  const number = sceneNumber(named, video.scenes.length)
  const scene = video.scenes[number - 1]
  if (!scene) return pack.assistant.noSuchScene(number, video.scenes.length)
  const facts = pack.assistant.sceneFacts({
    narration: escapeMarkdown(scene.narration),
    onScreen: escapeMarkdown(scene.onScreenText),
    shot: pack.assistant.shotNames[scene.shot],
    durationSec: scene.durationSec,
  })
  return `${pack.assistant.sceneIntro(number)}\n\n${bullets([...facts, ...pack.assistant.sceneTips])}`
}

const summary = (c: Context): string => {
  const { pack, video } = c
  const durationSec = Math.round(video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0) * 10) / 10
  const intro = pack.assistant.summaryIntro({ title: escapeMarkdown(video.title), count: video.scenes.length, durationSec })
  return `${intro} ${escapeMarkdown(video.logline)}\n\n${pack.assistant.summaryAsk}\n\n${bullets(pack.assistant.summaryHelp)}`
}

/**
 * The local assistant: recognises the common questions (punchier scene, music, pacing, title, hook,
 * ending, one scene) in any of the languages, and answers from the video's own data in `input.language`,
 * as Markdown. Anything else gets a short summary and the questions it can answer.
 */
export const answerLocally = (input: QuestionInput, packs: Packs): string => {
  const c = readContext(input, packs)
  const question = readQuestion(input.question, packs)
  switch (question.intent) {
    case 'punchier':
      return punchier(c, question.scene)
    case 'music':
      return music(c)
    case 'pacing':
      return pacing(c)
    case 'title':
      return titles(c)
    case 'hook':
      return hook(c)
    case 'ending':
      return ending(c)
    case 'scene':
      return sceneFacts(c, question.scene ?? 1)
    default:
      return summary(c)
  }
}
