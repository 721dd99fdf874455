import type { Context } from 'hono'
import { getConnInfo } from 'hono/bun'

/**
 * The client's address, for rate limits. Behind a proxy (TRUST_PROXY) the first X-Forwarded-For
 * hop; otherwise the socket's address. Never trust the header without the setting: anyone can send it.
 */
export const clientIpResolver = (trustProxy: boolean) => (c: Context): string => {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // app.request() in tests has no socket.
    return 'unknown'
  }
}
