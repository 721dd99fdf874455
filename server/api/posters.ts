import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { posterHeaders } from '../posters/headers.ts'
import { posterHash, posterOptionsOf, renderPosterSvg } from '../posters/svg.ts'
import type { VideoService } from '../services/videos.ts'

const FILE = /^(\d{1,3})-([0-9a-f]{16})\.svg$/

/**
 * GET /posters/:videoId/:position-:hash.svg — a scene poster, drawn from the scene's stored data.
 * The URL names the exact bytes (their hash), so the answer is immutable. A URL whose hash no longer
 * matches (the poster renderer changed since the video was written) redirects to the current bytes'
 * URL: never other bytes under the same name, and no broken images after an upgrade.
 */
export const postersRoutes = ({ videos }: { videos: VideoService }) =>
  new Hono<AppEnv>().get('/:videoId/:file', async (c) => {
    const match = FILE.exec(c.req.param('file'))
    const videoId = c.req.param('videoId')
    if (!match || !/^[\w-]{8,64}$/.test(videoId)) return c.notFound()
    const [, positionText, hash] = match
    const video = await videos.viewable(videoId, c.get('session')?.user.id ?? null)
    const scene = video?.scenes[Number(positionText)]
    if (!video || !scene) return c.notFound()
    const headers = { ...posterHeaders(video.visibility), etag: `"${hash}"` }
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), [`"${hash}"`])) return c.body(null, 304, headers)
    const svg = renderPosterSvg(scene, posterOptionsOf(video))
    const current = posterHash(svg)
    if (current !== hash) {
      return c.redirect(`/posters/${video.id}/${scene.position}-${current}.svg`, 308)
    }
    return c.body(svg, 200, headers)
  })
