import { z } from 'zod'
import { RedisConnections } from '../cache/redis-channel.ts'
import type { Logger } from '../log.ts'
import { progressEventSchema, type ProgressListener, type ProgressTransport } from './progress.ts'

const progressMessageSchema = z.object({ from: z.string(), event: progressEventSchema })

/**
 * Generation progress between replicas over Redis pub/sub: the replica running a job publishes,
 * every replica delivers to the streams it holds. A lost message costs little: a stream that misses
 * one shows the next, and a reconnecting page resumes from the job's stored state. Messages from
 * this replica are not delivered back (it delivered them locally already).
 *
 * On the process's shared `connections`, or on connections of its own opened from `url` (closed
 * with the transport).
 */
export const createRedisProgressTransport = (
  options: { connections: RedisConnections } | { url: string; logger: Logger; instanceId?: string },
): ProgressTransport & { close(): Promise<void> } => {
  let owned: RedisConnections | undefined
  const connections = 'connections' in options ? options.connections : (owned = new RedisConnections(options))
  const listeners: ProgressListener[] = []
  const channel = connections.channel({
    // With the default prefix this is `reelsmith:progress`, the name older versions used.
    name: `${connections.keyPrefix}progress`,
    label: 'progress',
    schema: progressMessageSchema,
    onMessage: ({ event }) => {
      for (const listener of listeners) listener(event)
    },
  })
  return {
    publish(event) {
      // Redis down: this replica's own streams already have the event; others resume on reconnect.
      void channel.publish({ event })
    },
    onMessage(listener) {
      listeners.push(listener)
    },
    async close() {
      await channel.close()
      await owned?.close()
    },
  }
}
