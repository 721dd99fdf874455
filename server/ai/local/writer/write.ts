import type { Language, Storyboard, VideoRequest } from '../../storyboard.ts'
import { composeStoryboard } from './compose.ts'
import { GRAMMARS } from './grammar/index.ts'
import { PHRASE_BOOKS } from './phrases/index.ts'
import { createReader, type Idea, type Reader } from './read-idea.ts'

const readers = new Map<Language, Reader>()
const readerFor = (language: Language): Reader => {
  let reader = readers.get(language)
  if (!reader) readers.set(language, (reader = createReader(GRAMMARS[language])))
  return reader
}

/** What the writer understood from an idea typed in `language`. */
export const readIdea = (prompt: string, language: Language): Idea => readerFor(language).read(prompt)

/** The built-in writer: the idea read in the request's language, written with that language's phrase book. */
export const writeStoryboard = (request: VideoRequest): Storyboard =>
  composeStoryboard(readIdea(request.prompt, request.language), PHRASE_BOOKS[request.language], request)
