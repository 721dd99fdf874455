import { z } from 'zod'
import { sceneSchema, storyboardSchema, type Scene, type Storyboard } from '../storyboard.ts'
import { rescaleDurations, sceneCountRange } from '../timing.ts'

export type StoryboardParse = { ok: true; value: Storyboard } | { ok: false; issues: string }

/** Some models wrap JSON in a Markdown fence even when asked not to; accept that, nothing looser. */
const stripFence = (content: string): string => {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content)
  return fenced ? fenced[1]! : content
}

/** A reply's JSON, fenced or not, or why it is not JSON. */
const readReply = (content: string): { ok: true; value: unknown } | { ok: false; issues: string } => {
  try {
    return { ok: true, value: JSON.parse(stripFence(content)) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: `✖ The reply is not valid JSON (${reason}).` }
  }
}

/**
 * Fits a valid storyboard to the request: too many scenes are cut (the closing scene is kept, since it
 * carries the call to action) and the durations are rescaled, keeping their proportions, to sum to
 * exactly the requested duration in 0.1 s steps.
 */
export const fitToDuration = (storyboard: Storyboard, durationSec: number): StoryboardParse => {
  const { min, max } = sceneCountRange(durationSec)
  let scenes = storyboard.scenes
  let script = storyboard.script
  if (scenes.length > max) {
    scenes = [...scenes.slice(0, max - 1), scenes[scenes.length - 1]!]
    script = scenes.map((scene) => scene.narration).join('\n\n')
  }
  try {
    const durations = rescaleDurations(
      scenes.map((scene) => scene.durationSec),
      durationSec,
    )
    return {
      ok: true,
      value: { ...storyboard, script, scenes: scenes.map((scene, index) => ({ ...scene, durationSec: durations[index]! })) },
    }
  } catch {
    return { ok: false, issues: `✖ ${scenes.length} scenes cannot fill ${durationSec} seconds: use between ${min} and ${max} scenes.` }
  }
}

/** Reads a model's reply as a storyboard for the request, or says what is wrong with it, one issue per line. */
export const parseStoryboardReply = (content: string, durationSec: number): StoryboardParse => {
  const json = readReply(content)
  if (!json.ok) return json
  const result = storyboardSchema.safeParse(json.value)
  if (!result.success) return { ok: false, issues: z.prettifyError(result.error) }
  return fitToDuration(result.data, durationSec)
}

/** Reads a model's reply as one scene, or says what is wrong with it. */
export const parseSceneReply = (content: string): { ok: true; value: Scene } | { ok: false; issues: string } => {
  const json = readReply(content)
  if (!json.ok) return json
  const result = sceneSchema.safeParse(json.value)
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: z.prettifyError(result.error) }
}
