import { h, type ComponentType, type FunctionComponent } from 'preact'
import { jsxTemplate } from 'preact/jsx-runtime'
import { renderToString } from 'preact-render-to-string'
import type { HydrateStrategy } from '../../islands/constants.ts'
import { IslandContext, noteIsland, type IslandCollector } from './island.tsx'
import type { IslandName } from './island-registry.ts'
import type { BuildManifest } from './manifest.ts'

type Fragment = { html: string; islands: [IslandName, HydrateStrategy][] }

/** A string key's fragments kept per component (the oldest goes first). @default 1000 */
const DEFAULT_MAX_KEYS = 1000

/**
 * Fragment caching: `pure(Card, (props) => props.card)` renders a pure component once per key and
 * then hands preact-render-to-string the finished HTML (a `jsxTemplate` vnode, which it writes as it
 * is) instead of walking the subtree again. Pure means the output depends only on what the key
 * captures: an object key (kept in a WeakMap) must not be mutated, a string key must name every
 * input (`${video.id}:${video.updatedAt}:${lang}`). Context other than the islands' is not seen.
 * Islands inside are replayed into the page's collector on every hit, so the page still preloads and
 * hydrates them; fragments are kept per build manifest, whose chunk URLs they contain.
 */
export const pure = <P extends object>(
  Component: ComponentType<P>,
  keyOf: (props: P) => string | object,
  options: { maxKeys?: number } = {},
): FunctionComponent<P> => {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS
  const byManifest = new WeakMap<BuildManifest, { objects: WeakMap<object, Fragment>; strings: Map<string, Fragment> }>()

  const renderFragment = (props: P, manifest: BuildManifest): Fragment => {
    const collector: IslandCollector = { manifest, used: new Map() }
    const html = renderToString(h(IslandContext.Provider, { value: collector }, h(Component, props)))
    // The renderer builds its output by concatenation: a rope of thousands of pieces, which every
    // page containing it would walk again when it is written out. Reading a character makes JSC
    // flatten it in place, once (a page of 24 such fragments: ~20 µs less per request).
    html.charCodeAt(0)
    return { html, islands: [...collector.used] }
  }

  function Pure(props: P, collector: IslandCollector | null) {
    // Outside render() (no collector) there is no page to replay islands into: render as is.
    if (!collector) return h(Component, props)
    let cache = byManifest.get(collector.manifest)
    if (!cache) byManifest.set(collector.manifest, (cache = { objects: new WeakMap(), strings: new Map() }))
    const key = keyOf(props)
    let fragment = typeof key === 'string' ? cache.strings.get(key) : cache.objects.get(key)
    if (!fragment) {
      fragment = renderFragment(props, collector.manifest)
      if (typeof key !== 'string') cache.objects.set(key, fragment)
      else {
        if (cache.strings.size >= maxKeys) cache.strings.delete(cache.strings.keys().next().value!)
        cache.strings.set(key, fragment)
      }
    }
    for (const [name, hydrate] of fragment.islands) noteIsland(collector, name, hydrate)
    return jsxTemplate([fragment.html])
  }
  // preact-render-to-string hands a component with a contextType that context's value as its second argument.
  Pure.contextType = IslandContext
  Pure.displayName = `pure(${Component.displayName ?? Component.name})`
  return Pure as FunctionComponent<P>
}
