import { afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { h } from 'preact'
import { useState } from 'preact/hooks'
import { startIslands, type ImportIsland } from './runtime.ts'

/**
 * The runtime in a happy-dom window. Browser APIs whose timing we must control
 * (IntersectionObserver, requestIdleCallback, matchMedia) are replaced by hand-driven fakes.
 */
let window: Window
let observers: { callback: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[]
let idleCallbacks: (() => void)[]
let mediaLists: { query: string; matches: boolean; listeners: (() => void)[] }[]
const globals = ['window', 'document', 'IntersectionObserver', 'requestIdleCallback', 'matchMedia'] as const

beforeEach(() => {
  window = new Window()
  observers = []
  idleCallbacks = []
  mediaLists = []
  const fakes = {
    window,
    document: window.document,
    IntersectionObserver: class {
      entry: (typeof observers)[number]
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [], disconnected: false }
        observers.push(this.entry)
      }
      observe(target: Element) {
        this.entry.targets.push(target)
      }
      disconnect() {
        this.entry.disconnected = true
      }
    },
    requestIdleCallback: (callback: () => void) => idleCallbacks.push(callback),
    matchMedia: (query: string) => {
      const list = { query, matches: false, listeners: [] as (() => void)[] }
      mediaLists.push(list)
      return {
        get matches() {
          return list.matches
        },
        addEventListener: (_: string, listener: () => void) => list.listeners.push(listener),
        removeEventListener: (_: string, listener: () => void) => (list.listeners = list.listeners.filter((l) => l !== listener)),
      }
    },
  }
  for (const name of globals) (globalThis as Record<string, unknown>)[name] = fakes[name]
  Object.assign(window, {
    IntersectionObserver: fakes.IntersectionObserver,
    requestIdleCallback: fakes.requestIdleCallback,
    matchMedia: fakes.matchMedia,
  })
})

afterEach(() => {
  for (const name of globals) delete (globalThis as Record<string, unknown>)[name]
})

const island = (name: string, hydrate: string, props: object, extra = '') =>
  `<rs-island name="${name}" src="/assets/${name}.js" hydrate="${hydrate}" props='${JSON.stringify(props)}' ${extra}><p class="ssr">server ${name}</p></rs-island>`

/** A fake chunk loader: records which chunks were fetched and serves a component that shows its props. */
const loader = () => {
  const requested: string[] = []
  const importIsland: ImportIsland = async (src) => {
    requested.push(src)
    return {
      default: (props: Record<string, unknown>) => h('p', { class: 'ssr', 'data-hydrated': 'yes' }, `client ${JSON.stringify(props)}`),
    }
  }
  return { requested, importIsland }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('startIslands', () => {
  test('load: fetches the chunk at once and hydrates the server HTML in place with the parsed props', async () => {
    const props = { start: 5, label: '</script>' }
    window.document.body.innerHTML = `<rs-island name="Counter" src="/assets/Counter.js" hydrate="load" props='${JSON.stringify(props)}'><button>&lt;/script&gt; 5</button></rs-island>`
    const serverButton = window.document.querySelector('button')!
    const requested: string[] = []
    const Counter = ({ start, label }: typeof props) => {
      const [count, setCount] = useState(start)
      return h('button', { onClick: () => setCount(count + 1) }, `${label} ${count}`)
    }
    startIslands(window.document as unknown as Document, async (src) => {
      requested.push(src)
      return { default: Counter as never }
    })
    await settle()
    expect(requested).toEqual(['/assets/Counter.js'])
    serverButton.click()
    await settle()
    // The same element the server sent now reacts: hydrated, not replaced.
    expect(window.document.querySelector('button')).toBe(serverButton)
    expect(serverButton.textContent).toBe('</script> 6')
  })

  test('only the chunks of islands on the page are fetched, each island once even if started twice', async () => {
    window.document.body.innerHTML = island('A', 'load', {}) + island('B', 'load', {})
    const { requested, importIsland } = loader()
    startIslands(window.document as unknown as Document, importIsland)
    startIslands(window.document as unknown as Document, importIsland)
    await settle()
    expect(requested.sort()).toEqual(['/assets/A.js', '/assets/B.js'])
  })

  test('visible: nothing is fetched until a child intersects, then the observer is dropped', async () => {
    window.document.body.innerHTML = island('Below', 'visible', {})
    const { requested, importIsland } = loader()
    startIslands(window.document as unknown as Document, importIsland)
    await settle()
    expect(requested).toEqual([])
    const [observer] = observers
    expect(observer!.targets.map((target) => target.className)).toEqual(['ssr'])
    observer!.callback([{ isIntersecting: false } as IntersectionObserverEntry], {} as IntersectionObserver)
    await settle()
    expect(requested).toEqual([])
    observer!.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver)
    await settle()
    expect(requested).toEqual(['/assets/Below.js'])
    expect(observer!.disconnected).toBe(true)
  })

  test('idle: waits for requestIdleCallback', async () => {
    window.document.body.innerHTML = island('Later', 'idle', {})
    const { requested, importIsland } = loader()
    startIslands(window.document as unknown as Document, importIsland)
    await settle()
    expect(requested).toEqual([])
    idleCallbacks.forEach((run) => {
      run()
    })
    await settle()
    expect(requested).toEqual(['/assets/Later.js'])
  })

  test('idle falls back to a timer where requestIdleCallback is missing', async () => {
    delete (window as unknown as Record<string, unknown>).requestIdleCallback
    window.document.body.innerHTML = island('Later', 'idle', {})
    const { requested, importIsland } = loader()
    // The strategy's timer is caught rather than waited for: the test drives it, not the clock.
    const timers: (() => void)[] = []
    const realSetTimeout = globalThis.setTimeout
    globalThis.setTimeout = ((run: () => void) => (timers.push(run), 0)) as unknown as typeof setTimeout
    try {
      startIslands(window.document as unknown as Document, importIsland)
    } finally {
      globalThis.setTimeout = realSetTimeout
    }
    await settle()
    expect(timers).toHaveLength(1)
    expect(requested).toEqual([])
    timers[0]!()
    await settle()
    expect(requested).toEqual(['/assets/Later.js'])
  })

  test('media: hydrates when the query starts to match, not before', async () => {
    window.document.body.innerHTML = island('Wide', 'media', {}, 'media="(min-width: 900px)"')
    const { requested, importIsland } = loader()
    startIslands(window.document as unknown as Document, importIsland)
    await settle()
    expect(mediaLists.map((list) => list.query)).toEqual(['(min-width: 900px)'])
    expect(requested).toEqual([])
    const [list] = mediaLists
    list!.matches = true
    list!.listeners.forEach((listener) => {
      listener()
    })
    await settle()
    expect(requested).toEqual(['/assets/Wide.js'])
    expect(list!.listeners).toEqual([])
  })

  test('a failing chunk is reported with the island name and leaves the server HTML in place', async () => {
    window.document.body.innerHTML = island('Broken', 'load', {})
    const errors: unknown[][] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      startIslands(window.document as unknown as Document, async () => {
        throw new Error('404')
      })
      await settle()
      await settle()
    } finally {
      console.error = original
    }
    expect(errors[0]?.[0]).toBe('island Broken failed to hydrate')
    expect(window.document.querySelector('p')!.textContent).toBe('server Broken')
  })
})
