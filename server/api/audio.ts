import { Hono } from 'hono'
import { parseRange } from '../assets/range.ts'
import type { AppEnv } from '../http/env.ts'
import { HttpError } from '../http/errors.ts'
import { matchesIfNoneMatch } from '../http/negotiate.ts'
import type { AudioStore } from '../tts/audio-store.ts'
import { AUDIO_HASH_LENGTH } from '../tts/content-hash.ts'

const FILE = new RegExp(`^([A-Za-z0-9_-]{${AUDIO_HASH_LENGTH}})\\.wav$`)

/** A clip's URL names its exact bytes forever: cache it everywhere, for a year, without revalidation. */
export const AUDIO_CACHE_CONTROL = 'public, max-age=31536000, immutable'

const notFound = () => new HttpError(404, 'Not Found', 'No such audio clip.')

/**
 * GET/HEAD /audio/:hash.wav — a narration clip by content hash, with ranges (media elements seek
 * with them) and a strong ETag (the hash). Mounted before sessions: the answer is the same for
 * everyone and must never carry a cookie.
 */
export const audioRoutes = ({ audio }: { audio: Pick<AudioStore, 'open'> }) =>
  new Hono<AppEnv>().get('/:file', async (c) => {
    const match = FILE.exec(c.req.param('file'))
    if (!match) throw notFound()
    const hash = match[1]!
    const clip = await audio.open(hash, 'audio/wav')
    if (!clip) throw notFound()
    const etag = `"${hash}"`
    const headers: Record<string, string> = {
      'Content-Type': 'audio/wav',
      'Cache-Control': AUDIO_CACHE_CONTROL,
      ETag: etag,
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
    }
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), [etag])) {
      delete headers['Content-Type']
      return c.body(null, 304, headers)
    }
    const ifRange = c.req.header('If-Range')
    // An If-Range naming other bytes (or a date, which we never sent) means "send it all".
    const range = ifRange === undefined || ifRange === etag ? parseRange(c.req.header('Range'), clip.size) : null
    if (range === 'unsatisfiable') {
      return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${clip.size}` })
    }
    if (range) {
      const length = range.end - range.start + 1
      return new Response(clip.file.slice(range.start, range.end + 1), {
        status: 206,
        headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${clip.size}`, 'Content-Length': String(length) },
      })
    }
    return new Response(clip.file, { status: 200, headers: { ...headers, 'Content-Length': String(clip.size) } })
  })
