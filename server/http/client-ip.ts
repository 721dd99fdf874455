import type { Context } from 'hono'
import { getConnInfo } from 'hono/bun'
import { resolveClientAddress, type ProxyTrust } from './proxy-trust.ts'

/** Reads the address of the socket a request came in on. */
export type SocketAddress = (c: Context) => string | undefined

/** The socket peer as Bun reports it; undefined without a socket (`app.request()` in tests). */
export const bunSocketAddress: SocketAddress = (c) => {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}

/**
 * The client's address, for rate limits: the socket peer, or behind trusted proxies the first
 * untrusted X-Forwarded-For hop from the right (see proxy-trust.ts). Never the leftmost hop: the
 * client writes that one itself.
 */
export const clientIpResolver =
  (trust: ProxyTrust, socketAddress: SocketAddress = bunSocketAddress) =>
  (c: Context): string =>
    resolveClientAddress(trust, socketAddress(c), c.req.header('X-Forwarded-For')) ?? 'unknown'
