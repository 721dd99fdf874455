import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { isAiError, type AiErrorCode } from '../ai/provider.ts'
import { sceneInstructionSchema, sceneVariantSchema } from '../ai/scene-request.ts'
import { aspectRatioSchema, storyboardSchema } from '../ai/storyboard.ts'
import { VISIBILITIES, type VideoWithScenes } from '../db/model.ts'
import { readJson } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { requireIfMatch, staleWrite, storyboardEtag } from '../http/if-match.ts'
import { requireUser } from '../http/session.ts'
import { sceneEditsSchema, type EditOutcome, type StoryboardEditor } from '../services/storyboard-edit.ts'
import type { SceneRegenerator } from '../services/scene-regenerate.ts'
import type { VideoService } from '../services/videos.ts'
import type { ApiRouteDoc } from './route-doc.ts'
import { videoWithScenesJson } from './video-json.ts'
import { musicPatchField } from './video-music.ts'
import { idParam, invalid, noVideo, notFound, parseId, parsePosition, sceneParams, signedIn, VIDEO_TAG } from './video-params.ts'

/**
 * The storyboard editor's API (the editor island and scripts alike): a save of any of title, frame,
 * visibility and scenes, the version history, a restore. Every write takes `If-Match` with the
 * storyboard's ETag (`"v<version>"`; 412 when stale, none = unconditional) and answers the video
 * with its new ETag.
 */

export const patchBody = z
  .object({
    title: storyboardSchema.shape.title.optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    aspect: aspectRatioSchema.optional(),
    scenes: sceneEditsSchema.optional(),
    ...musicPatchField,
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one of title, visibility, aspect, scenes, music.',
    path: ['visibility'],
  })
const regenerateBody = z.object({
  instruction: sceneInstructionSchema
    .optional()
    .meta({ description: 'How to rewrite it: "shorter", "punchier", "for kids", "more formal", or your own words.' }),
  variant: sceneVariantSchema.optional().meta({ description: 'Another number, another answer; the same one, the same answer. Default 0.' }),
})
/** What an AI failure is to the caller: the provider timed out or failed upstream (gateway), or is misconfigured. */
const AI_REFUSALS: Record<AiErrorCode, [502 | 503 | 504, string]> = {
  timeout: [504, 'The AI took too long to answer. Try again.'],
  upstream: [502, 'The AI service failed. Try again.'],
  invalid_output: [502, 'The AI returned a scene that does not fit. Try again, or with another variant.'],
  config: [503, 'The AI is not configured on this server.'],
}

const versionParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1)
const versionParams = z.object({ id: idParam, version: versionParam.meta({ description: 'The storyboard version.' }) })
const idParams = z.object({ id: idParam })
export const ifMatchHeader = z.object({
  'If-Match': z.string().optional().meta({ description: 'The storyboard ETag you hold ("v<version>"); absent: unconditional.' }),
})

const written = {
  200: { description: 'The video with its scenes; ETag names the new version.', contentType: 'application/json' },
  409: 'The video is still being written.',
  412: 'Changed since your ETag (currentVersion, currentEtag name the one now).',
}

export const storyboardRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'patch',
    path: '/api/videos/:id',
    summary:
      'Save title, visibility, aspect, music and/or the scenes (the whole new order; `from` names the scene each came from). Only changed scenes are narrated again (in the background) or get new posters',
    tag: VIDEO_TAG,
    signedIn: true,
    params: idParams,
    headers: ifMatchHeader,
    body: patchBody,
    responses: { ...written, ...signedIn, ...noVideo },
  },
  {
    method: 'get',
    path: '/api/videos/:id/versions',
    summary: 'The storyboard’s versions, newest first (the last 100)',
    tag: VIDEO_TAG,
    signedIn: true,
    params: idParams,
    responses: {
      200: { description: '{ items: [{ version, createdAt, title, sceneCount, durationSec, cause }] }', contentType: 'application/json' },
      401: signedIn[401],
      ...noVideo,
    },
  },
  {
    method: 'get',
    path: '/api/videos/:id/versions/:version',
    summary: 'One version of the storyboard, to compare',
    tag: VIDEO_TAG,
    signedIn: true,
    params: versionParams,
    responses: {
      200: { description: '{ version, createdAt, cause, title, logline, aspect, scenes }', contentType: 'application/json' },
      401: signedIn[401],
      404: 'No such video or version, or not yours.',
      ...invalid,
    },
  },
  {
    method: 'post',
    path: '/api/videos/:id/versions/:version/restore',
    summary: 'Restore a version: a new version equal to it (posters and clips reused)',
    tag: VIDEO_TAG,
    signedIn: true,
    params: versionParams,
    headers: ifMatchHeader,
    responses: { ...written, ...signedIn, 404: 'No such video or version, or not yours.' },
  },
  {
    method: 'post',
    path: '/api/videos/:id/scenes/:position/regenerate',
    summary:
      'Write one scene again with the AI (or rewrite it by an instruction), the rest untouched; the same request on the same storyboard gives the same answer (AI cache)',
    tag: VIDEO_TAG,
    signedIn: true,
    params: sceneParams,
    headers: ifMatchHeader,
    body: regenerateBody,
    responses: {
      ...written,
      ...signedIn,
      ...noVideo,
      502: 'The AI failed or answered with an unusable scene.',
      503: 'The AI is not configured.',
      504: 'The AI timed out.',
    },
  },
]

/** The owner's video as JSON, with its ETag, never stored by any cache. */
export const sendStoryboard = (c: Context<AppEnv>, video: VideoWithScenes, userId: string) =>
  c.json(videoWithScenesJson(video, userId), 200, { ETag: storyboardEtag(video.version), 'Cache-Control': 'private, no-store' })

/** An edit's outcome as the answer, or the problem that says why it was not saved. */
export const answerEdit = (c: Context<AppEnv>, outcome: EditOutcome, userId: string) => {
  switch (outcome.kind) {
    case 'saved':
      return sendStoryboard(c, outcome.video, userId)
    case 'missing':
      throw notFound()
    case 'not-ready':
      throw new HttpError(409, 'Conflict', 'The video is still being written; edit it once it is ready.')
    case 'stale':
      throw staleWrite(outcome.version)
    case 'invalid':
      throw new HttpError(422, 'Invalid request', 'Some fields are invalid.', { errors: outcome.issues })
  }
}

/** The owner's video and whether the write is conditional, after the If-Match check against it. */
export const ownedForWrite = async (c: Context<AppEnv>, videos: VideoService) => {
  const { user } = requireUser(c)
  const video = await videos.forOwner(parseId(c.req.param('id') ?? ''), user.id)
  if (!video) throw notFound()
  const ifMatch = c.req.header('If-Match')
  requireIfMatch(ifMatch, video.version)
  return { user, video, conditional: ifMatch !== undefined }
}

const parseVersion = (raw: string | undefined) => {
  const parsed = versionParam.safeParse(raw)
  if (!parsed.success || !/^\d+$/.test(raw ?? '')) throw new HttpError(404, 'Not Found', 'No such version.')
  return parsed.data
}

export const storyboardApi = ({
  videos,
  editor,
  regenerator,
}: {
  videos: VideoService
  editor: StoryboardEditor
  regenerator: SceneRegenerator
}) =>
  new Hono<AppEnv>()
    .patch('/:id', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      const { visibility, music, ...change } = await readJson(c, patchBody)
      const { video, conditional } = await ownedForWrite(c, videos)
      let current = video
      if (change.title !== undefined || change.aspect !== undefined || change.scenes !== undefined) {
        const outcome = await editor.edit(video, change, { conditional })
        if (outcome.kind !== 'saved') return answerEdit(c, outcome, user.id)
        current = outcome.video
      }
      if (music !== undefined) {
        // Conditional on the version this request has seen (after its own edit), so a write between is a 412.
        const updated = await videos.setMusic(id, user.id, music, conditional ? current.version : undefined)
        if (!updated) throw notFound()
        if (updated === 'stale') throw staleWrite((await videos.forOwner(id, user.id))?.version ?? current.version)
        current = { ...current, ...updated, scenes: current.scenes }
      }
      if (visibility !== undefined && visibility !== current.visibility) {
        if (!(await videos.setVisibility(id, user.id, visibility))) throw notFound()
        current = { ...current, visibility }
      }
      return sendStoryboard(c, current, user.id)
    })
    .get('/:id/versions', async (c) => {
      const { user } = requireUser(c)
      const video = await videos.forOwner(parseId(c.req.param('id')), user.id)
      if (!video) throw notFound()
      const items = (await editor.versions(video)).map((item) => ({
        version: item.version,
        createdAt: new Date(item.createdAt).toISOString(),
        title: item.title,
        sceneCount: item.sceneCount,
        durationSec: item.durationSec,
        cause: item.cause,
      }))
      return c.json({ items }, 200, { 'Cache-Control': 'private, no-store' })
    })
    .get('/:id/versions/:version', async (c) => {
      const { user } = requireUser(c)
      const video = await videos.forOwner(parseId(c.req.param('id')), user.id)
      if (!video) throw notFound()
      const found = await editor.version(video, parseVersion(c.req.param('version')))
      if (!found) throw new HttpError(404, 'Not Found', 'No such version.')
      // The same scene shape as the video's own, so a compare lines them up field by field.
      const { scenes } = videoWithScenesJson({ ...video, aspect: found.aspect, scenes: found.scenes }, user.id)
      return c.json(
        {
          version: found.version,
          createdAt: new Date(found.createdAt).toISOString(),
          cause: found.cause,
          title: found.title,
          logline: found.logline,
          aspect: found.aspect,
          durationSec: found.durationSec,
          scenes,
        },
        200,
        { 'Cache-Control': 'private, no-store' },
      )
    })
    .post('/:id/versions/:version/restore', async (c) => {
      const version = parseVersion(c.req.param('version'))
      const { user, video, conditional } = await ownedForWrite(c, videos)
      const outcome = await editor.restore(video, version, { conditional })
      if (outcome.kind === 'missing') throw new HttpError(404, 'Not Found', 'No such version.')
      return answerEdit(c, outcome, user.id)
    })
    .post('/:id/scenes/:position/regenerate', async (c) => {
      const position = parsePosition(c.req.param('position'))
      // No body at all is a plain "again" (a script's bare POST); a body is JSON, validated.
      const ask = c.req.header('Content-Type') === undefined && c.req.raw.body === null ? {} : await readJson(c, regenerateBody)
      const { user, video, conditional } = await ownedForWrite(c, videos)
      if (!video.scenes[position] && video.status === 'ready') throw notFound()
      try {
        return answerEdit(c, await regenerator.regenerate(video, position, ask, { conditional }), user.id)
      } catch (error) {
        if (!isAiError(error)) throw error
        const [status, detail] = AI_REFUSALS[error.code]
        throw new HttpError(status, 'Scene not regenerated', detail, { failure: error.code })
      }
    })
