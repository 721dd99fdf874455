export type ByteRange = { start: number; end: number }

/**
 * Parses a single `bytes=` range against a length (RFC 9110 §14.1.2). Returns null when the
 * header should be ignored (absent, malformed, several ranges: serving the whole body is allowed)
 * and 'unsatisfiable' when it asks for bytes past the end (-> 416).
 */
export const parseRange = (header: string | null | undefined, length: number): ByteRange | 'unsatisfiable' | null => {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match) return null
  const [, first = '', last = ''] = match
  if (first === '' && last === '') return null
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, length - suffix), end: length - 1 }
  }
  const start = Number(first)
  const end = last === '' ? length - 1 : Math.min(Number(last), length - 1)
  if (start >= length) return 'unsatisfiable'
  if (end < start) return null
  return { start, end }
}
