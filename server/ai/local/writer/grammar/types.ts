import type { Language } from '../../../storyboard.ts'
import type { IdeaKind } from '../kinds.ts'

/**
 * What the language-neutral reader (read-idea.ts) needs to know about one language: word lists, and
 * at most a few small functions for what lists cannot say (English noun phrases through compromise,
 * German case). Words are lower case; a trailing `*` matches any word it starts, `#` any number.
 */
export interface Grammar {
  language: Language
  /** Phrases that name each kind of video. */
  kindCues: Record<IdeaKind, readonly string[]>
  /** Words between the kind's cue and the subject: "for", "about", "on". */
  introducers: readonly string[]
  /** Preposition + article in one word, as a subject's determiner: "del" → "el". */
  contractions: Readonly<Record<string, string>>
  /** Words before the subject that say nothing about it: "make", "video", "short". */
  fillers: readonly string[]
  /** Articles and possessives. */
  determiners: readonly string[]
  /** Indefinite article → definite article, when the noun's gender is carried by the article itself. */
  definite: Readonly<Record<string, string>>
  /** Words that open a relative clause: "that", "who", "que". */
  relatives: readonly string[]
  /** The relative pronouns are also articles (German "der", "die"), so only one that opens a clause after a comma counts. */
  relativesAfterComma?: boolean
  /** Words that lead to a web address and go with it: "visit". */
  linkWords: readonly string[]
  /** Words that open an audience: "for" (campers). */
  audienceIntro: readonly string[]
  /** People a video is told to without "for": "kids", "Kindern"; may come with a preposition from `audienceIntro`. */
  audienceWords: readonly string[]
  /** Currency words and verbs of price: a clause with a number and one of these is a price. */
  priceWords: readonly string[]
  /** Day and month names and words of time: a clause with one of these is a date. */
  whenWords: readonly string[]
  /** Words that may stand before a date: "on", "at", "from". */
  whenIntro: readonly string[]
  /** Tone words ("warm", "funny"): a clause of nothing else is the tone, not a detail. */
  toneWords: readonly string[]
  /** The word for "and" in lists. */
  and: readonly string[]
  /**
   * Splits a story's premise with no relative pronoun into the character and what happens to them
   * ("a lighthouse keeper on a remote island" | "finds a message in a bottle"). Optional.
   */
  splitPremise?: (text: string) => { character: string; event: string } | null
  /** Turns a noun phrase typed in another case into the one a sentence subject takes (German). */
  nominative?: (phrase: string) => string
  /** The relative pronoun that joins a character to the `event` from `splitPremise`: "who". */
  relativeForEvent?: string
}
