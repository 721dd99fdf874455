/**
 * The page side of the worker, imported by every page once it is idle (the inline script in
 * server/render/render.ts), so workbox-window never competes with the page itself:
 * - registers /sw.js and checks for a new version every hour (browsers also check on navigation);
 * - a new version waiting is offered ("A new version is available — Reload"), never forced: only
 *   the click activates it (SKIP_WAITING), and only the tab that clicked reloads, once;
 * - a page loaded before the worker was active is claimed and cached (the first visit works offline);
 * - a page load and the `online` event ask the worker to send the videos queued offline.
 */
// The module itself, not the package entry: that is a prebuilt ES5 bundle, 0.9 KB gzip larger.
import { Workbox } from 'workbox-window/Workbox.js'
import { TO_WORKER } from '../protocol.ts'
import { showUpdatePrompt } from './update-prompt.ts'

const UPDATE_CHECK_MS = 60 * 60 * 1000

const workbox = new Workbox('/sw.js')

const replayOutbox = () => navigator.serviceWorker.controller?.postMessage({ type: TO_WORKER.replayOutbox })

const reloadIntoNewVersion = async () => {
  const registration = await navigator.serviceWorker.getRegistration()
  // Another tab may have activated it already: then this tab only needs the reload.
  if (!registration?.waiting) return location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
  workbox.messageSkipWaiting()
}

workbox.addEventListener('waiting', () => showUpdatePrompt(() => void reloadIntoNewVersion()))

/**
 * A page that no worker controls although one is active (the very first page, or one that loaded
 * while the worker was installing) is taken over and cached now, so it too works offline: the
 * worker claims it, and Workbox's router answers CACHE_URLS by fetching each URL through its route.
 */
const adoptThisPage = (worker: ServiceWorker) => {
  if (navigator.serviceWorker.controller) return
  const resources = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(location.origin))
  worker.postMessage({ type: TO_WORKER.claim })
  worker.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [[location.href, { headers: { Accept: 'text/html' } }], ...resources] },
  })
}

addEventListener('online', replayOutbox)

// A page works without its worker: a failed registration (an old browser, a private mode) is not an error to show.
workbox
  .register({ immediate: true })
  .then(async () => {
    replayOutbox()
    setInterval(() => void workbox.update().catch(() => {}), UPDATE_CHECK_MS)
    const { active } = await navigator.serviceWorker.ready
    if (active) adoptThisPage(active)
  })
  .catch(() => {})
