import { h, hydrate, type ComponentType } from 'preact'
import { ISLAND_ATTR, ISLAND_TAG, type HydrateStrategy } from './constants.ts'
import { strategies } from './strategies.ts'

type IslandModule = { default: ComponentType<Record<string, unknown>> }
export type ImportIsland = (src: string) => Promise<IslandModule>

const hydrated = new WeakSet<Element>()

/** Imports the island's chunk and hydrates the server-rendered HTML in place (never re-renders it). */
const hydrateIsland = async (el: Element, importIsland: ImportIsland) => {
  const src = el.getAttribute(ISLAND_ATTR.src)!
  const props = JSON.parse(el.getAttribute(ISLAND_ATTR.props) ?? '{}')
  const { default: Component } = await importIsland(src)
  hydrate(h(Component, props), el)
}

/**
 * Finds every island under `root` and schedules its hydration by strategy. Safe to call again
 * (e.g. after new HTML is inserted): an island is hydrated at most once.
 */
export const startIslands = (root: ParentNode = document, importIsland: ImportIsland = (src) => import(src)) => {
  for (const el of root.querySelectorAll(ISLAND_TAG)) {
    if (hydrated.has(el)) continue
    hydrated.add(el)
    const strategy = strategies[el.getAttribute(ISLAND_ATTR.hydrate) as HydrateStrategy] ?? strategies.load
    strategy(
      () => {
        hydrateIsland(el, importIsland).catch((error) =>
          console.error(`island ${el.getAttribute(ISLAND_ATTR.name)} failed to hydrate`, error),
        )
      },
      el,
      el.getAttribute(ISLAND_ATTR.media),
    )
  }
}
