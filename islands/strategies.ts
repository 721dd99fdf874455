import type { HydrateStrategy } from './constants.ts'

/** Calls `start` when the strategy says the island is wanted. One signature, a fallback each. */
export type Strategy = (start: () => void, el: Element, value: string | null) => void

const load: Strategy = (start) => start()

/** Waits for the main thread to be free; Safari has no requestIdleCallback, so a timer stands in. */
const idle: Strategy = (start) => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => start(), { timeout: 2000 })
  else setTimeout(start, 200)
}

/**
 * Observes the island's children: the wrapper is `display: contents`, so it has no box of its own.
 * Without IntersectionObserver (very old browsers) it hydrates at once rather than never.
 */
const visible: Strategy = (start, el) => {
  if (!('IntersectionObserver' in window)) return start()
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    observer.disconnect()
    start()
  })
  const targets = el.children.length ? Array.from(el.children) : [el]
  for (const target of targets) observer.observe(target)
}

/** Hydrates once the query matches (now or later); an island without a query hydrates on load. */
const media: Strategy = (start, _el, query) => {
  if (!query || !('matchMedia' in window)) return start()
  const list = matchMedia(query)
  if (list.matches) return start()
  const onChange = () => {
    if (!list.matches) return
    list.removeEventListener('change', onChange)
    start()
  }
  list.addEventListener('change', onChange)
}

export const strategies: Record<HydrateStrategy, Strategy> = { load, idle, visible, media }
