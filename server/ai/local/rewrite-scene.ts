import { instructionKinds, type InstructionKind, type SceneRequest } from '../scene-request.ts'
import { SHOT_TYPES, sceneSchema, type Language, type Scene, type Storyboard } from '../storyboard.ts'
import { createRandom, type Random } from './random.ts'

/**
 * The built-in writer's answer to "this scene again": deterministic from the video's seed, the
 * position, the instruction and the variant. Without an instruction the writer writes the video
 * again with a seed of its own and this scene is taken from the same place in its arc (so it still
 * fits between its neighbours: the same beat of the same idea); with one, the scene's own words are
 * reworked by the kinds it names (shorter, punchier, simpler, more formal). Free text that names
 * none gets a fresh version, the best a writer without a model can do. The slot never changes.
 */

const sentencesOf = (text: string) =>
  (text.match(/[^.!?¡¿]+[.!?]+|[^.!?]+$/gu) ?? [text]).map((sentence) => sentence.trim()).filter(Boolean)
const words = (text: string) => text.split(/\s+/u).filter(Boolean)
const endWith = (sentence: string, mark: '.' | '!') => `${sentence.replace(/[\s.!?,;:…]+$/u, '')}${mark}`
/** A clause as a sentence: its first letter up, its end marked. */
const asSentence = (clause: string, mark: '.' | '!') => {
  const trimmed = clause.trim()
  return endWith(trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1), mark)
}

const FILLERS: Partial<Record<Language, readonly string[]>> = {
  en: ['really', 'very', 'just', 'quite', 'actually', 'simply', 'truly'],
  de: ['wirklich', 'sehr', 'einfach', 'eigentlich', 'ganz'],
  es: ['realmente', 'muy', 'simplemente', 'bastante'],
  fr: ['vraiment', 'très', 'simplement', 'assez'],
  it: ['davvero', 'molto', 'semplicemente', 'proprio'],
  pt: ['realmente', 'muito', 'simplesmente', 'bastante'],
}
const KID_OPENERS: Record<Language, readonly string[]> = {
  en: ['Look!', 'Guess what?', 'Here is the fun part!'],
  de: ['Schau mal!', 'Weißt du was?', 'Jetzt wird es lustig!'],
  es: ['¡Mira!', '¿Sabes qué?', '¡Ahora viene lo divertido!'],
  fr: ['Regarde !', 'Tu sais quoi ?', 'Et voici le plus drôle !'],
  it: ['Guarda!', 'Sai una cosa?', 'Ecco la parte divertente!'],
  pt: ['Olha!', 'Sabes que mais?', 'Agora vem a parte divertida!'],
}
const EN_CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/giu, 'cannot'],
  [/\bwon't\b/giu, 'will not'],
  [/n't\b/giu, ' not'],
  [/'re\b/giu, ' are'],
  [/'ll\b/giu, ' will'],
  [/'ve\b/giu, ' have'],
  [/\bit's\b/giu, 'it is'],
  [/\blet's\b/giu, 'let us'],
]

const shorter = (text: string, random: Random) => {
  const sentences = sentencesOf(text)
  if (sentences.length > 1) {
    // Keep the first sentence, or the one the variant picks: about half as much to say.
    return sentences[random.int(Math.min(2, sentences.length))]!
  }
  const all = words(text)
  return all.length <= 4 ? text : asSentence(all.slice(0, Math.max(3, Math.ceil(all.length * 0.6))).join(' '), '.')
}
const punchier = (text: string, language: Language) => {
  const fillers = new Set(FILLERS[language] ?? [])
  const clauses = sentencesOf(text).flatMap((sentence) => sentence.split(/[,;:]\s+|\s[-–—]\s/u))
  const kept = clauses
    .map((clause) =>
      words(clause)
        .filter((word) => !fillers.has(word.toLocaleLowerCase()))
        .join(' '),
    )
    .filter(Boolean)
  return kept.map((clause, index) => asSentence(clause, index === kept.length - 1 ? '!' : '.')).join(' ')
}
const simpler = (text: string, language: Language, random: Random) => {
  const clauses = sentencesOf(text).flatMap((sentence) => sentence.split(/[,;:()]\s*/u))
  const short = clauses.map((clause) => words(clause).slice(0, 10).join(' ')).filter((clause) => words(clause).length > 1)
  return [random.pick(KID_OPENERS[language]), ...short.map((clause) => asSentence(clause, '.'))].join(' ')
}
const formal = (text: string, language: Language) => {
  let result = text.replace(/!+/gu, '.').replace(/\s*¡/gu, ' ').trim()
  if (language === 'en') for (const [pattern, expanded] of EN_CONTRACTIONS) result = result.replace(pattern, expanded)
  return sentencesOf(result)
    .map((sentence) => asSentence(sentence, '.'))
    .join(' ')
}

const rework = (scene: Scene, kinds: readonly InstructionKind[], language: Language, random: Random): Scene => {
  let narration = scene.narration
  let onScreenText = scene.onScreenText
  for (const kind of kinds) {
    if (kind === 'shorter') {
      narration = shorter(narration, random)
      onScreenText = words(onScreenText).slice(0, 3).join(' ')
    } else if (kind === 'punchier') {
      narration = punchier(narration, language)
      onScreenText = onScreenText ? endWith(onScreenText, '!') : onScreenText
    } else if (kind === 'simpler') {
      narration = simpler(narration, language, random)
      onScreenText = words(onScreenText).slice(0, 4).join(' ')
    } else {
      narration = formal(narration, language)
      onScreenText = onScreenText.replace(/[!¡]+/gu, '').trim()
    }
  }
  return { ...scene, narration: narration.slice(0, 600), onScreenText: onScreenText.slice(0, 80) }
}

/** A shot unlike both neighbours', so the cut still reads as a cut. */
const freshShot = (input: SceneRequest, random: Random, current: Scene['shot']) => {
  const near = new Set([input.scenes[input.position - 1]?.shot, input.scenes[input.position + 1]?.shot, current])
  const free = SHOT_TYPES.filter((shot) => !near.has(shot))
  return free.length ? random.pick(free) : current
}

export const rewriteScene = (input: SceneRequest, write: (seed: number) => Storyboard): Scene => {
  const { request, scenes, position, instruction, variant } = input
  const current = scenes[position]!
  const random = createRandom(JSON.stringify(['scene', request.seed ?? 0, position, instruction ?? null, variant]))
  const kinds = instructionKinds(instruction)
  let scene: Scene
  if (kinds.length) scene = rework(current, kinds, request.language, random)
  else {
    // Another faithful version of the whole idea; this scene from the same beat of its arc.
    scene = current
    for (let attempt = 0; attempt < 4 && scene.narration === current.narration; attempt++) {
      const written = write(random.int(2 ** 31 - 1))
      const at = scenes.length === 1 ? 0 : Math.round((position * (written.scenes.length - 1)) / (scenes.length - 1))
      const fresh = written.scenes[Math.min(at, written.scenes.length - 1)]!
      scene = { ...current, narration: fresh.narration, onScreenText: fresh.onScreenText, visual: fresh.visual }
    }
    scene = { ...scene, shot: freshShot(input, random, current.shot) }
  }
  // The palette stays the video's (the scene must still look like its neighbours); the slot stays too.
  return sceneSchema.parse({ ...scene, palette: current.palette, durationSec: current.durationSec })
}
