/**
 * What the editor reads of the video JSON (GET/PATCH /api/videos/:id, server/api/video-json.ts) and
 * sends back (PATCH `scenes`: SceneEdit[]). Declared here because islands never import server code.
 */
import type { NarrationStatus } from '../../shared/progress-event.ts'

/** The fields a person edits: the PATCH body's SceneEdit without `from`. */
export type SceneFields = {
  narration: string
  onScreenText: string
  visual: string
  shot: string
  /** #rrggbb, the first is the background. */
  palette: string[]
  durationSec: number
}
export type FieldName = keyof SceneFields

/** A scene as the server answers with it. */
export type ServerScene = SceneFields & {
  position: number
  narrationStatus: NarrationStatus
  posterUrl: string
  imageUrl?: string | null
}

export type ServerVideo = { id: string; version: number; title: string | null; status: string; scenes: ServerScene[] }

/** One scene in the PATCH body: `from` is its position in the version the client holds, absent for a new one. */
export type SceneEdit = SceneFields & { from?: number }

export const FIELD_NAMES: readonly FieldName[] = ['narration', 'onScreenText', 'visual', 'shot', 'palette', 'durationSec']

export const fieldsOf = (scene: SceneFields): SceneFields => ({
  narration: scene.narration,
  onScreenText: scene.onScreenText,
  visual: scene.visual,
  shot: scene.shot,
  palette: [...scene.palette],
  durationSec: scene.durationSec,
})

export const sameField = (a: SceneFields, b: SceneFields, field: FieldName) =>
  field === 'palette' ? a.palette.join() === b.palette.join() : a[field] === b[field]

export const sameFields = (a: SceneFields, b: SceneFields) => FIELD_NAMES.every((field) => sameField(a, b, field))
