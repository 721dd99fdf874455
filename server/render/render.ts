import { h, type JSX } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { IslandContext, type IslandCollector } from './island.tsx'
import type { IslandName } from './island-registry.ts'
import type { HydrateStrategy } from '../../islands/constants.ts'
import type { BuildManifest } from './manifest.ts'
import { escapeHtml } from './escape.ts'
import { SW_REGISTER_SCRIPT } from '../../sw/page/inline-script.ts'
import { VITALS_LOADER_SCRIPT, vitalsTags } from './vitals-tags.ts'

export type PageMeta = {
  title: string
  description?: string
  lang?: string
  /** The page's route template (`/videos/:id`): given, the page reports its web vitals under it. */
  route?: string
  /** Open Graph tags, for link previews of public pages; `url` and `image` absolute. */
  openGraph?: { type: string; title: string; description?: string; url: string; image?: string; locale?: string }
}

/** `<meta property="og:…">` for each given field, escaped. */
const openGraphTags = (og: NonNullable<PageMeta['openGraph']>) =>
  (Object.entries(og) as [string, string | undefined][])
    .filter(([, value]) => value)
    .map(([name, value]) => `<meta property="og:${name}" content="${escapeHtml(value!)}">`)
    .join('')

export type RenderedPage = {
  html: string
  /** Chunks the page needs at once (runtime + `load` islands): for the `Link` header. */
  preload: readonly string[]
}

/** The inline scripts pages carry (the worker's bootstrap, the vitals loader); http/security.ts allows them by their hashes. */
export { SW_REGISTER_SCRIPT, VITALS_LOADER_SCRIPT }

export type RendererOptions = {
  devReloadScript?: string
  /** RUM_SAMPLE_RATE: the share of page views that load the vitals module (0 = none). @default 1 */
  rumSampleRate?: number
}

const THEME_COLOR = '#14161f'

/**
 * Builds a page renderer for one build. Everything that does not change per request (links to the
 * stylesheet, the runtime tag, the worker registration, the vitals loader) is concatenated once here.
 * A page whose meta names its route template reports its web vitals (see vitals-tags.ts).
 */
export const createRenderer = (manifest: BuildManifest, options: RendererOptions = {}) => {
  const headStatic =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<meta name="theme-color" content="${THEME_COLOR}">` +
    '<link rel="icon" href="/icon.svg" type="image/svg+xml"><link rel="manifest" href="/manifest.webmanifest">' +
    manifest.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('')
  const runtimeTag = `<script type="module" src="${manifest.runtime.src}"></script>`
  const devTag = options.devReloadScript ? `<script src="${options.devReloadScript}"></script>` : ''
  const workerTag = `<script>${SW_REGISTER_SCRIPT}</script>`
  const bodyEnd = `${devTag}</body></html>`
  const vitals = vitalsTags(manifest.vitals, options.rumSampleRate ?? 1)

  const preloadFor = (used: Map<IslandName, HydrateStrategy>): string[] => {
    const urls = new Set([manifest.runtime.src, ...manifest.runtime.imports])
    for (const [name, strategy] of used) {
      if (strategy !== 'load') continue
      const chunk = manifest.islands[name]!
      urls.add(chunk.src)
      for (const url of chunk.imports) urls.add(url)
    }
    return [...urls]
  }
  /**
   * The preload list and its tags per set of islands used: a build has few such sets (one or two per
   * page), so each is computed once, and every page with the same set shares the same array.
   */
  const preloads = new Map<string, { urls: string[]; tags: string }>()
  const NO_PRELOAD = { urls: [], tags: '' }
  const preloadOf = (used: Map<IslandName, HydrateStrategy>) => {
    if (used.size === 0) return NO_PRELOAD
    let signature = ''
    for (const [name, strategy] of used) signature += `${name}:${strategy} `
    let preload = preloads.get(signature)
    if (!preload) {
      const urls = preloadFor(used)
      preload = { urls, tags: urls.map((href) => `<link rel="modulepreload" href="${href}">`).join('') }
      preloads.set(signature, preload)
    }
    return preload
  }

  return (page: JSX.Element, meta: PageMeta): RenderedPage => {
    const collector: IslandCollector = { manifest, used: new Map() }
    const body = renderToString(h(IslandContext.Provider, { value: collector }, page))
    const preload = preloadOf(collector.used)
    const head =
      `<!doctype html><html lang="${escapeHtml(meta.lang ?? 'en')}"><head>${headStatic}` +
      `<title>${escapeHtml(meta.title)}</title>` +
      (meta.description ? `<meta name="description" content="${escapeHtml(meta.description)}">` : '') +
      (meta.openGraph ? openGraphTags(meta.openGraph) : '') +
      (vitals && meta.route ? vitals.meta(meta.route) : '') +
      preload.tags +
      '</head><body>'
    // A page without islands ships no module script at all.
    const scripts = collector.used.size ? runtimeTag : ''
    const vitalsLoader = vitals && meta.route ? vitals.loader : ''
    return { html: head + body + scripts + workerTag + vitalsLoader + bodyEnd, preload: preload.urls }
  }
}

export type Renderer = ReturnType<typeof createRenderer>
