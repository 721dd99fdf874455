import { TEMPLATES } from '../../../../shared/templates.ts'
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

/**
 * The built-in writer: the idea read in the request's language, written with that language's phrase
 * book. A template names the kind of video (its structure of sections) instead of the idea's cues.
 */
export const writeStoryboard = (request: VideoRequest): Storyboard => {
  const idea = readIdea(request.prompt, request.language)
  const kind = request.template ? TEMPLATES[request.template].writerKind : null
  return composeStoryboard(kind ? { ...idea, kind } : idea, PHRASE_BOOKS[request.language], request)
}
