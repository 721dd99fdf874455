import type { Redis } from 'ioredis'
import { failFastRedisOptions, subscriberRedisOptions } from '../cache/redis-options.ts'
import type { Logger } from '../log.ts'
import { progressEventSchema, type ProgressListener, type ProgressTransport } from './progress.ts'

export const PROGRESS_CHANNEL = 'reelsmith:progress'

/**
 * Generation progress between replicas over Redis pub/sub: the replica running a job publishes,
 * every replica delivers to the streams it holds. A lost message costs little: a stream that misses
 * one shows the next, and a reconnecting page resumes from the job's stored state. Messages from
 * this replica are ignored on arrival (it delivered them locally already).
 */
export const createRedisProgressTransport = (options: {
  url: string
  logger: Logger
  instanceId?: string
}): ProgressTransport & { close(): Promise<void> } => {
  // Required, not imported: ioredis costs ~18 ms of cold start and only Redis set-ups need it.
  const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis')
  const instanceId = options.instanceId ?? crypto.randomUUID()
  const logger = options.logger.child({ component: 'progress-transport' })
  const publisher: Redis = new RedisClient(options.url, { ...failFastRedisOptions(), connectionName: 'reelsmith-progress' })
  const subscriber: Redis = new RedisClient(options.url, { ...subscriberRedisOptions(), connectionName: 'reelsmith-progress-sub' })
  const listeners: ProgressListener[] = []
  // Errors are reported by the reconnect loop; unhandled 'error' events would crash the process.
  publisher.on('error', () => {})
  subscriber.on('error', () => {})
  subscriber.on('ready', () => {
    subscriber.subscribe(PROGRESS_CHANNEL).catch((error) => logger.warn('subscribe failed', { error }))
  })
  subscriber.on('message', (_channel, message) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(message)
    } catch {
      return
    }
    const envelope = parsed as { from?: unknown; event?: unknown }
    if (envelope.from === instanceId) return
    const event = progressEventSchema.safeParse(envelope.event)
    if (!event.success) return logger.warn('ignored a malformed progress message')
    for (const listener of listeners) listener(event.data)
  })
  return {
    publish(event) {
      publisher.publish(PROGRESS_CHANNEL, JSON.stringify({ from: instanceId, event })).catch(() => {
        // Redis is down: this replica's own streams already have the event; others resume on reconnect.
      })
    },
    onMessage(listener) {
      listeners.push(listener)
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()])
      publisher.disconnect()
      subscriber.disconnect()
    },
  }
}
