import { z } from 'zod'
import { isVideoId } from '../../shared/ids.ts'
import { HttpError } from '../http/errors.ts'

/** What every /api/videos route file reads from the path, and its one 404. */

export const idParam = z.string().refine(isVideoId).meta({ description: 'The video id.' })
/** Scene positions are 0-based and a storyboard has at most 60 scenes. */
export const positionParam = z.coerce.number().int().min(0).max(59)
export const idParams = z.object({ id: idParam })
export const sceneParams = z.object({ id: idParam, position: positionParam.meta({ description: 'The scene, 0-based.' }) })

export const notFound = () => new HttpError(404, 'Not Found', 'No such video.')
/** An id that cannot exist is the same 404 as one that does not: nothing to learn from the difference. */
export const parseId = (raw: string) => {
  const parsed = idParam.safeParse(raw)
  if (!parsed.success) throw notFound()
  return parsed.data
}
/** A scene position in the path: digits only, else the same 404 as a scene that does not exist. */
export const parsePosition = (raw: string) => {
  const position = positionParam.safeParse(raw)
  if (!position.success || !/^\d+$/.test(raw)) throw notFound()
  return position.data
}

export const VIDEO_TAG = 'videos'
export const signedIn = { 401: 'Not signed in.', 403: 'The CSRF header is missing or wrong.' }
// Query and header refusals; a JSON body's own come with it (server/openapi/document.ts).
export const invalid = { 422: 'Some fields are invalid (errors[] names them).' }
export const noVideo = { 404: 'No such video, or not yours to see.' }
