import type { Language } from '../../storyboard.ts'
import type { Grammar } from './grammar/types.ts'
import { KIND_PRIORITY, type IdeaKind } from './kinds.ts'

/**
 * Reads an idea the way a producer skims a brief: what kind of video, about what, and every concrete
 * detail, each kept exactly as typed (numbers with their units, prices, names, places, dates). One
 * engine for every language: the words it looks for come from the language's grammar.
 */
export interface Idea {
  language: Language
  kind: IdeaKind
  /** The subject as typed, with its article or possessive: "a solar kettle", "Lisbon's Alfama district". */
  subject: string
  /** Without its leading article: "solar kettle", "Café Luna". */
  label: string
  /** With a definite article where the typed article says which: "the solar kettle", "la mochila". */
  definite: string
  /** The idea's opening phrase from its last cue, as typed: "How to change a flat tyre on a bike". */
  headline: string
  /** What happens to or is said of the subject, with its relative pronoun: "who finds a message in a bottle". */
  relative: string | null
  /** Steps of a how-to or entries of a list, as typed. */
  items: string[]
  /** Every other fact, as typed: "folds flat", "its narrow streets and fado bars". */
  details: string[]
  price: string | null
  /** Who it is for, with its preposition as typed: "for campers", "to kids", "Kindern". */
  audience: string | null
  /** When and where, as typed: "on Saturday 14 June at 8 pm in Victoria Park". */
  when: string | null
  /** The N of a top-N. */
  count: number | null
  link: string | null
}

// "30-second", "30 s", "1 minute long", "30-Sekunden-", "2 minutos": lengths are settings, not subjects.
export const DURATION =
  /\b\d+(?:[.,]\d+)?\s*[-–]?\s*(?:seconds?|secs?|sec|s|minutes?|mins?|min|segundos?|seg|secondes?|sekunden|sek|secondi|minutos?|minuten|minuti|minuto)\b(?:\s*[-–]?\s*(?:long|lang))?-?/giu
export const LINK =
  /\bhttps?:\/\/[^\s,;)]+|\bwww\.[^\s,;)]+|(?<![@\w.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|app|dev|es|fr|de|pt|it|eu|uk|br|mx|ar|ch|at|be|nl)\b(?:\/[^\s,;)]*)?|(?<![\w@])@[a-z0-9_]{2,30}\b/iu

interface Word {
  text: string
  lower: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}€$£]+(?:['’\-.&][\p{L}\p{N}]+)*['’]?/gu
const words = (text: string, offset = 0): Word[] =>
  [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase().replaceAll('’', "'"),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }))

/** A cue word: `#` is any number, a trailing `*` any ending. */
const cueWord = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.*+?^${}()|[\]\\]/g, (char) => (char === '*' ? '*' : `\\${char}`))
      .replaceAll('#', '\\d+')
      .replace(/\*$/, '.*')}$`,
    'u',
  )

interface Phrase {
  matchers: RegExp[]
}
const compile = (list: readonly string[]): Phrase[] => list.map((cue) => ({ matchers: cue.split(' ').map(cueWord) }))

/** How many words of `list` match at `index` (the longest phrase), 0 for none. */
const matchAt = (tokens: readonly Word[], index: number, phrases: readonly Phrase[]): number => {
  let best = 0
  for (const { matchers } of phrases) {
    if (
      matchers.length > best &&
      matchers.every((matcher, offset) => tokens[index + offset] && matcher.test(tokens[index + offset]!.lower))
    ) {
      best = matchers.length
    }
  }
  return best
}

interface Segment {
  text: string
  start: number
  end: number
}

// Clause breaks: commas and colons followed by a space (not "1,2 kg"), dashes between spaces, sentence ends.
const BREAK = /\s*[;:]\s+|\s*,\s+|\s+[–—-]\s+|(?<=[\p{L})])[.!?]\s+/gu

const segments = (text: string, offset: number): Segment[] => {
  const found: Segment[] = []
  let from = 0
  for (const match of [...text.matchAll(BREAK), { index: text.length, 0: '' } as RegExpMatchArray]) {
    const piece = text.slice(from, match.index)
    const lead = piece.length - piece.trimStart().length
    const trimmed = piece.trim().replace(/[.!?]+$/, '')
    if (trimmed) found.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length })
    from = match.index! + match[0].length
  }
  return found
}

const capFirst = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

export interface Reader {
  read(prompt: string): Idea
}

/** The reader for one language. Compiles its cues once. */
export const createReader = (grammar: Grammar): Reader => {
  const cues = Object.fromEntries(KIND_PRIORITY.map((kind) => [kind, compile(grammar.kindCues[kind])])) as Record<IdeaKind, Phrase[]>
  const set = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()))
  const introducers = compile(grammar.introducers)
  const fillers = set(grammar.fillers)
  const determiners = set(grammar.determiners)
  const audienceWords = compile(grammar.audienceWords)
  const audienceIntro = compile(grammar.audienceIntro)
  const relatives = compile(grammar.relatives)
  const priceWords = set(grammar.priceWords)
  const whenWords = set(grammar.whenWords)
  const whenIntro = set(grammar.whenIntro)
  const toneWords = set([...grammar.toneWords, ...grammar.and])
  const linkLead = new RegExp(
    `(?:\\b(?:${grammar.linkWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+)?$`,
    'iu',
  )

  const isPrice = (tokens: readonly Word[]) =>
    tokens.some((token) => /\d/.test(token.text)) && tokens.some((token) => priceWords.has(token.lower) || /^[€$£]|[€$£]$/.test(token.text))
  const isWhen = (token: Word) => whenWords.has(token.lower) || /^\d{1,2}[:.h]\d{2}$/.test(token.lower)
  const isTone = (tokens: readonly Word[]) => tokens.length > 0 && tokens.every((token) => toneWords.has(token.lower))

  /** Strips the leading article: "a solar kettle" → "solar kettle", "un'officina" → "officina". */
  const withoutArticle = (phrase: string): string => {
    const first = words(phrase)[0]
    if (!first) return phrase
    const elided = /^(?:l|un|dell|d)['’](?=\p{L})/iu.exec(first.text)
    if (elided) return phrase.slice(elided[0].length)
    return determiners.has(first.lower) && words(phrase).length > 1 ? phrase.slice(first.end).trimStart() : phrase
  }
  const definiteOf = (phrase: string): string => {
    const first = words(phrase)[0]
    if (!first) return phrase
    const article = grammar.definite[first.lower]
    if (article === undefined) return phrase
    const rest = phrase.slice(first.end)
    // Elided articles join the noun: "l'" + "atelier".
    return article.endsWith("'") ? `${article}${rest.trimStart()}` : `${article}${rest}`
  }

  /**
   * Takes out the video's own length ("a 30-second ad", "anuncio de 30 segundos", "30 s") but not a
   * length the idea is about ("boils a litre in 9 minutes"): only one written as a compound or next to a cue.
   */
  const withoutLength = (text: string): string =>
    text.replace(DURATION, (match, offset: number) => {
      if (/[-–]\s*$|\b(?:long|lang)\b/iu.test(match) || /^\d+[-–]/u.test(match)) return ' '
      const before = words(text.slice(Math.max(0, offset - 40), offset))
      const after = words(text.slice(offset + match.length, offset + match.length + 40))
      const cueAt = (list: readonly Word[], index: number) => KIND_PRIORITY.some((kind) => matchAt(list, index, cues[kind]) > 0)
      const nearCue = [before.length - 1, before.length - 2].some((index) => index >= 0 && cueAt(before, index)) || cueAt(after, 0)
      return nearCue ? ' ' : match
    })

  const findKind = (tokens: readonly Word[]): { kind: IdeaKind; at: number; length: number } | null => {
    for (const kind of KIND_PRIORITY) {
      for (let index = 0; index < tokens.length; index++) {
        const length = matchAt(tokens, index, cues[kind])
        if (length > 0) return { kind, at: index, length }
      }
    }
    return null
  }

  return {
    read(prompt) {
      const linkMatch = LINK.exec(prompt)
      const link = linkMatch ? linkMatch[0].replace(/[.!?]+$/, '') : null
      let text = prompt.trim()
      if (linkMatch) {
        const before = text.slice(0, linkMatch.index).replace(linkLead, '')
        text = `${before}${text.slice(linkMatch.index + linkMatch[0].length)}`
      }
      text = withoutLength(text)
        .replace(/\s+/g, ' ')
        .replace(/\s+([,:;.])/g, (_, mark: string) => (mark === ':' ? ' :' : mark))
        .trim()
      text = text.replace(/[,;:\s]+$/, '')
      const tokens = words(text)

      const found = findKind(tokens)
      let kind: IdeaKind = found?.kind ?? 'portrait'
      // No cue: a sentence with a character and a verb is a story ("A lighthouse keeper … finds …").
      if (!found && grammar.splitPremise?.(text)) kind = 'story'

      // The frame: the cue, then words that only lead to the subject ("ad for", "Explain to kids").
      let index = found ? found.at + found.length : 0
      let headlineStart = found ? tokens[found.at]!.start : 0
      let audience: string | null = null
      let article: string | null = null
      if (!found) {
        // "A video about our new app": a leading run of fillers and introducers goes, the subject's own article stays.
        let end = 0
        while (
          tokens[end] &&
          (fillers.has(tokens[end]!.lower) || determiners.has(tokens[end]!.lower) || matchAt(tokens, end, introducers) > 0)
        )
          end++
        const leading = tokens.slice(0, end)
        if (end < tokens.length && leading.some((token) => !determiners.has(token.lower))) {
          while (end > 0 && determiners.has(tokens[end - 1]!.lower)) end--
          const last = tokens[end - 1]
          article = last ? (grammar.contractions[last.lower] ?? null) : null
          index = end
        }
      }
      for (;;) {
        const token = tokens[index]
        if (!token) break
        const introducer = matchAt(tokens, index, introducers)
        const audienceLength = matchAt(tokens, index, audienceWords)
        const audienceAfter = introducer > 0 ? matchAt(tokens, index + introducer, audienceWords) : 0
        if (audienceAfter > 0 || audienceLength > 0) {
          const end = index + introducer + Math.max(audienceAfter, audienceLength) - (audienceAfter > 0 ? 0 : introducer)
          audience = text.slice(token.start, tokens[end - 1]!.end)
          index = end
          continue
        }
        if (kind === 'howto') {
          const again = matchAt(tokens, index, cues.howto)
          if (again > 0) {
            headlineStart = token.start
            index += again
            continue
          }
        }
        if (introducer > 0) {
          article = grammar.contractions[tokens[index + introducer - 1]!.lower] ?? null
          index += introducer
          continue
        }
        if (fillers.has(token.lower) && !determiners.has(token.lower)) {
          index++
          continue
        }
        break
      }
      // "A bakery ad": nothing after the cue, so the subject is what came before it.
      const before = found !== null && found.at > 0 && index >= tokens.length
      const restStart = before ? 0 : (tokens[index]?.start ?? text.length)
      const restEnd = before ? tokens[found.at]!.start : text.length
      const count =
        found && kind === 'list'
          ? Number(tokens.slice(found.at, found.at + found.length).find((token) => /^\d+$/.test(token.text))?.text ?? Number.NaN)
          : Number.NaN

      const parts = segments(text.slice(restStart, restEnd), restStart)
      const head = parts.shift() ?? { text: '', start: restStart, end: restStart }
      let subject = head.text
      let relative: string | null = null
      let when: string | null = null
      const items: string[] = []
      const details: string[] = []
      let price: string | null = null

      const splitRelative = (segment: Segment): { before: string; relative: string } | null => {
        const segmentTokens = words(segment.text)
        const from = grammar.relativesAfterComma ? 0 : 1
        for (let at = from; at < (grammar.relativesAfterComma ? 1 : segmentTokens.length); at++) {
          if (matchAt(segmentTokens, at, relatives) > 0) {
            return {
              before: segment.text.slice(0, segmentTokens[at]!.start).trim(),
              relative: segment.text.slice(segmentTokens[at]!.start),
            }
          }
        }
        return null
      }

      if (kind === 'story' || kind === 'ad' || kind === 'portrait' || kind === 'testimonial' || kind === 'event') {
        const split = splitRelative(head)
        if (split?.before) [subject, relative] = [split.before, split.relative]
        else if (kind === 'story' && grammar.splitPremise) {
          const premise = grammar.splitPremise(head.text)
          if (premise) [subject, relative] = [premise.character, `${grammar.relativeForEvent ?? ''} ${premise.event}`.trim()]
        }
      }
      if (kind === 'event') {
        // "our jazz night on Saturday 14 June at 8 pm": the date starts at its first day, month or hour.
        const headTokens = words(subject, head.start)
        let at = headTokens.findIndex((token, position) => position > 0 && isWhen(token))
        if (at > 0) {
          while (at > 1 && (/^\d+\.?$/.test(headTokens[at - 1]!.lower) || whenIntro.has(headTokens[at - 1]!.lower))) at--
          when = text.slice(headTokens[at]!.start, head.start + subject.length)
          subject = text.slice(head.start, headTokens[at]!.start).trim()
        }
      }

      let lastWhenEnd = when ? head.start + head.text.length : -1
      for (const segment of parts) {
        const segmentTokens = words(segment.text)
        if (kind === 'howto' || kind === 'list') {
          if (matchAt(segmentTokens, 0, audienceIntro) > 0 && !audience) audience = segment.text
          else items.push(segment.text)
          continue
        }
        if (isTone(segmentTokens)) continue
        if (isPrice(segmentTokens)) {
          price = price ? `${price}, ${segment.text}` : segment.text
          continue
        }
        const dated = kind === 'event' && (segmentTokens.some(isWhen) || (when !== null && lastWhenEnd >= 0))
        if (!dated && matchAt(segmentTokens, 0, audienceIntro) > 0 && !audience) {
          audience = segment.text
          continue
        }
        if (dated) {
          // Dates run over commas ("Samstag, 5. Juli, ab 14 Uhr"): keep them as one text, as typed.
          when = when && lastWhenEnd >= 0 ? text.slice(text.indexOf(when, 0), segment.end) : segment.text
          lastWhenEnd = segment.end
          continue
        }
        lastWhenEnd = -1
        if (!relative && matchAt(segmentTokens, 0, relatives) > 0) {
          relative = segment.text
          continue
        }
        const split = kind === 'explainer' ? null : splitRelative(segment)
        if (split?.before && !relative && !grammar.relativesAfterComma) {
          details.push(split.before)
          relative = split.relative
          continue
        }
        details.push(segment.text)
      }

      // "A lighthouse keeper…" at the start of the prompt: the article goes inside sentences, in lower case.
      const firstWord = words(subject)[0]
      if (firstWord && determiners.has(firstWord.lower) && firstWord.start === 0)
        subject = subject.charAt(0).toLowerCase() + subject.slice(1)
      if (grammar.nominative && kind !== 'howto' && kind !== 'explainer') subject = grammar.nominative(subject)
      // Nothing read as a subject ("an ad"): the idea itself is the subject, so no line is left empty.
      if (!subject.trim()) subject = text.trim() || prompt.trim()
      if (article && determiners.has(words(subject)[0]?.lower ?? '')) article = null
      if (article && subject) subject = article.endsWith("'") ? `${article}${subject}` : `${article} ${subject}`
      const headline = capFirst(text.slice(headlineStart, head.start + head.text.length).replace(/\s+:/, ':'))
      return {
        language: grammar.language,
        kind,
        subject,
        label: withoutArticle(subject),
        definite: definiteOf(subject),
        headline: kind === 'howto' || kind === 'list' ? headline : capFirst(subject),
        relative,
        items,
        details,
        price,
        audience,
        when,
        count: Number.isFinite(count) ? count : null,
        link,
      }
    },
  }
}
