/// <reference lib="webworker" />
/**
 * The service worker: bundled by esbuild as a classic script, then given its precache list by
 * workbox-build (scripts/build/build-sw.ts). Its routes are in routes.ts, the offline queue in
 * outbox.ts. A new version waits until the person chooses to reload (the page's update prompt
 * sends SKIP_WAITING), so it never takes over in the middle of a task.
 */
import { precacheAndRoute } from 'workbox-precaching'
import { isRetiredCache } from './caches.ts'
import { keepPreviousAssets } from './keep-assets.ts'
import { outboxStatus, replayOutbox } from './outbox.ts'
import { TO_WORKER } from './protocol.ts'
import { registerRoutes } from './routes.ts'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

// The build writes the list here: the hashed assets, the offline pages, the page-side scripts, the icon.
// (No cleanupOutdatedCaches(): it removes precaches of Workbox 4 and older, which this app never had.)
const manifest = self.__WB_MANIFEST
precacheAndRoute(manifest)
registerRoutes()

self.addEventListener('install', (event) => {
  event.waitUntil(keepPreviousAssets(manifest, self.location.href))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter(isRetiredCache).map((name) => caches.delete(name)))))
})

// Later versions activate only on SKIP_WAITING, and then every controlled tab moves to them
// together. A tab no worker controls yet (the first visit) asks to be claimed: CLAIM, from
// sw/page/client.ts, which also covers a tab that loaded while the first version was installing.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; key?: unknown } | null
  if (data?.type === 'SKIP_WAITING') self.skipWaiting()
  else if (data?.type === TO_WORKER.replayOutbox) event.waitUntil(replayOutbox())
  else if (data?.type === TO_WORKER.claim) event.waitUntil(self.clients.claim())
  else if (data?.type === TO_WORKER.outboxStatus && typeof data.key === 'string') {
    event.waitUntil(outboxStatus(data.key).then((status) => event.ports[0]?.postMessage(status)))
  }
})
