/**
 * Island props travel to the browser as JSON inside an HTML attribute. Only plain data is allowed:
 * anything else (functions, class instances, cycles, NaN) would not survive the trip, so it is an
 * error naming the island rather than a silent difference between server and client.
 */

/** `<`, `>`, `&` and the JS line separators written as JSON escapes: inert in any HTML context. */
const UNSAFE_CHARS = /[<>&\u2028\u2029]/g
const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const assertPlainData = (value: unknown, path: string, seen: Set<object>, island: string): void => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Island ${island}: prop ${path} is ${value}, which JSON cannot carry`)
    return
  }
  if (typeof value !== 'object') throw new TypeError(`Island ${island}: prop ${path} is a ${typeof value}, not plain data`)
  if (seen.has(value)) throw new TypeError(`Island ${island}: prop ${path} is a cycle`)
  if (!Array.isArray(value) && !isPlainObject(value)) {
    throw new TypeError(`Island ${island}: prop ${path} is a ${value.constructor?.name ?? 'object'}, not a plain object`)
  }
  seen.add(value)
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) assertPlainData(child, `${path}.${key}`, seen, island)
  }
  seen.delete(value)
}

/** JSON for an island's props, safe to place in an attribute or a `<script>`. */
export const serializeProps = (island: string, props: Record<string, unknown>): string => {
  assertPlainData(props, 'props', new Set(), island)
  return JSON.stringify(props).replace(UNSAFE_CHARS, (char) => escapes[char]!)
}
