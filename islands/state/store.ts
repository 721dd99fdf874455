import { useEffect, useState } from 'preact/hooks'

/**
 * A value that islands on one page share: read it, set it, be told when it changes. With the hook
 * below it does what @preact/signals did here for ~0.1 KB gzip instead of ~3 KB (docs/measurements.md,
 * Client JavaScript floors).
 */
export type Store<T> = {
  get: () => T
  /** Tells every subscriber, unless the value is the same. */
  set: (next: T) => void
  /** Returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
}

export const createStore = <T>(initial: T): Store<T> => {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return
      value = next
      for (const listener of [...listeners]) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The store's value; the component renders again whenever it changes. */
export const useStore = <T>(store: Store<T>): T => {
  const value = store.get()
  const [, setVersion] = useState(0)
  useEffect(() => {
    const changed = () => setVersion((version) => version + 1)
    const unsubscribe = store.subscribe(changed)
    // A change between the first render and this subscription would otherwise go unseen.
    if (!Object.is(store.get(), value)) changed()
    return unsubscribe
  }, [store])
  return value
}
