import { normalizeText } from '../request-key.ts'
import { storyboardSchema, type Language, type Scene, type Storyboard, type VideoRequest, type VideoStyle } from '../storyboard.ts'
import { wordBudget } from '../pacing.ts'
import { SCENE_MIN_SEC, sceneMaxSecFor, splitDuration } from '../timing.ts'
import { chooseSceneCount, chooseShots, planBeats, sceneWeights } from './arc.ts'
import { render } from './lang/helpers.ts'
import type { Beat, Entry, Kind, LanguagePack, Lexicon, Mood, PhraseContext } from './lang/types.ts'
import { choosePalette, scenePalette } from './palettes.ts'
import { pickEntries } from './pick-entries.ts'
import { createRandom } from './random.ts'
import { readPrompt, type PromptReading } from './read-prompt.ts'
import { countWords, matchAny, tokenize } from './tokens.ts'

type Packs = Readonly<Record<Language, LanguagePack>>

/** The mood a style implies when the prompt names none. */
export const STYLE_MOOD: Record<VideoStyle, Mood> = {
  cinematic: 'inspiring',
  documentary: 'professional',
  playful: 'funny',
  minimal: 'calm',
  retro: 'nostalgic',
  noir: 'mysterious',
  corporate: 'professional',
  dreamy: 'calm',
}

/** Cuts at a word boundary and marks the cut, for fields with a length limit. */
export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`
}

/** "0:05", "1:02.5": scene boundaries are multiples of half a second. */
export const formatTime = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds - minutes * 60
  const whole = Math.floor(rest)
  const half = rest - whole >= 0.5 ? '.5' : ''
  return `${minutes}:${String(whole).padStart(2, '0')}${half}`
}

/** Nouns that end in -ing but are things, not actions: "the wedding", not "wedding". */
const ING_NOUNS = new Set([
  'wedding',
  'building',
  'clothing',
  'morning',
  'evening',
  'ceiling',
  'painting',
  'ring',
  'king',
  'spring',
  'string',
  'thing',
  'wing',
  'swing',
  'sibling',
  'pudding',
  'dumpling',
  'earring',
  'meeting',
  'feeling',
  'housing',
  'parking',
  'offering',
  'opening',
  'setting',
  'drawing',
  'wellbeing',
  'being',
  'darling',
  'duckling',
  'ending',
  'landing',
])
/** "making bread", "learning to surf": a gerund names an activity and takes no article. */
const isGerund = (word: string): boolean => /^\p{L}{3,}ing$/iu.test(word) && !ING_NOUNS.has(word.toLowerCase())

/**
 * Words used as they are, without an article: names ("Café Luna", "Paris"; in German, where every noun is
 * capitalised, only runs of capitalised words) and clauses ("how solar panels work", "making bread").
 */
const usedBare = (words: string, determiner: string | null, lexicon: Lexicon, language: Language): boolean => {
  if (determiner) return false
  if (matchAny(tokenize(words), 0, lexicon.clauseWords) > 0) return true
  if (language === 'en' && isGerund(words.split(/\s+/)[0]!)) return true
  const long = words.split(/\s+/).filter((word) => word.length >= 3)
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word))
  return capitalised.length === long.length && (language !== 'de' || long.length >= 2)
}

/** The subject as the templates of `language` need it. */
export const subjectContext = (reading: PromptReading, pack: LanguagePack, language: Language): PhraseContext => {
  const sameLanguage = reading.language === language
  if (!reading.subject) {
    return { s: pack.grammar.subjectForms(pack.phrases.fallbackSubject, null, true), detail: null }
  }
  const { words, determiner } = reading.subject
  // Words typed in another language keep their spelling but become a name: no foreign articles, no guessed genders.
  const asName = !sameLanguage || usedBare(words, determiner, pack.lexicon, language)
  return { s: pack.grammar.subjectForms(words, sameLanguage ? determiner : null, asName), detail: sameLanguage ? reading.detail : null }
}

/** Scenes whose words are decided up front: a story opens with "This is the story of…", a detail is introduced early. */
const pinnedEntries = (pack: LanguagePack, kind: Kind, beats: readonly Beat[], hasDetail: boolean): Map<number, Entry> => {
  const pinned = new Map<number, Entry>()
  const storyOpening = pack.phrases.arcs.story.hook[0]
  if (kind === 'story' && storyOpening) pinned.set(0, storyOpening)
  const detailScene = [beats.indexOf('context'), beats.indexOf('development')].find((index) => index > 0)
  if (kind !== 'story' && hasDetail && detailScene !== undefined) pinned.set(detailScene, pack.phrases.detail)
  return pinned
}

/**
 * The local storyboard: the same request always gives the same storyboard, byte for byte, because every
 * choice draws from a random source seeded by the normalized request.
 */
export const generateLocalStoryboard = (request: VideoRequest, packs: Packs): Storyboard => {
  const { style, durationSec, language } = request
  const random = createRandom(JSON.stringify([normalizeText(request.prompt), style, durationSec, request.aspect, language]))
  const pack = packs[language]
  const reading = readPrompt(request.prompt.trim(), packs, language)
  const moods = reading.moods.length > 0 ? reading.moods : [STYLE_MOOD[style]]
  const mood = moods[0]!
  const context = subjectContext(reading, pack, language)

  const beats = planBeats(chooseSceneCount(durationSec, style, mood))
  const shots = chooseShots(beats, random)
  const basePalette = choosePalette(style, mood, random)
  const entries = pickEntries(beats, pack, reading.kind, random, pinnedEntries(pack, reading.kind, beats, context.detail !== null))

  // Ads and portraits get a mood line on the payoff (or the scene before the closing) and, in longer videos,
  // one mid-way in the last mood named, when the line leaves room in the scene's word budget. Stories keep their own voice.
  const roomyWords = wordBudget(request, beats.length).wordsPerScene
  const flourishes = new Map<number, Mood>()
  if (reading.kind !== 'story') {
    if (beats.length >= 8) flourishes.set(Math.floor(beats.length / 2), moods[moods.length - 1]!)
    flourishes.set(beats.includes('payoff') ? beats.indexOf('payoff') : Math.max(0, beats.length - 2), mood)
  }
  const narrations = entries.map((entry, index) => {
    const narration = render(entry.say, context)
    const flourishMood = flourishes.get(index)
    if (!flourishMood) return narration
    const flourish = random.pick(pack.phrases.flourishes[flourishMood])
    return countWords(narration) + countWords(flourish) <= roomyWords + 2 ? `${narration} ${flourish}` : narration
  })
  const weights = sceneWeights(beats, narrations.map(countWords), random)
  const durations = splitDuration(durationSec, weights, { step: 0.5, minSec: SCENE_MIN_SEC, maxSec: sceneMaxSecFor(durationSec) })

  const scenes: Scene[] = entries.map((entry, index) => {
    const isLast = index === beats.length - 1
    const onScreen = isLast && reading.link && reading.kind === 'promo' ? pack.phrases.linkCall(reading.link) : render(entry.show, context)
    return {
      narration: clip(narrations[index]!, 600),
      onScreenText: clip(onScreen, 80),
      visual: clip(`${pack.phrases.shotLead[shots[index]!]} ${render(entry.see, context)}. ${pack.phrases.look[style]}`, 400),
      shot: shots[index]!,
      palette: scenePalette(basePalette, beats[index]!, index / beats.length),
      durationSec: durations[index]!,
    }
  })

  let elapsed = 0
  const script = scenes
    .map((scene, index) => {
      const heading = pack.phrases.sceneHeading(index + 1, formatTime(elapsed), formatTime(elapsed + scene.durationSec))
      elapsed += scene.durationSec
      return `${heading}\n${scene.narration}`
    })
    .join('\n\n')

  return storyboardSchema.parse({
    title: clip(pack.phrases.title({ ...context, kind: reading.kind, mood }), 120),
    logline: clip(
      pack.phrases.logline({ ...context, kind: reading.kind, durationSec, tones: moods.map((each) => pack.phrases.toneNouns[each]) }),
      300,
    ),
    script: clip(script, 20000),
    scenes,
  })
}
