import { normalizeText } from '../../request-key.ts'
import { storyboardSchema, type Scene, type Storyboard, type VideoRequest } from '../../storyboard.ts'
import { SCENE_MIN_SEC, sceneMaxSecFor, splitDuration, targetSceneCount } from '../../timing.ts'
import { chooseShots } from '../arc.ts'
import type { Beat } from '../lang/types.ts'
import { choosePalette, scenePalette } from '../palettes.ts'
import { createRandom, type Random } from '../random.ts'
import { countWords } from '../tokens.ts'
import { STYLE_MOOD } from './style-mood.ts'
import type { Idea } from './read-idea.ts'
import { fill, type KindPhrases, type Line, type PhraseBook, type SectionName, type Slot } from './phrases/schema.ts'

/** One scene before its words: which section of the phrase book speaks, with which part of the idea. */
interface Plan {
  section: SectionName
  slots: Partial<Record<Slot, string | null>>
}

/** How many placeholder steps, points or entries a structure shows when the idea gives none. */
const PLACEHOLDERS = 3

/**
 * The scenes an idea needs, in order, independent of language: the structure of its kind with the
 * idea's own parts in it, and a placeholder wherever the structure needs what the idea does not say.
 */
export const planScenes = (idea: Idea, random?: Random): Plan[] => {
  const plans: Plan[] = [{ section: 'open', slots: {} }]
  const add = (section: SectionName, slots: Plan['slots'] = {}) => plans.push({ section, slots })
  // Features and facts have no order of their own (steps, entries and a story's events do): a version may reorder them.
  const details = () => {
    for (const item of random && idea.kind !== 'story' ? random.shuffle(idea.details) : idea.details) add('detail', { item })
  }
  const numbered = (section: SectionName, missing: SectionName, count: number) => {
    if (idea.items.length > 0) {
      idea.items.forEach((item, index) => {
        add(section, { item, n: String(index + 1) })
      })
    } else for (let index = 0; index < count; index++) add(missing, { n: String(index + 1) })
  }
  switch (idea.kind) {
    case 'howto':
      numbered('step', 'missingStep', PLACEHOLDERS)
      details()
      if (idea.audience) add('audience')
      break
    case 'explainer':
      details()
      if (idea.details.length === 0) for (let index = 0; index < 2; index++) add('missingPoint', { n: String(index + 1) })
      if (idea.audience) add('audience')
      break
    case 'ad':
      if (idea.relative) add('product')
      details()
      if (idea.audience) add('audience')
      if (idea.price) add('price')
      break
    case 'event':
      add(idea.when ? 'when' : 'missingWhen')
      details()
      if (idea.price) add('price')
      if (idea.audience) add('audience')
      break
    case 'story':
      details()
      add(idea.relative ? 'turn' : 'missingTurn')
      break
    case 'portrait':
      if (idea.relative) add('detail', { item: `${idea.definite} ${idea.relative}` })
      details()
      if (idea.audience) add('audience')
      break
    case 'list':
      numbered('item', 'missingItem', idea.count ?? PLACEHOLDERS)
      break
    case 'testimonial':
      details()
      add(idea.relative ? 'turn' : 'missingTurn')
      break
  }
  // Every kind keeps a price it was given; ads and events place theirs above.
  if (idea.price && idea.kind !== 'ad' && idea.kind !== 'event') add('price')
  add('close')
  if (idea.link) add('link')
  return plans
}

/** The relative clause without its pronoun: "who finds a message" → "finds a message". */
const actionOf = (relative: string | null): string | null => relative?.replace(/^\s*\p{L}+\s+/u, '') ?? null

const linesFor = (book: PhraseBook, kind: KindPhrases, section: SectionName): readonly Line[] =>
  (kind as Partial<Record<SectionName, Line[]>>)[section] ?? (book.common as Partial<Record<SectionName, Line[]>>)[section] ?? []

/** A scene's words, or null when no line of the section can be filled from what the idea says. */
const writeLine = (lines: readonly Line[], slots: Plan['slots'], random: Random): { say: string; show: string; see: string } | null => {
  const filled = random.shuffle(lines).flatMap((line) => {
    const say = fill(line.say, slots)
    const show = fill(line.show, slots)
    const see = fill(line.see, slots)
    return say && show && see ? [{ say, show, see }] : []
  })
  return filled[0] ?? null
}

/** Cuts at a word boundary and marks the cut, for fields with a length limit. */
/** The storyboard schema's bound on a scene's on-screen text. */
const ON_SCREEN_MAX = 80

export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`
}

/** "0:05", "1:02.5": scene boundaries are multiples of half a second. */
export const formatTime = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds - minutes * 60
  const whole = Math.floor(rest)
  const half = rest - whole >= 0.5 ? '.5' : ''
  return `${minutes}:${String(whole).padStart(2, '0')}${half}`
}

/** The random source of one request: the same request and seed draw the same choices, another seed others. */
export const requestRandom = (request: VideoRequest): Random =>
  createRandom(
    JSON.stringify([
      normalizeText(request.prompt),
      request.style,
      request.durationSec,
      request.aspect,
      request.language,
      request.seed ?? 0,
    ]),
  )

/**
 * The storyboard of an idea in the phrase book's language. Every part of the idea gets a scene (two
 * share one when the length holds fewer scenes), so nothing typed is lost; a longer video than the idea
 * fills gets a few views of the subject and then visible placeholders, never invented facts.
 */
export const composeStoryboard = (idea: Idea, book: PhraseBook, request: VideoRequest): Storyboard => {
  const random = requestRandom(request)
  const kind = book.kinds[idea.kind]
  const slots: Partial<Record<Slot, string | null>> = {
    subject: idea.subject,
    definite: idea.definite,
    label: idea.label,
    headline: idea.headline,
    relative: idea.relative,
    action: actionOf(idea.relative),
    price: idea.price,
    audience: idea.audience,
    when: idea.when,
    link: idea.link,
  }
  const plans = planScenes(idea, random)
  // Exactly the count the create form promised for this length, whatever the idea's number of parts.
  const min = targetSceneCount(request.durationSec)
  const max = min

  const written = plans.flatMap((plan) => {
    const line = writeLine(linesFor(book, kind, plan.section), { ...slots, ...plan.slots }, random)
    return line ? [line] : []
  })
  // Too many parts for the length: the middle ones pair up, so the opening and the close stay alone.
  while (written.length > max && written.length >= 3) {
    const at = 1 + random.int(Math.max(1, written.length - 3))
    const [a, b] = [written[at]!, written[at + 1]!]
    // The narration says both; the on-screen text keeps only whole parts that fit, never one cut mid-phrase.
    const show = `${a.show} · ${b.show}`.length <= ON_SCREEN_MAX ? `${a.show} · ${b.show}` : a.show
    written.splice(at, 2, { say: `${a.say} ${b.say}`, show, see: a.see })
  }
  while (written.length > max) written.splice(written.length - 2, 1)
  // Too few: views of the subject, then placeholders, before the close.
  const extras = random.shuffle(book.common.extra)
  while (written.length < min) {
    const extra = extras.shift()
    const line = extra
      ? writeLine([extra], slots, random)
      : writeLine(book.common.placeholder, { ...slots, n: String(written.length) }, random)
    written.splice(Math.max(1, written.length - 1), 0, line ?? { say: idea.label, show: idea.label, see: idea.label })
  }

  const beats: Beat[] = written.map((_, index) => (index === 0 ? 'hook' : index === written.length - 1 ? 'closing' : 'development'))
  const shots = chooseShots(beats, random)
  const basePalette = choosePalette(request.style, STYLE_MOOD[request.style], random)
  const weights = written.map((line) => (countWords(line.say) + 3) * (0.95 + random.next() * 0.1))
  const durations = splitDuration(request.durationSec, weights, {
    step: 0.5,
    minSec: SCENE_MIN_SEC,
    maxSec: sceneMaxSecFor(request.durationSec),
  })

  const scenes: Scene[] = written.map((line, index) => ({
    narration: clip(line.say, 600),
    onScreenText: clip(line.show, ON_SCREEN_MAX),
    visual: clip(`${book.shotLead[shots[index]!]} ${line.see}. ${book.look[request.style]}`, 400),
    shot: shots[index]!,
    palette: scenePalette(basePalette, beats[index]!, index / written.length),
    durationSec: durations[index]!,
  }))

  let elapsed = 0
  const script = scenes
    .map((scene, index) => {
      const from = formatTime(elapsed)
      elapsed += scene.durationSec
      return `${fill(book.sceneHeading, { n: String(index + 1), from, to: formatTime(elapsed) })}\n${scene.narration}`
    })
    .join('\n\n')

  const pickFilled = (templates: readonly string[]) =>
    random
      .shuffle(templates)
      .map((each) => fill(each, slots))
      .find((each): each is string => Boolean(each)) ?? idea.label
  return storyboardSchema.parse({
    title: clip(pickFilled(kind.title), 120),
    logline: clip(pickFilled(kind.logline), 300),
    script: clip(script, 20000),
    scenes,
  })
}
