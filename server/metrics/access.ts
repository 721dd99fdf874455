/**
 * Who may read `GET /metrics`: with `METRICS_TOKEN` set, only `Authorization: Bearer <token>`;
 * unset, only a request from a loopback address (`curl localhost:3000/metrics` on the machine).
 * Anyone else gets a 404, so the endpoint does not even advertise itself.
 *
 * Loopback is judged on the SOCKET address and only for requests that no proxy relayed: a reverse
 * proxy on the same machine connects from 127.0.0.1 for every visitor, so a request carrying
 * `Forwarded`, `X-Forwarded-For` or `X-Real-IP` is never "local", whatever TRUST_PROXY says.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'

export interface MetricsAccessOptions {
  /** METRICS_TOKEN; when set, it is the only way in. */
  token?: string
  /** The socket's remote address (`getConnInfo(c).remote.address` from `hono/bun`); undefined when unknown. */
  remoteAddress: (c: Context) => string | undefined
}

const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const

/** 127.0.0.0/8, ::1, and IPv4-mapped 127.x (`::ffff:127.0.0.1`, how a dual-stack socket reports it). */
export const isLoopback = (address: string | undefined): boolean => {
  if (!address) return false
  const ipv4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4) || address === '::1' || address === '0:0:0:0:0:0:0:1'
}

/** Compares in time independent of where the strings differ (hashing first makes lengths equal). */
const sameSecret = (given: string, expected: string) => {
  const hash = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(hash(given), hash(expected))
}

/**
 * @example
 * const mayScrape = metricsAccess({ token: config.METRICS_TOKEN, remoteAddress: (c) => getConnInfo(c).remote.address })
 * app.get('/metrics', (c) => {
 *   if (!mayScrape(c)) return c.notFound()
 *   return c.body(renderExposition(registry), 200, { 'Content-Type': EXPOSITION_CONTENT_TYPE, 'Cache-Control': 'no-store' })
 * })
 */
export const metricsAccess = (options: MetricsAccessOptions) => {
  const { token, remoteAddress } = options
  return (c: Context): boolean => {
    if (token !== undefined) {
      const header = c.req.header('authorization') ?? ''
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header)
      return match !== null && sameSecret(match[1]!, token)
    }
    if (PROXY_HEADERS.some((name) => c.req.header(name) !== undefined)) return false
    let address: string | undefined
    try {
      address = remoteAddress(c)
    } catch {
      return false // no socket (app.request in a test): not provably local
    }
    return isLoopback(address)
  }
}
