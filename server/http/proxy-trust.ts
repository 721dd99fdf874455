import { isIP } from 'node:net'
import proxyaddr from 'proxy-addr'

/**
 * Which hops may have appended to X-Forwarded-For (TRUST_PROXY), compiled once at start-up.
 * `hop` counts from the server: 0 is the socket peer, 1 the address that peer reported, and so on.
 */
export type ProxyTrust = {
  /** TRUST_PROXY is set: some proxy is in front. */
  readonly enabled: boolean
  readonly trusts: (address: string, hop: number) => boolean
}

export const NO_PROXY: ProxyTrust = { enabled: false, trusts: () => false }

/** More hops than any real chain of proxies; a larger number is a typo. */
export const MAX_PROXY_HOPS = 10

const OFF = new Set(['false', 'no', 'off', '0'])
const ONE_HOP = new Set(['true', 'yes', 'on'])

const hops = (count: number): ProxyTrust => ({ enabled: true, trusts: (_address, hop) => hop < count })

/**
 * Parses TRUST_PROXY: `false` (ignore X-Forwarded-For), `true` (one hop: the socket peer is the
 * proxy, the client is the last address it reported), a hop count, or a comma-separated list of
 * proxy addresses and CIDRs (also `loopback`, `linklocal`, `uniquelocal`). Throws on anything else.
 */
export const parseProxyTrust = (value: string): ProxyTrust => {
  const text = value.trim().toLowerCase()
  if (OFF.has(text)) return NO_PROXY
  if (ONE_HOP.has(text)) return hops(1)
  if (/^\d+$/.test(text)) {
    const count = Number(text)
    if (count > MAX_PROXY_HOPS) throw new TypeError(`at most ${MAX_PROXY_HOPS} proxy hops, got ${count}`)
    return hops(count)
  }
  const entries = text.split(',').map((entry) => entry.trim())
  if (entries.some((entry) => entry === '')) throw new TypeError('the list of proxies has an empty entry')
  try {
    return { enabled: true, trusts: proxyaddr.compile(entries) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TypeError(`${reason}; expected false, true, a hop count, or addresses/CIDRs (loopback, linklocal, uniquelocal)`)
  }
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client (a dual-stack socket reports the first). */
const canonical = (address: string) => {
  const lower = address.toLowerCase()
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower
}

/**
 * One X-Forwarded-For entry as an address, or undefined when it is not one. Some proxies append
 * the port (`203.0.113.7:4711`, `[2001:db8::1]:443`): it changes per connection, so it is dropped.
 */
export const parseHop = (entry: string): string | undefined => {
  const text = entry.trim()
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)
  const address = bracketed ? bracketed[1]! : /^[\d.]+:\d{1,5}$/.test(text) ? text.slice(0, text.lastIndexOf(':')) : text
  return isIP(address) ? canonical(address) : undefined
}

/**
 * The client's address: from the socket peer, walk X-Forwarded-For from the right while the hop is
 * trusted; the first untrusted hop is the client. Entries left of it are whatever the client sent,
 * so they never count. A malformed entry stops the walk at the hop that reported it.
 * Undefined when there is no socket address (nothing to judge trust by).
 */
export const resolveClientAddress = (
  trust: ProxyTrust,
  socket: string | undefined,
  forwardedFor: string | undefined,
): string | undefined => {
  if (!socket) return undefined
  let client = canonical(socket)
  if (!trust.enabled || !forwardedFor) return client
  const chain = forwardedFor.split(',')
  for (let hop = 0; chain.length > 0 && trust.trusts(client, hop); hop++) {
    const reported = parseHop(chain.pop()!)
    if (!reported) break
    client = reported
  }
  return client
}
