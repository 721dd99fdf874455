import type { Language, ShotType, VideoStyle } from '../../storyboard.ts'

/**
 * The shape every language supplies to the local provider. Each language writes its own sentences
 * (not translations of English slots), so grammar — articles, contractions, agreement — stays inside
 * the language's own files. TypeScript makes sure no language misses a piece.
 */

/** What the video is: an ad for something, a story about someone, or a portrait of a topic or place. */
export const KINDS = ['promo', 'story', 'portrait'] as const
export type Kind = (typeof KINDS)[number]

/** The narrative arc, in order. Every storyboard opens with a hook and ends with a closing. */
export const BEATS = ['hook', 'context', 'development', 'payoff', 'closing'] as const
export type Beat = (typeof BEATS)[number]

export const MOODS = ['warm', 'funny', 'bold', 'calm', 'mysterious', 'inspiring', 'elegant', 'nostalgic', 'professional'] as const
export type Mood = (typeof MOODS)[number]

/**
 * The subject ready to drop into a sentence. Templates never make the subject the grammatical subject of
 * a verb (no "X is…"), so its number and gender never have to agree with anything but its own article.
 */
export interface SubjectForms {
  /** For titles and on-screen text: "Bicycle repair shop". */
  label: string
  /** As typed, without its article: "bicycle repair shop". */
  bare: string
  /** "the bicycle repair shop" / "el taller" / "l'atelier" (German: nominative). */
  the: string
  /** As a direct object: the same as `the`, except in German (accusative: "den Laden"). */
  obj: string
  /** "a bicycle repair shop" / "un taller" / "ein Laden". */
  a: string
  /** "of the …" / "del …" / "du …" / "vom …" */
  of: string
  /** "to the …" / "al …" / "au …" / "zum …" */
  to: string
  /** "in the …" / "en el …" / "dans le …" / "im …" */
  in: string
  /** "for the …" / "para el …" / "pour le …" / "für den …" */
  for: string
}

export interface PhraseContext {
  s: SubjectForms
  /** What the prompt said about the subject, as typed ("that fixes any bike in a day"), or null. */
  detail: string | null
}

/** A fixed text, or one built from the subject. */
export type Text = string | ((c: PhraseContext) => string)

/** One scene's words: what the narrator says, the text on screen, and what the camera sees. */
export interface Entry {
  say: Text
  show: Text
  /** A noun phrase that follows a shot lead such as "Close-up:". */
  see: Text
}

/** The lines the assistant offers in place of a video's opening and its ending. */
export type ArcPhrases = Record<'hook' | 'closing', Entry[]>

/** What the assistant borrows from a language to suggest titles, openings and endings. */
export interface StoryboardPhrases {
  arcs: Record<Kind, ArcPhrases>
  /** Short headline endings per mood: "Made with Care". */
  taglines: Record<Mood, string>
  title: (c: PhraseContext & { kind: Kind; mood: Mood }) => string
  /** Used when nothing in the prompt reads as a subject. */
  fallbackSubject: string
}

/** Words for reading a prompt typed in this language. All lower case. */
export interface Lexicon {
  /** Common short words that tell the language apart from the others. */
  stopwords: string[]
  /** Articles and possessives that may start the subject. */
  determiners: string[]
  /** Words that name the kind of video. Multi-word entries are allowed ("short film"). */
  formats: Record<Kind, string[]>
  /** Words after a format word that introduce the subject: "for", "about". */
  introducers: string[]
  /** Preposition+article words that introduce the subject and carry its article: "del" → "el". */
  contractions: Record<string, string>
  /** Words where the subject ends and a detail begins: "that", "with". */
  detailStarts: string[]
  /** Words about the video's manner, which end a detail: "in a playful style" is not about the subject. */
  styleWords: string[]
  /** Words that never belong to the subject at its start: "make", "please", "present" (in "a video to present…"). */
  fillers: string[]
  /** Words that make the subject a clause, used without an article: "how" (solar panels work), "why". */
  clauseWords: string[]
  /** The word for "and", which joins subjects ("bakery and café") unless a mood word follows. */
  and: string[]
  /** Words that open a clause and can go when a line is tightened: "and", "but", "so", "then". */
  connectors: string[]
  /** Mood words. An entry ending in `*` matches any word it starts ("funn*" → "funny"); others match whole words. */
  moods: Record<Mood, string[]>
  /** Words that reveal what an assistant question is about (same matching as `moods`; may be phrases). */
  intents: Record<Intent, string[]>
  /** The word for a scene ("scene 3"). */
  sceneWords: string[]
  /** "first", "second", … : ordinal words, the first meaning scene 1. */
  ordinals: string[]
  /** "last", "final": words that mean the last scene when next to a scene word. */
  lastWords: string[]
}

/** What an assistant question can be about; anything else gets a summary with suggestions. */
export const INTENTS = ['punchier', 'music', 'pacing', 'title', 'hook', 'ending'] as const
export type Intent = (typeof INTENTS)[number]

export interface Grammar {
  /**
   * Builds the subject's forms from the words as typed. `determiner` is the article or possessive that
   * came with them (lower case) or null; `asName` means use them as a proper name, without articles.
   */
  subjectForms(words: string, determiner: string | null, asName: boolean): SubjectForms
}

export interface AssistantPhrases {
  sceneLabel: (number: number) => string
  before: string
  after: string
  why: string
  punchierIntro: (number: number) => string
  punchierTips: (c: { shot: string; fromSec: number; toSec: number; onScreen: string }) => string[]
  noSuchScene: (number: number, count: number) => string
  musicIntro: (style: string) => string
  music: Record<VideoStyle, string>
  musicMood: Record<Mood, string>
  musicTempo: (low: number, high: number) => string
  musicCuts: (times: string) => string
  musicMix: string
  pacingIntro: (c: { count: number; durationSec: number; averageSec: number; wordsPerSecond: number }) => string
  pacingCrowded: (scenes: string) => string
  pacingSparse: (scenes: string) => string
  pacingFine: string
  pacingTips: string[]
  titleIntro: (title: string) => string
  titleTip: string
  hookIntro: string
  hookTips: string[]
  endingIntro: string
  endingTips: string[]
  sceneIntro: (number: number) => string
  sceneFacts: (c: { narration: string; onScreen: string; shot: string; durationSec: number }) => string[]
  sceneTips: string[]
  summaryIntro: (c: { title: string; count: number; durationSec: number }) => string
  summaryAsk: string
  /** Quotation marks as the language writes them: “…”, «…», „…“. */
  quote: (text: string) => string
  summaryHelp: string[]
  styleNames: Record<VideoStyle, string>
  shotNames: Record<ShotType, string>
  /** Words cut first when a line is tightened: "really", "just", "actually". */
  fillerWords: string[]
}

export interface LanguagePack {
  language: Language
  lexicon: Lexicon
  grammar: Grammar
  phrases: StoryboardPhrases
  assistant: AssistantPhrases
}
