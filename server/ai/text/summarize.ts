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

/**
 * The sentences' TF-IDF cosine similarities as a dense n×n matrix, built through an inverted index
 * (each term's postings), so the work is the shared terms, not every pair's vocabulary.
 */
const similarityOf = (sentences: readonly Candidate[], language: Language): Float64Array => {
  const count = sentences.length
  const ids = new Map<string, number>()
  const counts = sentences.map((sentence) => {
    const tf = new Map<number, number>()
    for (const word of contentWords(sentence.text, language)) {
      let id = ids.get(word.key)
      if (id === undefined) ids.set(word.key, (id = ids.size))
      tf.set(id, (tf.get(id) ?? 0) + 1)
    }
    return tf
  })
  const df = new Float64Array(ids.size)
  for (const tf of counts) for (const id of tf.keys()) df[id]! += 1
  const postings: { sentence: number; weight: number }[][] = Array.from({ length: ids.size }, () => [])
  for (const [sentence, tf] of counts.entries()) {
    let norm = 0
    const weights: [number, number][] = []
    for (const [id, n] of tf) {
      const weight = (1 + Math.log(n)) * Math.log(1 + count / df[id]!)
      weights.push([id, weight])
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [id, weight] of weights) postings[id]!.push({ sentence, weight: weight / norm })
  }
  const similarity = new Float64Array(count * count)
  for (const list of postings) {
    for (const a of list)
      for (const b of list) if (a.sentence !== b.sentence) similarity[a.sentence * count + b.sentence]! += a.weight * b.weight
  }
  return similarity
}

/**
 * How important each sentence is: TextRank (PageRank over the sentences' TF-IDF cosine similarity:
 * a sentence that shares its words with many others is central), blended with a position prior
 * (earlier is more important, a paragraph's first sentence a little more). Only the order matters.
 */
export const scoreSentences = (sentences: readonly Candidate[], language: Language): number[] => {
  const count = sentences.length
  if (count === 0) return []
  const similarity = similarityOf(sentences, language)
  // Row j shares sentence j's rank among the sentences it resembles, in proportion to the resemblance.
  for (let j = 0; j < count; j++) {
    let out = 0
    for (let i = 0; i < count; i++) out += similarity[j * count + i]!
    if (out > 0) for (let i = 0; i < count; i++) similarity[j * count + i]! /= out
  }
  let rank = new Float64Array(count).fill(1 / count)
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(count).fill((1 - DAMPING) / count)
    for (let j = 0; j < count; j++) {
      const share = DAMPING * rank[j]!
      if (share === 0) continue
      for (let i = 0; i < count; i++) next[i]! += share * similarity[j * count + i]!
    }
    rank = next
  }
  return Array.from(rank, (value, index) => {
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
