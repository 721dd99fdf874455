import { FIELD_NAMES, sameField, type FieldName, type SceneFields } from './types.ts'

/** One scene of a version beside the scene at the same place now: the fields that differ. */
export type SceneDiff =
  | { index: number; kind: 'changed'; fields: FieldName[]; before: SceneFields; now: SceneFields }
  | { index: number; kind: 'same' }
  | { index: number; kind: 'only-then'; before: SceneFields }
  | { index: number; kind: 'only-now'; now: SceneFields }

/** A per-scene, per-field comparison by position: enough to see what restoring would change. */
export const compareScenes = (then: readonly SceneFields[], now: readonly SceneFields[]): SceneDiff[] =>
  Array.from({ length: Math.max(then.length, now.length) }, (_, index): SceneDiff => {
    const a = then[index]
    const b = now[index]
    if (!b) return { index, kind: 'only-then', before: a! }
    if (!a) return { index, kind: 'only-now', now: b }
    const fields = FIELD_NAMES.filter((field) => !sameField(a, b, field))
    return fields.length ? { index, kind: 'changed', fields, before: a, now: b } : { index, kind: 'same' }
  })
