import { h, type JSX } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { IslandContext, type IslandCollector } from './island.tsx'
import type { IslandName } from './island-registry.ts'
import type { HydrateStrategy } from '../../islands/constants.ts'
import type { BuildManifest } from './manifest.ts'
import { escapeHtml } from './escape.ts'
import { SW_REGISTER_SCRIPT } from '../../sw/page/inline-script.ts'

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

/** The worker's bootstrap, written at the end of every page; http/security.ts allows it by its hash. */
export { SW_REGISTER_SCRIPT }

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
