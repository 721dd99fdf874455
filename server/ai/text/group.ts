import { SCENE_COUNT_LIMITS } from '../../../shared/durations.ts'
import { TEXT_SCENE_RULE } from '../../../shared/sources.ts'

/** What grouping needs to know of a sentence. */
export interface Groupable {
  paragraph: number
  /** Its estimated speech, in seconds. */
  seconds: number
  chars: number
}

const pack = (sentences: readonly Groupable[], targetSec: number, maxSec: number, paragraphs: boolean): number[][] => {
  const scenes: number[][] = []
  let current: number[] = []
  let seconds = 0
  let chars = 0
  for (const [index, sentence] of sentences.entries()) {
    const previous = sentences[index - 1]
    const newParagraph = paragraphs && previous !== undefined && previous.paragraph !== sentence.paragraph
    // Close the scene when this sentence would overshoot the target by more than half of itself.
    const overshoots = seconds + sentence.seconds / 2 > targetSec
    const tooLong = seconds + sentence.seconds > maxSec || chars + 1 + sentence.chars > TEXT_SCENE_RULE.maxChars
    if (current.length > 0 && (newParagraph || overshoots || tooLong)) {
      scenes.push(current)
      current = []
      seconds = 0
      chars = 0
    }
    current.push(index)
    seconds += sentence.seconds
    chars += (chars > 0 ? 1 : 0) + sentence.chars
  }
  if (current.length > 0) scenes.push(current)
  return scenes
}

/**
 * Groups consecutive whole sentences into scenes (TEXT_SCENE_RULE): each scene is a list of
 * sentence indices, in order, and every sentence is in exactly one scene. When the rule gives more
 * scenes than a storyboard holds, the target grows, and past a point paragraphs stop forcing a cut.
 * A sentence longer than `maxChars` is the caller's to refuse (it is left alone in its scene).
 */
export const groupIntoScenes = (sentences: readonly Groupable[]): number[][] => {
  if (sentences.length === 0) return []
  const totalSec = sentences.reduce((sum, sentence) => sum + sentence.seconds, 0)
  let targetSec = Math.max(TEXT_SCENE_RULE.targetSec, totalSec / SCENE_COUNT_LIMITS.max)
  let paragraphs = true
  for (let attempt = 0; ; attempt++) {
    const maxSec = Math.max(TEXT_SCENE_RULE.maxSec, targetSec * 2)
    const scenes = pack(sentences, targetSec, maxSec, paragraphs)
    if (scenes.length <= SCENE_COUNT_LIMITS.max) return scenes
    if (attempt >= 4) paragraphs = false
    if (attempt >= 40) return mergeToLimit(scenes)
    targetSec *= 1.2
  }
}

/** The last resort: neighbours merged, smallest pair first, until the count fits. */
const mergeToLimit = (scenes: number[][]): number[][] => {
  const merged = scenes.map((scene) => [...scene])
  while (merged.length > SCENE_COUNT_LIMITS.max) {
    let best = 0
    for (let index = 1; index < merged.length - 1; index++) {
      if (merged[index]!.length + merged[index + 1]!.length < merged[best]!.length + merged[best + 1]!.length) best = index
    }
    merged.splice(best, 2, [...merged[best]!, ...merged[best + 1]!])
  }
  return merged
}
