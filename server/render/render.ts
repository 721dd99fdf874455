import { h, type JSX } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { IslandContext, type IslandCollector } from './island.tsx'
import type { IslandName } from './island-registry.ts'
import type { HydrateStrategy } from '../../islands/constants.ts'
import type { BuildManifest } from './manifest.ts'
import { escapeHtml } from './escape.ts'
import { SW_CLIENT_URL } from '../../sw/page/constants.ts'

export type PageMeta = {
  title: string
  description?: string
  lang?: string
}

export type RenderedPage = {
  html: string
  /** Chunks the page needs at once (runtime + `load` islands): for the `Link` header. */
  preload: string[]
}

/**
 * The one inline script, on every page of a browser with service workers:
 * - gives each form's idempotency key a fresh value on every load, and again when the page returns
 *   from the back/forward cache: a copy of the page (the worker's offline copy, the bfcache) would
 *   otherwise offer a key already spent, and the server would answer a new video with the old one;
 * - once the page is idle, imports the worker client (sw/page/client.ts: registration, update
 *   prompt), so neither the worker nor workbox-window competes with the page. Safari has no
 *   requestIdleCallback: setTimeout stands in (its second argument then means 0 ms).
 * The CSP allows it by its hash (http/security.ts), so it names no per-build URL.
 */
export const SW_REGISTER_SCRIPT =
  "if('serviceWorker'in navigator){let f=()=>document.querySelectorAll('input[name=idempotencyKey]').forEach(i=>i.value=crypto.randomUUID());" +
  "f();addEventListener('pageshow',e=>e.persisted&&f());" +
  `addEventListener('load',()=>(self.requestIdleCallback||setTimeout)(()=>import('${SW_CLIENT_URL}').catch(()=>{}),{timeout:5e3}))}`

const THEME_COLOR = '#14161f'

/**
 * Builds a page renderer for one build. Everything that does not change per request (links to the
 * stylesheet, the runtime tag, the worker registration) is concatenated once here.
 */
export const createRenderer = (manifest: BuildManifest, options: { devReloadScript?: string } = {}) => {
  const headStatic =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<meta name="theme-color" content="${THEME_COLOR}">` +
    '<link rel="icon" href="/icon.svg" type="image/svg+xml"><link rel="manifest" href="/manifest.webmanifest">' +
    manifest.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('')
  const runtimeTag = `<script type="module" src="${manifest.runtime.src}"></script>`
  const devTag = options.devReloadScript ? `<script src="${options.devReloadScript}"></script>` : ''
  const bodyEnd = `<script>${SW_REGISTER_SCRIPT}</script>${devTag}</body></html>`

  const preloadFor = (used: Map<IslandName, HydrateStrategy>): string[] => {
    if (used.size === 0) return []
    const urls = new Set([manifest.runtime.src, ...manifest.runtime.imports])
    for (const [name, strategy] of used) {
      if (strategy !== 'load') continue
      const chunk = manifest.islands[name]!
      urls.add(chunk.src)
      for (const url of chunk.imports) urls.add(url)
    }
    return [...urls]
  }

  return (page: JSX.Element, meta: PageMeta): RenderedPage => {
    const collector: IslandCollector = { manifest, used: new Map() }
    const body = renderToString(h(IslandContext.Provider, { value: collector }, page))
    const preload = preloadFor(collector.used)
    const head =
      `<!doctype html><html lang="${escapeHtml(meta.lang ?? 'en')}"><head>${headStatic}` +
      `<title>${escapeHtml(meta.title)}</title>` +
      (meta.description ? `<meta name="description" content="${escapeHtml(meta.description)}">` : '') +
      preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('') +
      '</head><body>'
    // A page without islands ships no module script at all.
    const scripts = collector.used.size ? runtimeTag : ''
    return { html: head + body + scripts + bodyEnd, preload }
  }
}

export type Renderer = ReturnType<typeof createRenderer>
