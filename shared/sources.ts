/**
 * The three ways into a video and their limits: an idea the writer turns into a script, a script of
 * the person's own (kept word for word), or an article the important sentences are taken from. The
 * create request (server/ai/create-request.ts) enforces them; the create form offers them.
 */
export const SOURCE_KINDS = ['idea', 'script', 'article'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** Characters, after trimming. A script of 5,000 characters takes about 5 minutes to say. */
export const SOURCE_TEXT_LIMITS: Readonly<Record<SourceKind, { min: number; max: number }>> = {
  idea: { min: 3, max: 2000 },
  script: { min: 3, max: 5000 },
  article: { min: 3, max: 20000 },
}

/** An article's optional attribution: its title and where it was published. */
export const ARTICLE_TITLE_MAX = 200
export const ARTICLE_URL_MAX = 2000

/**
 * How a text becomes scenes: a scene gathers whole sentences until about `targetSec` of speech,
 * starts afresh at every paragraph, and never passes `maxSec` (unless one sentence alone does) nor
 * `maxChars` (a scene's narration in the storyboard). With more scenes than a storyboard holds,
 * the target grows until they fit.
 */
export const TEXT_SCENE_RULE = { targetSec: 6, maxSec: 15, maxChars: 600 } as const

/** The longest on-screen phrase taken from a scene's words: a headline, not a caption. */
export const ON_SCREEN_PHRASE_MAX = 48
