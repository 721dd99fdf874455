import { SW_CLIENT_URL } from './constants.ts'

/**
 * The one inline script of every page (server/render/render.ts writes it before `</body>`). In a
 * browser with service workers it:
 * - gives each form's idempotency key a fresh value on every load, and again when the page returns
 *   from the back/forward cache: a copy of the page (the worker's offline copy, the bfcache) would
 *   otherwise offer a key already spent, and the server would answer a new video with the old one;
 * - once the page is idle, imports the worker client (client.ts: registration, update prompt,
 *   offline replay), so neither the worker nor workbox-window competes with the page. Safari has
 *   no requestIdleCallback: setTimeout stands in (its second argument then means 0 ms).
 * The CSP allows it by its hash (server/http/security.ts), so it names no per-build URL.
 */
export const SW_REGISTER_SCRIPT =
  "if('serviceWorker'in navigator){let f=()=>document.querySelectorAll('input[name=idempotencyKey]').forEach(i=>i.value=crypto.randomUUID());" +
  "f();addEventListener('pageshow',e=>e.persisted&&f());" +
  `addEventListener('load',()=>(self.requestIdleCallback||setTimeout)(()=>import('${SW_CLIENT_URL}').catch(()=>{}),{timeout:5e3}))}`
