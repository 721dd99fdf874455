import type { CacheStore } from '../cache/store.ts'
import { presets } from '../cache/cached.ts'
import type { SessionRepo } from '../db/index.ts'
import type { ActiveSession } from '../db/sessions.ts'

const sha256 = (text: string) => new Bun.CryptoHasher('sha256').update(text).digest('base64url')

/** Every cached session of a user carries this tag; any change to the user drops them all. */
export const userTag = (userId: string) => `user:${userId}`

/**
 * Resolves a session cookie to its user through the user-context cache (2 h, never past the
 * session's own expiry). Keys are the token's hash, so the cache never holds a live credential.
 * Unknown tokens are not cached: random cookies must not fill memory.
 */
export const createSessionLoader = ({
  sessions,
  store,
  now = Date.now,
}: {
  sessions: SessionRepo
  store: CacheStore
  now?: () => number
}) =>
  async function loadSession(token: string): Promise<ActiveSession | null> {
    const key = `session:${sha256(token)}`
    let session = await store.get<ActiveSession>(key, { namespace: presets.user.namespace })
    if (!session) {
      const found = await sessions.findUserByToken(token)
      if (!found) return null
      const ttl = Math.min(presets.user.ttl, found.expiresAt - now())
      if (ttl > 0) await store.set(key, found, { namespace: presets.user.namespace, ttl, tags: [userTag(found.user.id)] })
      session = found
    }
    return session.expiresAt > now() ? session : null
  }
