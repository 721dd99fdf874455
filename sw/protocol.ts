/**
 * The messages the pages and the worker exchange (postMessage). Shared by sw/ and sw/page/, so
 * both sides agree on every name and shape. Workbox's own messages (SKIP_WAITING, CACHE_URLS)
 * are named by Workbox.
 */
import type { VideoRequest } from '../server/ai/storyboard.ts'

/** Page -> worker. */
export const TO_WORKER = {
  /** Send the videos queued offline now (the `online` event, a page load): browsers without Background Sync rely on it. */
  replayOutbox: 'REPLAY_OUTBOX',
  /** Where does the video queued under `key` stand? Answered on the message's port with an {@link OutboxStatus}. */
  outboxStatus: 'OUTBOX_STATUS',
  /** This page loaded before the worker was active: control it now (clients.claim()). */
  claim: 'CLAIM',
} as const

/** Worker -> every window: a queued video changed state (`{ type, key, status }`). */
export const OUTBOX_CHANGED = 'OUTBOX_CHANGED'

/** The queued page's address: the idempotency key rides in the fragment, which is never sent or cached. */
export const QUEUED_PAGE = '/offline-queued.html'
export const queuedPageUrl = (key: string) => `${QUEUED_PAGE}#${encodeURIComponent(key)}`

export type OutboxStatus =
  /** Waiting for the network (or being sent right now). */
  | { state: 'queued'; video: VideoRequest }
  /** The server has it: follow its progress at `url`. */
  | { state: 'created'; url: string }
  /** The server refused it (a 4xx): `detail` says why, in the server's words. */
  | { state: 'failed'; status: number; detail: string }
  /** Nothing under this key: never queued here, or cleared by a sign-out. */
  | { state: 'unknown' }

export type OutboxChangedMessage = { type: typeof OUTBOX_CHANGED; key: string; status: OutboxStatus }

/**
 * Server -> worker: on every page, whose page it is: `anon`, or an opaque marker of the session
 * (server/http/person.ts). The worker never sees cookies; a page showing a marker other than the
 * last one means the session ended or changed hands, so the previous person's caches go.
 */
export const PERSON_HEADER = 'X-Reelsmith-Person'
export const ANONYMOUS_PERSON = 'anon'
