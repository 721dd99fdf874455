import { ON_SCREEN_PHRASE_MAX, TEXT_SCENE_RULE } from '../../../shared/sources.ts'
import { SCENE_COUNT_LIMITS } from '../../../shared/durations.ts'
import { countWords } from '../../tts/words.ts'
import { PAUSES, wordBudget, wordsPerSecond } from '../pacing.ts'
import { storyboardSchema, type Language, type Scene, type Storyboard, type VideoStyle } from '../storyboard.ts'
import { SCENE_SCHEMA_MAX_SEC, SCENE_SCHEMA_MIN_SEC, splitDuration } from '../timing.ts'
import { groupIntoScenes } from './group.ts'
import { lookFor } from './look.ts'
import { fitToWords, keyTerms, onScreenPhrase, sceneFrequencies } from './phrase.ts'
import { TEXT_PHRASES } from './phrases.ts'
import { headingOf, splitText, type TextSentence } from './sentences.ts'
import { selectSentences } from './summarize.ts'

/** What a storyboard made from text needs of the request. */
export interface TextRequest {
  language: Language
  style: VideoStyle
  durationSec: number
  voiceRate?: number | undefined
}

const TITLE_MAX = 120
const LOGLINE_MAX = 300
const VISUAL_MAX = 400
const KEY_TERMS = 3

/** A sentence's speech at the request's rate, with the gap that follows it. */
const secondsOf = (text: string, request: Pick<TextRequest, 'language' | 'voiceRate'>) =>
  countWords(text, request.language) / wordsPerSecond(request.language, request.voiceRate) + PAUSES.gapSec

/** A scene's natural length: lead-in, its sentences and the gaps between them, tail (the worker's fit measures the real one). */
const sceneSeconds = (sentences: readonly string[], request: Pick<TextRequest, 'language' | 'voiceRate'>) =>
  PAUSES.leadInSec + PAUSES.tailSec - PAUSES.gapSec + sentences.reduce((sum, text) => sum + secondsOf(text, request), 0)

const clampScene = (seconds: number) => Math.min(SCENE_SCHEMA_MAX_SEC, Math.max(SCENE_SCHEMA_MIN_SEC, Math.round(seconds * 10) / 10))

/** Whole sentences grouped into scenes (see group.ts): their texts, scene by scene. */
export const scenesOf = (sentences: readonly TextSentence[], request: Pick<TextRequest, 'language' | 'voiceRate'>): string[][] =>
  groupIntoScenes(
    sentences.map((sentence) => ({
      paragraph: sentence.paragraph,
      seconds: secondsOf(sentence.text, request),
      chars: sentence.text.length,
    })),
  ).map((scene) => scene.map((index) => sentences[index]!.text))

/** About how long a script takes to say at the request's rate, in seconds: its scenes' natural lengths. */
export const estimateScriptSec = (text: string, request: Pick<TextRequest, 'language' | 'voiceRate'>): number =>
  scenesOf(splitText(text, request.language), request).reduce((sum, scene) => sum + sceneSeconds(scene, request), 0)

const buildScenes = (groups: readonly string[][], request: TextRequest, durations: readonly number[], seedText: string): Scene[] => {
  const narrations = groups.map((sentences) => sentences.join(' '))
  const frequency = sceneFrequencies(narrations, request.language)
  const looks = lookFor(seedText, request.style, groups.length)
  const phrases = TEXT_PHRASES[request.language]
  const list = new Intl.ListFormat(request.language, { type: 'conjunction' })
  return groups.map((sentences, index) => {
    const terms = keyTerms(sentences, request.language, { sceneFrequency: frequency, sceneCount: groups.length, limit: KEY_TERMS })
    return {
      narration: narrations[index]!,
      onScreenText: onScreenPhrase(sentences[0]!, request.language, ON_SCREEN_PHRASE_MAX),
      visual: fitToWords(terms.length > 0 ? phrases.visual(list.format(terms)) : phrases.visualFallback, VISUAL_MAX, request.language),
      shot: looks[index]!.shot,
      palette: looks[index]!.palette,
      durationSec: durations[index]!,
    }
  })
}

const assemble = (title: string, logline: string, scenes: Scene[], language: Language): Storyboard =>
  storyboardSchema.parse({
    title: fitToWords(title, TITLE_MAX, language),
    logline: fitToWords(logline, LOGLINE_MAX, language),
    script: scenes.map((scene) => scene.narration).join('\n\n'),
    scenes,
  })

/**
 * A storyboard from the person's own script, every word kept and in order: whole sentences grouped
 * into scenes, each scene's on-screen text and visual description taken from its own words. Scene
 * lengths are estimates; the worker times them from the real narration, which sets the video's length.
 * @param title the video's title when the person gave one; else the script's first phrase
 */
export const storyboardFromScript = (text: string, request: TextRequest, title?: string): Storyboard => {
  const sentences = splitText(text, request.language)
  if (sentences.length === 0) throw new RangeError('the script has no sentence')
  const groups = scenesOf(sentences, request)
  const durations = groups.map((scene) => clampScene(sceneSeconds(scene, request)))
  const scenes = buildScenes(groups, request, durations, text)
  const first = sentences[0]!.text
  return assemble(title?.trim() || onScreenPhrase(first, request.language, TITLE_MAX), first, scenes, request.language)
}

export interface ArticleSource {
  text: string
  title?: string | undefined
  url?: string | undefined
}

/** The article's sentences worth choosing from: its heading line (when it has one) is its title, not a sentence. */
const articleBody = (source: ArticleSource, language: Language): { heading: string | null; sentences: TextSentence[] } => {
  const heading = headingOf(source.text, TITLE_MAX)
  const sentences = splitText(source.text, language)
  if (heading && sentences[0]?.text === heading && sentences.length > 1) return { heading, sentences: sentences.slice(1) }
  return { heading: null, sentences }
}

/** "From: <title>", "<title> (<url>)": who the words belong to, as the person named them. */
export const attributionOf = (source: ArticleSource, language: Language): string => {
  const { heading, sentences } = articleBody(source, language)
  const title = source.title?.trim() || heading
  const named = title && source.url ? `${title} (${source.url})` : (title ?? source.url ?? sentences[0]?.text ?? source.text.trim())
  return TEXT_PHRASES[language].from(named)
}

/**
 * A storyboard from an article: its most important sentences (summarize.ts) that fit the word budget
 * of the length asked for (the voice's speaking rate), in their original order, each one verbatim,
 * grouped into scenes as a script is. The logline attributes it; nothing is added to what it says.
 */
export const storyboardFromArticle = (source: ArticleSource, request: TextRequest): Storyboard => {
  const { heading, sentences } = articleBody(source, request.language)
  if (sentences.length === 0) throw new RangeError('the article has no sentence')
  const sceneGuess = Math.min(SCENE_COUNT_LIMITS.max, Math.max(1, Math.round(request.durationSec / TEXT_SCENE_RULE.targetSec)))
  const budget = wordBudget(request, sceneGuess).words
  const candidates = sentences.map((sentence) => ({ ...sentence, words: countWords(sentence.text, request.language) }))
  const chosen = selectSentences(candidates, budget, request.language).map((index) => sentences[index]!)
  const groups = scenesOf(chosen, request)
  const weights = groups.map((scene) => sceneSeconds(scene, request))
  const fits = groups.length * SCENE_SCHEMA_MIN_SEC <= request.durationSec && groups.length * SCENE_SCHEMA_MAX_SEC >= request.durationSec
  // The target shared in proportion to the speech when it can be; an article too short for it keeps its own length.
  const durations = fits
    ? splitDuration(request.durationSec, weights, { step: 0.1, minSec: SCENE_SCHEMA_MIN_SEC, maxSec: SCENE_SCHEMA_MAX_SEC })
    : weights.map(clampScene)
  const scenes = buildScenes(groups, request, durations, source.text)
  const title = source.title?.trim() || heading || onScreenPhrase(chosen[0]!.text, request.language, TITLE_MAX)
  return assemble(title, attributionOf(source, request.language), scenes, request.language)
}
