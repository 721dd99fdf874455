import type { AssetFile } from './table.ts'

export type Bytes = Uint8Array<ArrayBuffer>

/** An asset held in memory with every header it will ever need, computed once at start-up. */
export type LoadedAsset = {
  path: string
  contentType: string
  identity: Bytes
  br?: Bytes
  gzip?: Bytes
  etag: { identity: string; br: string; gzip: string }
  allEtags: string[]
  cacheControl: string
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Unhashed files (sw.js, manifest, icons) must be revalidated so updates reach browsers. */
export const REVALIDATE = 'no-cache'

const read = (path: string | undefined) => (path ? Bun.file(path).bytes() : Promise.resolve(undefined))

/** Reads every file of the table (embedded in the binary, or on disk in development) into memory. */
export const loadAssets = async (files: readonly AssetFile[]): Promise<Map<string, LoadedAsset>> => {
  const loaded = await Promise.all(
    files.map(async (file): Promise<LoadedAsset> => {
      const [identity, br, gzip] = await Promise.all([read(file.file), read(file.br), read(file.gzip)])
      // A strong validator names one representation, so each encoding gets its own tag.
      const etag = { identity: `"${file.hash}"`, br: `"${file.hash}-br"`, gzip: `"${file.hash}-gz"` }
      return {
        path: file.path,
        contentType: file.contentType,
        identity: identity!,
        br,
        gzip,
        etag,
        allEtags: [etag.identity, etag.br, etag.gzip],
        cacheControl: file.immutable ? IMMUTABLE : REVALIDATE,
      }
    }),
  )
  return new Map(loaded.map((asset) => [asset.path, asset]))
}
