/** The languages the writer, the voice and the interface speak; server/ai/storyboard.ts validates requests against them. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const
export type Language = (typeof LANGUAGES)[number]
