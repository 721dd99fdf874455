/**
 * One entry of the asset table that scripts/build.ts generates (build/asset-table.ts). `file`,
 * `br` and `gzip` are paths that `bun build --compile` embeds into the executable.
 */
export type AssetFile = {
  /** URL path, e.g. `/assets/runtime-AB12CD34.js`. */
  path: string
  file: string
  br?: string
  gzip?: string
  contentType: string
  /** Content hash of the identity bytes, computed at build time. */
  hash: string
  /** Content-hashed names never change meaning, so browsers may keep them for a year. */
  immutable: boolean
}
