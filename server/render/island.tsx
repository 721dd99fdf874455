import { createContext, h, type ComponentProps, type ComponentType } from 'preact'
import { useContext } from 'preact/hooks'
import { ISLAND_ATTR, ISLAND_TAG, type HydrateStrategy } from '../../islands/constants.ts'
import { islandComponents, type IslandName } from './island-registry.ts'
import type { BuildManifest } from './manifest.ts'
import { serializeProps } from './serialize.ts'

/** Per-render state: the build's chunk URLs in, the islands used by the page out. */
export type IslandCollector = { manifest: BuildManifest; used: Map<IslandName, HydrateStrategy> }
export const IslandContext = createContext<IslandCollector | null>(null)

/** Records that the page uses an island; `load` wins: a chunk preloaded for one copy serves every copy on the page. */
export const noteIsland = (collector: IslandCollector, name: IslandName, hydrate: HydrateStrategy) => {
  if (collector.used.get(name) !== 'load') collector.used.set(name, hydrate)
}

type IslandProps<N extends IslandName> = {
  name: N
  props: ComponentProps<(typeof islandComponents)[N]>
  hydrate: HydrateStrategy
  /** The media query, for `hydrate="media"`. */
  media?: string
}

/**
 * Renders an interactive component on the server and marks it for hydration in the browser:
 * `<Island name="DurationPicker" props={{ label: 'Length' }} hydrate="load" />`.
 */
export function Island<N extends IslandName>({ name, props, hydrate, media }: IslandProps<N>) {
  const collector = useContext(IslandContext)
  const chunk = collector?.manifest.islands[name]
  if (!collector || !chunk) throw new Error(`Island ${name}: no build output for it (is the page rendered with render()?)`)
  if (hydrate === 'media' && !media) throw new Error(`Island ${name}: hydrate="media" needs a media query`)
  noteIsland(collector, name, hydrate)
  const Component = islandComponents[name] as ComponentType<Record<string, unknown>>
  const plainProps = props as Record<string, unknown>
  return h(
    ISLAND_TAG,
    {
      [ISLAND_ATTR.name]: name,
      [ISLAND_ATTR.src]: chunk.src,
      [ISLAND_ATTR.hydrate]: hydrate,
      [ISLAND_ATTR.media]: media,
      [ISLAND_ATTR.props]: serializeProps(name, plainProps),
    },
    h(Component, plainProps),
  )
}
