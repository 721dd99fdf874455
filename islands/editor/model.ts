import { fieldsOf, sameFields, type FieldName, type SceneEdit, type SceneFields, type ServerScene } from './types.ts'

/**
 * The storyboard as the person is editing it: pure functions over an immutable list, so every
 * state is a value the undo history can keep. `key` names a scene for the island's whole life
 * (list keys, focus, coalescing typing); `from` is where it came from in the version the editor
 * holds (the PATCH body's `from`), null for a scene added here.
 */
export type LocalScene = { key: string; from: number | null; fields: SceneFields }
export type Draft = readonly LocalScene[]

export type SceneLimits = {
  narration: number
  onScreenText: number
  visual: number
  minDurationSec: number
  maxDurationSec: number
  minScenes: number
  maxScenes: number
  /** The longest rewrite instruction. */
  instruction: number
}

// Random prefix: keys from a draft kept in sessionStorage never collide with this page's new ones.
const prefix = Math.random().toString(36).slice(2, 7)
let counter = 0
export const newKey = () => `${prefix}${++counter}`

export const draftFromServer = (scenes: readonly ServerScene[]): Draft =>
  scenes.map((scene, index) => ({ key: newKey(), from: index, fields: fieldsOf(scene) }))

export const editField = <F extends FieldName>(draft: Draft, index: number, field: F, value: SceneFields[F]): Draft =>
  draft.map((scene, i) => (i === index ? { ...scene, fields: { ...scene.fields, [field]: value } } : scene))

export const moveScene = (draft: Draft, index: number, to: number): Draft => {
  if (to < 0 || to >= draft.length || to === index) return draft
  const next = [...draft]
  const [scene] = next.splice(index, 1)
  next.splice(to, 0, scene!)
  return next
}

/** A copy right after the original: same `from`, so its poster and narration follow it. */
export const duplicateScene = (draft: Draft, index: number): Draft => {
  const original = draft[index]
  if (!original) return draft
  const next = [...draft]
  next.splice(index + 1, 0, { key: newKey(), from: original.from, fields: fieldsOf(original.fields) })
  return next
}

/** A new scene after `index` (or first for -1), its look taken from its neighbour so it fits in. */
export const addScene = (draft: Draft, index: number, text: { narration: string; visual: string }): Draft => {
  const neighbour = draft[Math.max(0, index)]?.fields
  const fields: SceneFields = {
    narration: text.narration,
    onScreenText: '',
    visual: text.visual,
    shot: neighbour?.shot ?? 'medium',
    palette: neighbour ? [...neighbour.palette] : ['#1d3557', '#f1faee', '#e63946'],
    durationSec: neighbour?.durationSec ?? 4,
  }
  const next = [...draft]
  next.splice(index + 1, 0, { key: newKey(), from: null, fields })
  return next
}

export const removeScene = (draft: Draft, index: number): Draft => draft.filter((_, i) => i !== index)

export const toEdits = (draft: Draft): SceneEdit[] =>
  draft.map((scene) => ({ ...fieldsOf(scene.fields), ...(scene.from !== null && { from: scene.from }) }))

/** Whether the scene differs from the one at its place in the saved version (moved, new or edited). */
export const sceneChanged = (scene: LocalScene, index: number, base: readonly ServerScene[]) =>
  scene.from !== index || !base[index] || !sameFields(scene.fields, base[index]!)

export const isDirty = (draft: Draft, base: readonly ServerScene[]) =>
  draft.length !== base.length || draft.some((scene, index) => sceneChanged(scene, index, base))

/**
 * After a save of `sent`, the server's positions are those of `sent`: a scene that was sent points
 * at its own place; one added or duplicated during the save at the place of the scene it came
 * from (its first copy); a scene no longer in the saved version (an old undo state) becomes new.
 */
export const rebaseAfterSave = (draft: Draft, sent: Draft): Draft => {
  const sentAt = new Map(sent.map((scene, index) => [scene.key, index]))
  const firstFrom = new Map<number, number>()
  sent.forEach((scene, index) => {
    if (scene.from !== null && !firstFrom.has(scene.from)) firstFrom.set(scene.from, index)
  })
  return draft.map((scene) => {
    const own = sentAt.get(scene.key)
    const from = own ?? (scene.from === null ? undefined : firstFrom.get(scene.from))
    return { ...scene, from: from ?? null }
  })
}

/**
 * After the server replaced the storyboard (regenerate, restore, reload): positions are the only
 * link left, so a scene keeps its `from` while the new version has a scene there. The server
 * compares content and narrates again whatever differs, so a wrong guess costs time, never text.
 */
export const rebaseByPosition = (draft: Draft, length: number): Draft =>
  draft.map((scene) => (scene.from !== null && scene.from >= length ? { ...scene, from: null } : scene))

/** The server's scenes as the draft, keeping the keys of the scenes at the same places (focus and lists stay put). */
export const adoptServer = (previous: Draft, scenes: readonly ServerScene[]): Draft =>
  scenes.map((scene, index) => ({ key: previous[index]?.key ?? newKey(), from: index, fields: fieldsOf(scene) }))

export type Invalid = { index: number; field: FieldName }

const HEX = /^#[0-9a-f]{6}$/i

/** The first field the server would refuse (the same bounds as its scene schema), or null. */
export const firstInvalid = (draft: Draft, limits: SceneLimits): Invalid | null => {
  if (draft.length < limits.minScenes || draft.length > limits.maxScenes) return { index: 0, field: 'narration' }
  for (const [index, { fields }] of draft.entries()) {
    if (!fields.narration.trim() || fields.narration.trim().length > limits.narration) return { index, field: 'narration' }
    if (fields.onScreenText.trim().length > limits.onScreenText) return { index, field: 'onScreenText' }
    if (!fields.visual.trim() || fields.visual.trim().length > limits.visual) return { index, field: 'visual' }
    if (!fields.palette.every((colour) => HEX.test(colour))) return { index, field: 'palette' }
    const duration = fields.durationSec
    if (!Number.isFinite(duration) || duration < limits.minDurationSec || duration > limits.maxDurationSec)
      return { index, field: 'durationSec' }
  }
  return null
}
