/** What the build tells the server about the browser code it produced (see scripts/build.ts). */
export type ChunkRef = {
  /** URL of the entry chunk. */
  src: string
  /** URLs of the chunks it imports statically, for `modulepreload`. */
  imports: string[]
}

export type BuildManifest = {
  /** Content hash of the whole build: the app version seen by /healthz and the service worker. */
  buildId: string
  runtime: ChunkRef
  islands: Record<string, ChunkRef>
  /**
   * The web-vitals module pages import once idle (islands/vitals/main.ts). Absent (hand-made
   * manifests in tests): pages report no vitals.
   */
  vitals?: ChunkRef
  styles: string[]
  serviceWorker: string
}
