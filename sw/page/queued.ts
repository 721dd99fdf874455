/**
 * The queued page (static/public/offline-queued.html): what the worker shows after the create form
 * was posted offline. It shows the video as "queued (offline)", asks the worker to send it when
 * the network returns, and moves to the real video page, where its progress is followed, as soon
 * as the server has it. The idempotency key is in the URL's fragment.
 */
// The module itself: the package entry is a prebuilt bundle of all of workbox-window.
import { messageSW } from 'workbox-window/messageSW.js'
import { OUTBOX_CHANGED, TO_WORKER, type OutboxChangedMessage, type OutboxStatus } from '../protocol.ts'

const key = decodeURIComponent(location.hash.slice(1))
const byId = (id: string) => document.getElementById(id)!

const show = (status: OutboxStatus) => {
  for (const section of document.querySelectorAll<HTMLElement>('[data-state]')) section.hidden = section.dataset.state !== status.state
  if (status.state === 'queued') {
    byId('prompt').textContent = status.video.prompt
    byId('details').textContent = `${status.video.durationSec} s · ${status.video.aspect} · ${status.video.style}`
  } else if (status.state === 'failed') {
    byId('reason').textContent = status.detail
  } else if (status.state === 'created') {
    location.replace(status.url)
  }
}

const ask = async (message: { type: string; key?: string }) => {
  const registration = await navigator.serviceWorker.ready
  return messageSW(registration.active!, message) as Promise<OutboxStatus>
}

navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OutboxChangedMessage>) => {
  if (event.data?.type === OUTBOX_CHANGED && event.data.key === key) show(event.data.status)
})
const replay = () =>
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: TO_WORKER.replayOutbox }))
addEventListener('online', replay)

void ask({ type: TO_WORKER.outboxStatus, key }).then((status) => {
  show(status)
  // Browsers without Background Sync send the queue when a page says so: on load, and on `online`.
  if (status.state === 'queued' && navigator.onLine) replay()
})
