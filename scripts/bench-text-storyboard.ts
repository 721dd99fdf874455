/**
 * Text-to-storyboard benchmark (not a test): `bun scripts/bench-text-storyboard.ts`. A few seconds.
 * What the worker's thread spends on a video made from text (server/ai/text/), measured side by side
 * in one run on a generated 20,000-character article (the article limit) and a 5,000-character
 * script: splitting into sentences (Intl.Segmenter), scoring the article's sentences (TextRank), the
 * whole article storyboard at 30 s and 600 s, the whole script storyboard, and, for scale, the
 * built-in writer's storyboard for a 2,000-character idea. Times are means; ratios are to the split.
 */
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { splitText } from '../server/ai/text/sentences.ts'
import { storyboardFromArticle, storyboardFromScript } from '../server/ai/text/storyboard.ts'
import { scoreSentences } from '../server/ai/text/summarize.ts'
import { countWords } from '../server/tts/words.ts'

const ROUNDS = 5
const vocabulary = Array.from({ length: 400 }, (_, index) => `word${index.toString(36)}`)
let seed = 7
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
// Zipf-like: a few words everywhere, most words rare, as in prose.
const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(1 / (next() + 0.0025)) - 1)]!
const sentence = () => `The ${Array.from({ length: 8 + Math.floor(next() * 14) }, word).join(' ')}.`
let article = ''
while (article.length < 20_000) article += (next() < 0.2 ? '\n\n' : ' ') + sentence()
article = article.slice(0, article.lastIndexOf('.', 20_000) + 1).trim()
const script = article.slice(0, article.lastIndexOf('.', 5000) + 1)
const request = { language: 'en' as const, style: 'documentary' as const, durationSec: 30, aspect: '16:9' as const }
const candidates = splitText(article, 'en').map((each) => ({ ...each, words: countWords(each.text, 'en') }))
const local = createLocalProvider()
const idea = `A documentary about ${'the harbour town and its people, '.repeat(60)}`.slice(0, 2000)

const time = async (run: () => unknown) => {
  await run()
  const start = performance.now()
  for (let round = 0; round < ROUNDS; round++) await run()
  return (performance.now() - start) / ROUNDS
}

const rows: [string, () => unknown][] = [
  [`split the article (${candidates.length} sentences)`, () => splitText(article, 'en')],
  ['score the article’s sentences', () => scoreSentences(candidates, 'en')],
  ['article storyboard, 30 s', () => storyboardFromArticle({ text: article }, request)],
  ['article storyboard, 600 s', () => storyboardFromArticle({ text: article }, { ...request, durationSec: 600 })],
  ['script storyboard, 5,000 characters', () => storyboardFromScript(script, request)],
  ['built-in writer, 2,000-character idea, 30 s', () => local.generateStoryboard({ ...request, prompt: idea })],
]
const results: [string, number][] = []
for (const [name, run] of rows) results.push([name, await time(run)])
const base = results[0]![1]
for (const [name, ms] of results) console.log(`${name.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / base).toFixed(2)}x the split`)
