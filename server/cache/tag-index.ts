/**
 * Which L1 keys carry which tag, so invalidating `video:42` touches only its entries instead of
 * scanning the whole cache. Kept exact by the L1 `onInsert` / `dispose` hooks.
 */
export class TagIndex {
  #keysByTag = new Map<string, Set<string>>()

  add(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      let keys = this.#keysByTag.get(tag)
      if (!keys) this.#keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
  }

  remove(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.#keysByTag.get(tag)
      if (!keys) continue
      keys.delete(key)
      if (keys.size === 0) this.#keysByTag.delete(tag)
    }
  }

  /** The keys carrying any of `tags` (a copy: callers delete while iterating). */
  keysFor(tags: readonly string[]): string[] {
    const found = new Set<string>()
    for (const tag of tags) for (const key of this.#keysByTag.get(tag) ?? []) found.add(key)
    return [...found]
  }

  /** Number of tags with at least one key (to show the index does not leak). */
  get size(): number {
    return this.#keysByTag.size
  }
}
