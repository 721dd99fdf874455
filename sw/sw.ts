/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

// The build writes the hashed assets, the offline page and the icons here.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
