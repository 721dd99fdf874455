/**
 * The kinds of video the built-in writer tells apart, and the sections each one is built from. Language
 * neutral: every language's phrase book (phrases/*.json) writes the same sections.
 */
export const IDEA_KINDS = ['howto', 'explainer', 'ad', 'event', 'story', 'portrait', 'list', 'testimonial'] as const
export type IdeaKind = (typeof IDEA_KINDS)[number]

/** The order in which cues are tried: a "top 5" of how-tos is a list, "explain how…" an explainer, an event ad an event. */
export const KIND_PRIORITY: readonly IdeaKind[] = ['testimonial', 'list', 'explainer', 'howto', 'event', 'ad', 'story', 'portrait']

/**
 * Sections per kind. `open` and `close` frame every video; the middle ones carry the idea's parts: a
 * how-to's steps, an ad's features and price, a story's turn. `missing*` sections are the visible
 * placeholders written when the idea lacks what the structure needs.
 */
export const SECTIONS = {
  howto: ['open', 'step', 'missingStep', 'detail', 'close', 'extra'],
  explainer: ['open', 'detail', 'missingPoint', 'audience', 'close', 'extra'],
  ad: ['open', 'audience', 'product', 'detail', 'price', 'close', 'link', 'extra'],
  event: ['open', 'when', 'missingWhen', 'detail', 'price', 'close', 'link', 'extra'],
  story: ['open', 'detail', 'turn', 'missingTurn', 'close', 'extra'],
  portrait: ['open', 'detail', 'close', 'extra'],
  list: ['open', 'item', 'missingItem', 'close', 'extra'],
  testimonial: ['open', 'turn', 'missingTurn', 'detail', 'close', 'link', 'extra'],
} as const satisfies Record<IdeaKind, readonly string[]>

export type Section<K extends IdeaKind = IdeaKind> = (typeof SECTIONS)[K][number]
