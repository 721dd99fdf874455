/**
 * A lease on a Redis key: at most one process of the deployment holds it at a time, for `ttlMs`
 * after its last renewal (a crashed holder's lease runs out by itself). Used so that one replica
 * exports the cluster-wide gauges. Any Redis error reads as "not held": while Redis is away no
 * replica exports them, rather than every replica at once.
 */
import type { Redis } from 'ioredis'

// Take the key when free, renew it when ours: one round trip, atomic.
const ACQUIRE_OR_RENEW = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`

export type Lease = () => Promise<boolean>

export const redisLease = (client: Pick<Redis, 'eval'>, key: string, holder: string, ttlMs: number): Lease => {
  return async () => {
    try {
      return (await client.eval(ACQUIRE_OR_RENEW, 1, key, holder, String(ttlMs))) === 1
    } catch {
      return false
    }
  }
}

/** Without Redis there is one replica (server/cli/serve.ts refuses a shared Postgres without it): it always holds. */
export const soleLease: Lease = async () => true
