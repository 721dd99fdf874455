/// <reference lib="webworker" />
/**
 * Videos created offline: the create call is stored in a workbox-background-sync Queue and sent
 * once the network returns (a `sync` event where the browser has Background Sync, otherwise when
 * the worker starts or a page says it is online). Each carries an idempotency key, so a replay
 * whose answer was lost creates nothing twice: the server returns the video it already made.
 * What became of each one is kept (by key) for the queued page, and announced to every window.
 */
import { Queue } from 'workbox-background-sync'
import { CacheExpiration } from 'workbox-expiration'
import type { VideoRequest } from '../server/ai/storyboard.ts'
import { CACHES } from './caches.ts'
import { isRetryableStatus, outcomeOf } from './outbox-request.ts'
import { OUTBOX_CHANGED, type OutboxChangedMessage, type OutboxStatus } from './protocol.ts'

declare const self: ServiceWorkerGlobalScope

export const OUTBOX_QUEUE = 'reelsmith-create-video'
/** The server keeps idempotency keys for good; a week is how long a person plausibly stays offline. */
const RETENTION_MINUTES = 7 * 24 * 60

type OutboxMetadata = { key: string; video: VideoRequest }

const outcomeUrl = (key: string) => new URL(`/__outbox/${encodeURIComponent(key)}`, self.location.origin).href
const outcomes = new CacheExpiration(CACHES.outbox.name, { maxEntries: CACHES.outbox.maxEntries })

const recordOutcome = async (key: string, status: OutboxStatus) => {
  const cache = await caches.open(CACHES.outbox.name)
  await cache.put(outcomeUrl(key), Response.json(status))
  await outcomes.updateTimestamp(outcomeUrl(key))
  await outcomes.expireEntries()
}

const announce = async (key: string, status: OutboxStatus) => {
  const message: OutboxChangedMessage = { type: OUTBOX_CHANGED, key, status }
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message)
}

/** Keys being sent right now: out of the queue, not yet answered. */
const sending = new Map<string, VideoRequest>()
let replaying: Promise<void> | undefined
/** Bumped when the outbox is emptied at sign-out: an answer arriving after that is not recorded for the next person. */
let generation = 0

/**
 * Sends every queued create, oldest first. A network error or a retryable status puts the request
 * back at the head of the queue and stops (rejecting, so a `sync` event is retried by the browser).
 * If the outbox was emptied (a sign-out) while one was on its way, its answer is dropped and it is
 * not put back: it belonged to the person who left.
 */
const drain = async (queue: Queue) => {
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    const { key, video } = entry.metadata as OutboxMetadata
    const sentIn = generation
    const stillWanted = () => sentIn === generation
    sending.set(key, video)
    try {
      const response = await fetch(entry.request.clone()).catch(async (error: unknown) => {
        if (stillWanted()) await queue.unshiftRequest(entry)
        throw error
      })
      if (isRetryableStatus(response.status)) {
        if (stillWanted()) await queue.unshiftRequest(entry)
        throw new Error(`answered ${response.status}: kept`)
      }
      const outcome = await outcomeOf(response)
      if (!stillWanted()) continue
      await recordOutcome(key, outcome)
      await announce(key, outcome)
    } finally {
      sending.delete(key)
    }
  }
}

/** One drain at a time, whoever asks (a sync event, a page coming online, a page load). */
const replay = ({ queue }: { queue: Queue }) =>
  (replaying ??= drain(queue).finally(() => {
    replaying = undefined
  }))

export const outboxQueue = new Queue(OUTBOX_QUEUE, { onSync: replay, maxRetentionTime: RETENTION_MINUTES })

/** Queues a create call (it must carry its idempotency key) and tells the windows. */
export const queueCreate = async (request: Request, key: string, video: VideoRequest) => {
  const metadata: OutboxMetadata = { key, video }
  await outboxQueue.pushRequest({ request, metadata })
  await announce(key, { state: 'queued', video })
}

/** Sends what is queued now; failures stay queued and are not an error for the caller. */
export const replayOutbox = () => replay({ queue: outboxQueue }).catch(() => {})

export const outboxStatus = async (key: string): Promise<OutboxStatus> => {
  const sendingNow = sending.get(key)
  if (sendingNow) return { state: 'queued', video: sendingNow }
  const recorded = await (await caches.open(CACHES.outbox.name)).match(outcomeUrl(key))
  if (recorded) return (await recorded.json()) as OutboxStatus
  const queued = (await outboxQueue.getAll()).find((entry) => (entry.metadata as OutboxMetadata | undefined)?.key === key)
  return queued ? { state: 'queued', video: (queued.metadata as OutboxMetadata).video } : { state: 'unknown' }
}

/** Drops every queued create: they were the previous person's. */
export const emptyOutbox = async () => {
  generation++
  while (await outboxQueue.shiftRequest());
}
