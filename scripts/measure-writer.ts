/**
 * The built-in writer against its corpus (server/ai/local/corpus/ideas.ts): how often it reads the kind
 * of video right, how many of the ideas' details reach the storyboard, and how many texts it cuts
 * mid-phrase. 30-second videos, style "documentary". Run: npx bun scripts/measure-writer.ts [--verbose] [--held-out]
 */
import { createLocalProvider } from '../server/ai/local/provider.ts'
import { readIdea } from '../server/ai/local/writer/write.ts'

import { HELD_OUT } from '../server/ai/local/corpus/held-out.ts'
import { CORPUS as TRAINING } from '../server/ai/local/corpus/ideas.ts'
import type { IdeaKind } from '../server/ai/local/writer/kinds.ts'
import { scoreIdea } from '../server/ai/local/corpus/score.ts'
import type { Language } from '../server/ai/storyboard.ts'

const verbose = process.argv.includes('--verbose')
// --held-out: the ideas the writer was not written against (corpus/held-out.ts).
const CORPUS = process.argv.includes('--held-out') ? HELD_OUT : TRAINING
const ai = createLocalProvider()

const readKind = (prompt: string, language: Language): IdeaKind => readIdea(prompt, language).kind

let kindsRight = 0
let detailsKept = 0
let detailsTotal = 0
let ideasWhole = 0
let cutTexts = 0
let unwanted = 0
const byLanguage = new Map<Language, { ideas: number; kinds: number; kept: number; total: number }>()
for (const idea of CORPUS) {
  const { value } = await ai.generateStoryboard({
    prompt: idea.prompt,
    style: 'documentary',
    durationSec: 30,
    aspect: '16:9',
    language: idea.language,
  })
  const kind = readKind(idea.prompt, idea.language)
  const score = scoreIdea(value, idea)
  const row = byLanguage.get(idea.language) ?? { ideas: 0, kinds: 0, kept: 0, total: 0 }
  row.ideas++
  row.kinds += kind === idea.kind ? 1 : 0
  row.kept += idea.details.length - score.lost.length
  row.total += idea.details.length
  byLanguage.set(idea.language, row)
  kindsRight += kind === idea.kind ? 1 : 0
  detailsKept += idea.details.length - score.lost.length
  detailsTotal += idea.details.length
  ideasWhole += score.lost.length === 0 ? 1 : 0
  cutTexts += score.cut.length
  unwanted += score.unwanted.length
  if (verbose && (kind !== idea.kind || score.lost.length + score.cut.length + score.unwanted.length > 0)) {
    console.log(`${idea.language} ${idea.kind}${kind === idea.kind ? '' : ` (read as ${kind})`}: ${idea.prompt}`)
    if (score.lost.length > 0) console.log(`  lost: ${score.lost.join(' | ')}`)
    for (const text of score.cut) console.log(`  cut: ${text}`)
    if (score.unwanted.length > 0) console.log(`  unwanted: ${score.unwanted.join(' | ')}`)
    console.log(`  title: ${value.title}`)
  }
}
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`
console.log('language\tideas\tkind right\tdetails kept')
for (const [language, row] of byLanguage) {
  console.log(`${language}\t${row.ideas}\t${row.kinds}/${row.ideas}\t${row.kept}/${row.total}`)
}
console.log(`kind accuracy: ${kindsRight}/${CORPUS.length} (${percent(kindsRight, CORPUS.length)})`)
console.log(`details kept: ${detailsKept}/${detailsTotal} (${percent(detailsKept, detailsTotal)})`)
console.log(`ideas with every detail kept: ${ideasWhole}/${CORPUS.length}`)
console.log(`texts cut mid-phrase: ${cutTexts}; unwanted phrases: ${unwanted}`)
