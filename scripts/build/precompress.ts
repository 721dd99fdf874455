import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/

export const isCompressible = (path: string) => COMPRESSIBLE.test(path)

/** Maximum effort: this runs once per build, and every visitor gets the smaller bytes. */
export const brotli = (bytes: Uint8Array) =>
  new Uint8Array(
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  )

export const gzip = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes, { level: 9 }))

/** Writes `file.br` and `file.gz` beside a compressible file, when they are smaller than it. */
export const precompressFile = async (path: string) => {
  const raw = await Bun.file(path).bytes()
  const br = brotli(raw)
  const gz = gzip(raw)
  const brPath = br.byteLength < raw.byteLength ? `${path}.br` : undefined
  const gzipPath = gz.byteLength < raw.byteLength ? `${path}.gz` : undefined
  if (brPath) await Bun.write(brPath, br)
  if (gzipPath) await Bun.write(gzipPath, gz)
  return { rawBytes: raw.byteLength, brBytes: br.byteLength, gzipBytes: gz.byteLength, brPath, gzipPath }
}
