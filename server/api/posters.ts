import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import { matchesIfNoneMatch } from '../cache/http-rules.ts'
import { posterHeaders } from '../posters/headers.ts'
import { posterHash, renderPosterSvg } from '../posters/svg.ts'
import { pictureUrl, posterUrl } from '../posters/url.ts'
import type { VideoService } from '../services/videos.ts'

const FILE = /^(\d{1,3})-([0-9a-f]{16})(\.picture)?\.svg$/

/**
 * GET /posters/:videoId/:position-:hash.svg — a scene poster, drawn from the scene's stored data;
 * `:position-:hash.picture.svg` is its picture without the texts, which the player draws itself.
 * The URL names the exact bytes (their hash), so the answer is immutable. A URL whose hash no longer
 * matches (the poster renderer changed since the video was written) redirects to the current bytes'
 * URL: never other bytes under the same name, and no broken images after an upgrade.
 */
export const postersRoutes = ({ videos }: { videos: VideoService }) =>
  new Hono<AppEnv>().get('/:videoId/:file', async (c) => {
    const match = FILE.exec(c.req.param('file'))
    const videoId = c.req.param('videoId')
    if (!match || !/^[\w-]{8,64}$/.test(videoId)) return c.notFound()
    const [, positionText, hash, pictureSuffix] = match
    const video = await videos.viewable(videoId, c.get('session')?.user.id ?? null)
    const scene = video?.scenes[Number(positionText)]
    if (!video || !scene) return c.notFound()
    // The picture is other bytes than the poster it is named after, so it gets its own tag.
    const etag = pictureSuffix ? `"${hash}-picture"` : `"${hash}"`
    const headers = { ...posterHeaders(video.visibility), etag }
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), [etag])) return c.body(null, 304, headers)
    const options = { aspect: video.aspect, index: scene.position, total: video.scenes.length, title: video.title ?? '' }
    const svg = renderPosterSvg(scene, options)
    const current = posterHash(svg)
    if (current !== hash) {
      const url = pictureSuffix ? pictureUrl(video.id, scene.position, current) : posterUrl(video.id, scene.position, current)
      return c.redirect(url, 308)
    }
    return c.body(pictureSuffix ? renderPosterSvg(scene, { ...options, layer: 'picture' }) : svg, 200, headers)
  })
