/**
 * The island wire format, shared by the server (which writes it) and the runtime (which reads it).
 * One wrapper element per island: `<rs-island name src hydrate props>…SSR HTML…</rs-island>`.
 * A custom element name never collides with real HTML and `display: contents` keeps it out of layout.
 */
export const ISLAND_TAG = 'rs-island'
export const ISLAND_ATTR = {
  /** The island's component name, for errors and tests. */
  name: 'name',
  /** URL of the island's hashed chunk; fetched only when its strategy fires. */
  src: 'src',
  /** `load` | `idle` | `visible` | `media` */
  hydrate: 'hydrate',
  /** The media query for `media`. */
  media: 'media',
  /** Props as JSON inside an escaped attribute. */
  props: 'props',
} as const

export const HYDRATE_STRATEGIES = ['load', 'idle', 'visible', 'media'] as const
export type HydrateStrategy = (typeof HYDRATE_STRATEGIES)[number]
