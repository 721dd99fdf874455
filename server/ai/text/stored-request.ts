import { MAX_DURATION_SEC, MIN_DURATION_SEC } from '../../../shared/durations.ts'
import { ARTICLE_TITLE_MAX } from '../../../shared/sources.ts'
import type { CreateVideoRequest, SourcedRequest, VideoSource } from '../create-request.ts'
import { fitToWords, onScreenPhrase } from './phrase.ts'
import { headingOf, splitText } from './sentences.ts'
import { estimateScriptSec } from './storyboard.ts'

const LABEL_MAX = 120

/** What a list names a video made from text when the person gave no title: the article's title or heading, else its first phrase. */
const labelOf = (source: Exclude<VideoSource, { kind: 'idea' }>, language: CreateVideoRequest['language']): string => {
  const given = source.kind === 'article' ? (source.title ?? headingOf(source.text, ARTICLE_TITLE_MAX)) : null
  if (given) return fitToWords(given, LABEL_MAX, language)
  const first = splitText(source.text, language)[0]?.text ?? source.text.trim()
  return onScreenPhrase(first, language, LABEL_MAX)
}

/**
 * A validated create request as it is stored: the source filled in (`idea` by default), the prompt
 * named for a text without one, and a script's length set to what it takes to say, since its words
 * are never cut to a target.
 */
export const storedRequest = (request: CreateVideoRequest): SourcedRequest => {
  const { source = { kind: 'idea' }, prompt, ...rest } = request
  if (source.kind === 'idea') return { ...rest, prompt: prompt ?? '', source }
  const durationSec =
    source.kind === 'script'
      ? Math.min(MAX_DURATION_SEC, Math.max(MIN_DURATION_SEC, Math.round(estimateScriptSec(source.text, request))))
      : request.durationSec
  return { ...rest, durationSec, prompt: prompt ?? labelOf(source, request.language), source }
}
