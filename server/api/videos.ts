import { Hono } from 'hono'
import { IDEMPOTENCY_KEY } from '../../shared/ids.ts'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import { createVideoSchema } from '../ai/create-request.ts'
import { assistantQuestionSchema } from '../ai/storyboard.ts'
import { readJson } from '../http/body.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { storyboardEtag } from '../http/if-match.ts'
import { requireUser } from '../http/session.ts'
import type { ProgressBus, ProgressEvent } from '../jobs/progress.ts'
import { renderMarkdown } from '../render/markdown.ts'
import type { Assistant } from '../services/assistant.ts'
import type { SceneRegenerator } from '../services/scene-regenerate.ts'
import type { StoryboardEditor } from '../services/storyboard-edit.ts'
import { UnwrittenScriptError, type VideoService } from '../services/videos.ts'
import { unsupportedScriptNotice } from '../i18n/writer-notice.ts'
import { captionsRoutes, captionsRouteDocs } from './captions.ts'
import { ifMatchHeader, ownedForWrite, storyboardApi, storyboardRouteDocs } from './storyboard.ts'
import type { ApiRouteDoc } from './route-doc.ts'
import { idParams, invalid, noVideo, notFound, parseId, parsePosition, sceneParams, signedIn, VIDEO_TAG } from './video-params.ts'
import { sceneJson, videoJson, videoWithScenesJson } from './video-json.ts'

export type VideosApiDeps = {
  videos: VideoService
  editor: StoryboardEditor
  regenerator: SceneRegenerator
  assistant: Assistant
  bus: ProgressBus
  /** How long one event stream stays open before the browser reconnects (and resumes). */
  streamMaxMs?: number
  heartbeatMs?: number
  /**
   * With no event for this long, the stream re-reads the stored progress and sends it if it moved:
   * a progress message lost between replicas costs seconds, not the stream's whole life.
   */
  resyncMs?: number
}

/** What a page shows of an event: two events alike in it need not both be sent. */
const progressShown = (event: ProgressEvent) =>
  [
    event.status,
    event.step,
    event.progress,
    event.label,
    event.scene?.index,
    event.scene?.total,
    event.narration?.join(),
    event.failure,
    event.error,
  ].join('|')

/** `?page=&pageSize=` of the lists (the public list's page cache keys on the same schema). */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(12),
})
const idempotencyKeySchema = z.string().regex(IDEMPOTENCY_KEY, 'Idempotency-Key must be 8-128 characters of letters, digits, - _ . :')
/** The header as an object, so a bad key's 422 names it in `errors[].path`. */
const idempotencyHeader = z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() })
const questionBody = z.object({ question: assistantQuestionSchema })

/** What the routes below take and answer, for the OpenAPI document. */
export const videosRouteDocs: readonly ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/videos',
    summary: 'Create a video from an idea, your own script or an article: queue its storyboard, posters and narration',
    tag: VIDEO_TAG,
    signedIn: true,
    headers: idempotencyHeader,
    body: createVideoSchema,
    responses: {
      201: { description: 'Queued; Location names it.', contentType: 'application/json' },
      200: { description: 'The video this Idempotency-Key already created.', contentType: 'application/json' },
      ...signedIn,
      ...invalid,
    },
  },
  {
    method: 'get',
    path: '/api/videos',
    summary: 'My videos, newest first',
    tag: VIDEO_TAG,
    signedIn: true,
    query: pageQuery,
    responses: {
      200: { description: '{ items, total, page, pageSize }', contentType: 'application/json' },
      401: signedIn[401],
      ...invalid,
    },
  },
  {
    method: 'get',
    path: '/api/videos/public',
    summary: 'The public gallery',
    tag: VIDEO_TAG,
    query: pageQuery,
    responses: { 200: { description: '{ items, total, page, pageSize }', contentType: 'application/json' }, ...invalid },
  },
  {
    method: 'get',
    path: '/api/videos/:id',
    summary:
      'A video with its scenes, sentences, narration clips and timings (a failed one: `failure.code` and an English `failure.message`)',
    tag: VIDEO_TAG,
    params: idParams,
    responses: { 200: { description: 'The video.', contentType: 'application/json' }, ...noVideo },
  },
  {
    method: 'delete',
    path: '/api/videos/:id',
    summary: 'Delete a video',
    tag: VIDEO_TAG,
    signedIn: true,
    params: idParams,
    responses: { 204: 'Deleted.', ...signedIn, ...noVideo },
  },
  {
    method: 'post',
    path: '/api/videos/:id/retry',
    summary: 'Queue a failed video again',
    tag: VIDEO_TAG,
    signedIn: true,
    params: idParams,
    responses: {
      202: { description: '{ status: "queued" }', contentType: 'application/json' },
      ...signedIn,
      ...noVideo,
      409: 'Only a failed video can be retried.',
    },
  },
  {
    method: 'post',
    path: '/api/videos/:id/scenes/:position/narration',
    summary: 'Narrate one scene again (If-Match: the storyboard ETag; the version stays, narration is not a save)',
    tag: VIDEO_TAG,
    signedIn: true,
    params: sceneParams,
    headers: ifMatchHeader,
    responses: {
      412: 'The storyboard changed since your ETag.',
      200: { description: 'The scene with its new clips.', contentType: 'application/json' },
      ...signedIn,
      ...noVideo,
      409: 'The video is still being written.',
      503: 'Narration is not available, or failed (scene names the error).',
    },
  },
  ...storyboardRouteDocs,
  ...captionsRouteDocs({ params: idParams, tag: VIDEO_TAG, notFound: noVideo[404] }),
  {
    method: 'post',
    path: '/api/videos/:id/assistant',
    summary: 'Ask the assistant about a video of mine',
    tag: VIDEO_TAG,
    signedIn: true,
    params: idParams,
    body: questionBody,
    responses: {
      200: { description: '{ markdown, html, fromCache, version }', contentType: 'application/json' },
      ...signedIn,
      ...noVideo,
      409: 'The video is not written yet.',
    },
  },
  {
    method: 'get',
    path: '/api/videos/:id/events',
    summary: 'Follow generation progress (Server-Sent Events, `progress` events until done or failed)',
    tag: VIDEO_TAG,
    params: idParams,
    responses: { 200: { description: 'An event stream.', contentType: 'text/event-stream' }, ...noVideo },
  },
]

/** /api/videos: create, list, read, publish, delete, retry, follow progress, ask the assistant. */
export const videosApi = ({
  videos,
  editor,
  regenerator,
  assistant,
  bus,
  streamMaxMs = 5 * 60_000,
  heartbeatMs = 15_000,
  resyncMs = 3000,
}: VideosApiDeps) =>
  new Hono<AppEnv>()
    .post('/', async (c) => {
      const { user } = requireUser(c)
      const { 'Idempotency-Key': idempotencyKey } = idempotencyHeader.parse({ 'Idempotency-Key': c.req.header('Idempotency-Key') })
      const request = await readJson(c, createVideoSchema)
      const outcome = await videos.create(user.id, request, idempotencyKey).catch((error: unknown) => {
        if (!(error instanceof UnwrittenScriptError)) throw error
        const message = unsupportedScriptNotice(user.language, error.script)
        throw new HttpError(422, 'Idea in an unsupported script', message, { errors: [{ path: 'prompt', message }] })
      })
      if (outcome.conflict === 'reused') {
        throw new HttpError(422, 'Idempotency-Key reused', 'This Idempotency-Key was already used for a different request.', {
          errors: [{ path: 'Idempotency-Key', message: 'Already used for a different request.' }],
        })
      }
      // The header schema refuses a malformed key first (with its own message); the service holds the same rule.
      if (outcome.conflict) throw new HttpError(422, 'Invalid request', 'The Idempotency-Key is malformed.')
      const { video, created } = outcome
      return c.json(videoJson(video, user.id), created ? 201 : 200, { Location: `/api/videos/${video.id}` })
    })
    .get('/', async (c) => {
      const { user } = requireUser(c)
      const { page, pageSize } = pageQuery.parse(c.req.query())
      const result = await videos.listByUser(user.id, { page, pageSize })
      return c.json({ items: result.items.map((video) => videoJson(video, user.id)), total: result.total, page, pageSize }, 200, {
        'Cache-Control': 'private, no-cache',
      })
    })
    .get('/public', async (c) => {
      const { page, pageSize } = pageQuery.parse(c.req.query())
      const viewerId = c.get('session')?.user.id ?? null
      const result = await videos.listPublic({ page, pageSize })
      return c.json({ items: result.items.map((video) => videoJson(video, viewerId)), total: result.total, page, pageSize })
    })
    .get('/:id', async (c) => {
      const viewerId = c.get('session')?.user.id ?? null
      const video = await videos.viewable(parseId(c.req.param('id')), viewerId)
      if (!video) throw notFound()
      // Why it failed: the code to act on and an English sentence; never the AI endpoint's own message.
      const progress = video.status === 'failed' ? await videos.progress(video.id) : null
      const failure = progress?.failure ? { failure: { code: progress.failure, message: progress.error } } : {}
      // The owner's copy says isOwner and is what the editor saves against (its ETag): never stored by a cache.
      return c.json({ ...videoWithScenesJson(video, viewerId), ...failure }, 200, {
        ETag: storyboardEtag(video.version),
        'Cache-Control': video.userId === viewerId ? 'private, no-store' : 'no-cache',
      })
    })
    .route('/', storyboardApi({ videos, editor, regenerator }))
    .delete('/:id', async (c) => {
      const { user } = requireUser(c)
      if (!(await videos.delete(parseId(c.req.param('id')), user.id))) throw notFound()
      return c.body(null, 204)
    })
    .post('/:id/retry', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      const job = await videos.retry(id, user.id)
      if (!job) {
        if (!(await videos.forOwner(id, user.id))) throw notFound()
        throw new HttpError(409, 'Conflict', 'Only a failed video can be retried.')
      }
      return c.json({ status: 'queued' }, 202)
    })
    .post('/:id/scenes/:position/narration', async (c) => {
      const position = parsePosition(c.req.param('position'))
      const { user, video } = await ownedForWrite(c, videos)
      const scene = await videos.renarrateScene(video.id, user.id, position)
      if (scene === 'missing') throw notFound()
      if (scene === 'not-ready') throw new HttpError(409, 'Conflict', 'The video is still being written; its scenes are narrated with it.')
      if (scene === 'unavailable') throw new HttpError(503, 'Service Unavailable', 'Narration is not available on this server.')
      if (scene.narrationStatus === 'failed') {
        throw new HttpError(503, 'Narration failed', scene.narrationError ?? 'The scene could not be narrated.', {
          scene: sceneJson(video.id, scene),
        })
      }
      // Narration is derived, not a save: the version (and so the ETag) stays.
      return c.json(sceneJson(video.id, scene), 200, { 'Cache-Control': 'private, no-store', ETag: storyboardEtag(video.version) })
    })
    .route('/', captionsRoutes({ videos, parseId, notFound }))
    .post('/:id/assistant', async (c) => {
      const { user } = requireUser(c)
      const id = parseId(c.req.param('id'))
      const { question } = await readJson(c, questionBody)
      const video = await videos.forOwner(id, user.id)
      if (!video) throw notFound()
      const answer = await assistant.ask(video, question, user.language, user.id)
      if (!answer) throw new HttpError(409, 'Conflict', 'The video is not written yet.')
      return c.json(
        { markdown: answer.markdown, html: await renderMarkdown(answer.markdown), fromCache: answer.fromCache, version: video.version },
        200,
        {
          'Cache-Control': 'private, no-store',
        },
      )
    })
    .get('/:id/events', async (c) => {
      const viewerId = c.get('session')?.user.id ?? null
      const id = parseId(c.req.param('id'))
      const video = await videos.viewable(id, viewerId)
      if (!video) throw notFound()
      const response = streamSSE(c, async (stream) => {
        // Subscribe before reading the stored state, so no event can fall between the two.
        const queue: ProgressEvent[] = []
        let wake: (() => void) | undefined
        const unsubscribe = bus.subscribe(id, (event) => {
          queue.push(event)
          wake?.()
        })
        stream.onAbort(() => wake?.())
        try {
          const current = await videos.progress(id)
          if (current) queue.unshift(current)
          const deadline = Date.now() + streamMaxMs
          let sequence = 0
          let lastShown = ''
          let last: ProgressEvent | undefined
          let quietSince = Date.now()
          while (!stream.aborted && Date.now() < deadline) {
            const event = queue.shift()
            if (event) {
              const shown = progressShown(event)
              // A stored state read ahead of a late message: the older message is not sent after it.
              const behind = last !== undefined && event.jobId === last.jobId && event.progress < last.progress
              if (shown !== lastShown && !behind) {
                await stream.writeSSE({ event: 'progress', id: String(++sequence), data: JSON.stringify(event) })
                lastShown = shown
                last = event
              }
              quietSince = Date.now()
              if (event.status === 'done' || event.status === 'failed') break
              continue
            }
            const timedOut = await new Promise<boolean>((resolve) => {
              const timer = setTimeout(() => resolve(true), Math.min(resyncMs, heartbeatMs))
              wake = () => {
                clearTimeout(timer)
                resolve(false)
              }
            })
            wake = undefined
            if (timedOut) {
              const stored = await videos.progress(id)
              // A video deleted mid-generation never reaches done: end its streams instead of idling.
              if (!stored) break
              // Moved without an event reaching us (lost between replicas): send the stored state.
              if (progressShown(stored) !== lastShown) queue.push(stored)
              else if (Date.now() - quietSince >= heartbeatMs) {
                await stream.write(': keep-alive\n\n')
                quietSince = Date.now()
              }
            }
          }
        } finally {
          unsubscribe()
        }
      })
      // streamSSE sets `no-cache`, which a shared cache may store; a private video's progress must not be.
      response.headers.set('Cache-Control', 'no-store')
      return response
    })
