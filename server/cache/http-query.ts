/**
 * The query part of an HTTP cache key: only the parameters a route reads, each in the form the
 * route understands it. Every other parameter (`utm_source`, `fbclid`, `x=1`, a home-page draft)
 * makes the request uncacheable: it is passed through to the handler and its answer never stored.
 *
 * Why pass-through and not a redirect to the canonical URL, or a key that ignores the rest: a key
 * that ignored an unknown parameter would store whatever the handler made of it under the URL
 * everybody gets (if the handler reads it after all, that is cache poisoning); a redirect costs
 * tracked visitors a round trip, loses what the page does read without keying (the home page's
 * draft) and changes the URL the service worker caches. Passing through stores nothing, so junk
 * parameters can never fill the caches; they only cost a render, like any uncached request.
 */

/**
 * One parameter a route reads: its value as the route will use it (so `page=02` and `page=2`, or a
 * clamped `page=999999` and `page=10000`, share an entry), or undefined when the route refuses it.
 * Share the route's own parser (its zod schema or clamp) so the key and the handler agree.
 */
export type QueryParam = (value: string) => string | undefined

/** The parameters a cached route reads. */
export type QueryParams = Readonly<Record<string, QueryParam>>

/** A cached route's query key: `''` for no query, undefined when the request may not be cached. */
export type QueryKey = (search: string) => string | undefined

const isEmpty = (search: string) => search === '' || search === '?'

/** Builds the query key of a route that reads `params` (none by default: any query is uncacheable). */
export const queryKey = (params: QueryParams = {}): QueryKey => {
  const allowed: ReadonlyMap<string, QueryParam> = new Map(Object.entries(params))
  // Sorted once: the key lists values in this order, whatever order the request used.
  const names = [...allowed.keys()].sort()
  if (names.length === 0) return (search) => (isEmpty(search) ? '' : undefined)
  return (search) => {
    if (isEmpty(search)) return ''
    const values = new Map<string, string>()
    for (const [name, raw] of new URLSearchParams(search)) {
      const param = allowed.get(name)
      // A repeated parameter is refused too: routes read one value, and which one is theirs to say.
      if (param === undefined || values.has(name)) return undefined
      const value = param(raw)
      if (value === undefined) return undefined
      values.set(name, value)
    }
    let key = ''
    for (const name of names) {
      const value = values.get(name)
      if (value !== undefined) key += `${key ? '&' : ''}${name}=${encodeURIComponent(value)}`
    }
    return key
  }
}

/** A parameter parsed by a schema (zod's `safeParse`): its parsed value, or refused when invalid. */
export const schemaParam =
  (schema: { safeParse: (value: unknown) => { success: true; data: unknown } | { success: false } }): QueryParam =>
  (value) => {
    const parsed = schema.safeParse(value)
    return parsed.success ? String(parsed.data) : undefined
  }
