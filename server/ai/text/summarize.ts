import type { Language } from '../storyboard.ts'
import { contentWords } from './words.ts'

/** A sentence as selection sees it: its words (for scoring), its length in words (for the budget), its paragraph. */
export interface Candidate {
  text: string
  paragraph: number
  words: number
}

const DAMPING = 0.85
const ITERATIONS = 40
/** How much the opening sentences weigh beside centrality: news and essays put the point first. */
const POSITION_WEIGHT = 0.8
/** A paragraph's first sentence usually states its topic. */
const PARAGRAPH_LEAD_BONUS = 0.1

/** TF-IDF vectors over the sentences' content words, normalised to unit length. */
const vectorsOf = (sentences: readonly Candidate[], language: Language): Map<string, number>[] => {
  const counts = sentences.map((sentence) => {
    const tf = new Map<string, number>()
    for (const word of contentWords(sentence.text, language)) tf.set(word.key, (tf.get(word.key) ?? 0) + 1)
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of counts) for (const key of tf.keys()) df.set(key, (df.get(key) ?? 0) + 1)
  return counts.map((tf) => {
    const vector = new Map<string, number>()
    let norm = 0
    for (const [key, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log(1 + sentences.length / df.get(key)!)
      vector.set(key, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm)
    if (norm > 0) for (const [key, weight] of vector) vector.set(key, weight / norm)
    return vector
  })
}

const cosine = (a: Map<string, number>, b: Map<string, number>): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [key, weight] of small) sum += weight * (large.get(key) ?? 0)
  return sum
}

/**
 * How important each sentence is: TextRank (PageRank over the sentences' TF-IDF cosine similarity:
 * a sentence that shares its words with many others is central), blended with a position prior
 * (earlier is more important, a paragraph's first sentence a little more). Scores sum to about 1
 * plus the priors; only their order matters.
 */
export const scoreSentences = (sentences: readonly Candidate[], language: Language): number[] => {
  const count = sentences.length
  if (count === 0) return []
  const vectors = vectorsOf(sentences, language)
  const similarity = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))))
  const outWeight = similarity.map((row) => row.reduce((sum, weight) => sum + weight, 0))
  let rank = new Array<number>(count).fill(1 / count)
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    rank = rank.map((_, i) => {
      let incoming = 0
      for (let j = 0; j < count; j++) if (outWeight[j]! > 0) incoming += (similarity[j]![i]! / outWeight[j]!) * rank[j]!
      return (1 - DAMPING) / count + DAMPING * incoming
    })
  }
  return rank.map((value, index) => {
    const lead = index === 0 || sentences[index - 1]!.paragraph !== sentences[index]!.paragraph ? PARAGRAPH_LEAD_BONUS : 0
    const position = POSITION_WEIGHT / (1 + index / 2)
    return value * count * (1 + position + lead)
  })
}

/**
 * The most important sentences that fit `budgetWords`, as indices in their original order. Taken by
 * score, skipping any that no longer fits; at least one (the best that fits, else the shortest of the
 * best few) so a tiny budget still says something. Sentences are never altered, only chosen.
 */
export const selectSentences = (sentences: readonly Candidate[], budgetWords: number, language: Language): number[] => {
  if (sentences.length === 0) return []
  const scores = scoreSentences(sentences, language)
  const byScore = sentences.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b)
  const chosen: number[] = []
  let used = 0
  for (const index of byScore) {
    const words = sentences[index]!.words
    if (used + words > budgetWords) continue
    chosen.push(index)
    used += words
  }
  if (chosen.length === 0) {
    const best = byScore.slice(0, 3).sort((a, b) => sentences[a]!.words - sentences[b]!.words || a - b)[0]!
    chosen.push(best)
  }
  return chosen.sort((a, b) => a - b)
}
