export type Encoding = 'br' | 'gzip' | 'identity'

/**
 * Picks the best encoding we hold, in our order of preference (br, then gzip), honouring q-values
 * (`br;q=0` refuses brotli). A missing header means identity, as RFC 9110 allows.
 */
export const pickEncoding = (acceptEncoding: string | null | undefined, available: { br: boolean; gzip: boolean }): Encoding => {
  if (!acceptEncoding) return 'identity'
  // Browsers send one of a handful of values, and every cached page's key and every rendered page
  // parse it: the answers are remembered (bounded; at worst an unusual header is parsed again).
  const remembered = available.br && available.gzip ? picked.get(acceptEncoding) : undefined
  if (remembered !== undefined) return remembered
  const encoding = parseAndPick(acceptEncoding, available)
  if (available.br && available.gzip) {
    if (picked.size >= MAX_REMEMBERED) picked.clear()
    picked.set(acceptEncoding, encoding)
  }
  return encoding
}

/** Answers for `{ br: true, gzip: true }`, what pages offer: header value -> encoding. */
const picked = new Map<string, Encoding>()
const MAX_REMEMBERED = 256

const parseAndPick = (acceptEncoding: string, available: { br: boolean; gzip: boolean }): Encoding => {
  let br = 0
  let gzip = 0
  let wildcard = -1
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.find((param) => param.trim().startsWith('q='))
    const q = qParam ? Number(qParam.trim().slice(2)) : 1
    const weight = Number.isFinite(q) ? q : 0
    if (token === 'br') br = weight
    else if (token === 'gzip' || token === 'x-gzip') gzip = weight
    else if (token === '*') wildcard = weight
  }
  if (wildcard >= 0) {
    if (br === 0 && !acceptEncoding.toLowerCase().includes('br')) br = wildcard
    if (gzip === 0 && !acceptEncoding.toLowerCase().includes('gzip')) gzip = wildcard
  }
  if (available.br && br > 0 && br >= gzip) return 'br'
  if (available.gzip && gzip > 0) return 'gzip'
  if (available.br && br > 0) return 'br'
  return 'identity'
}
