export type Encoding = 'br' | 'gzip' | 'identity'

/**
 * Picks the best encoding we hold, in our order of preference (br, then gzip), honouring q-values
 * (`br;q=0` refuses brotli). A missing header means identity, as RFC 9110 allows.
 */
export const pickEncoding = (acceptEncoding: string | null | undefined, available: { br: boolean; gzip: boolean }): Encoding => {
  if (!acceptEncoding) return 'identity'
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
