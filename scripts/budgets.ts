/**
 * Size budgets, in bytes. The build fails when one is exceeded, and tests assert the same limits.
 * Raise one only with a measured reason in the commit message.
 */
export const budgets = {
  /**
   * Runtime + preact + every island on the home page, gzip. Preact + hooks + jsx-runtime (5.70 KB)
   * are the floor (docs/measurements.md, Client JavaScript floors). The two home islands share the
   * drafted length through a small store (islands/state/store.ts, 0.36 KB with the draft) instead of
   * @preact/signals (3.07 KB): 10.59 KB before, 7.87 KB after. 9.0 KB is the target the home page
   * was given: 1.1 KB of room, a few small islands but not a state library again.
   */
  homeJsGzip: 9 * 1024,
  /** The island runtime on its own (without preact), gzip. */
  runtimeGzip: 1024,
  /**
   * The built service worker, gzip. The full Workbox module set (precaching, routing, four
   * strategies, expiration, cacheable-response, background-sync, a catch handler) is 10.7 KB gzip by
   * itself; the worker loads off the critical path, once per version. 12.06 KB since it notices a
   * session that ended without the sign-out form (sw/person.ts); the limit leaves ~3 % of room so
   * only a real addition fails the build (docs/measurements.md, Service worker).
   */
  serviceWorkerGzip: 12.5 * 1024,
  /**
   * The web-vitals module (islands/vitals/main.ts), gzip: imported after the page is idle, off the
   * critical path, so it has its own budget. It started at 3 KB, but web-vitals 6.2.3 with
   * the five metrics is a floor above that: the bare library (onLCP, onINP, onCLS, onFCP, onTTFB,
   * esbuild --minify, gzip -9) measured 3,280 B here, and the module with our batching and beacon
   * 3,581 B. Set just above that.
   */
  vitalsGzip: 3.6 * 1024,
  /** All stylesheets, gzip. */
  cssGzip: 8 * 1024,
  /** The home page's HTML as sent before compression. */
  homeHtmlRaw: 12 * 1024,
  /**
   * The posters' picture library (server/posters/icons/library.json.gz), embedded in the binary as
   * it is: 826 Fluent Emoji Flat drawings (1.08 MB of SVG) and the keywords of six languages
   * (2,100-3,300 keys each), 1.42 MB of JSON, 472.0 KB gzip -9 when it was set. The limit leaves ~5 % of
   * room, so adding a language or a few dozen drawings is a conscious choice (docs/measurements.md,
   * The posters' picture library).
   */
  posterLibraryGzip: 500 * 1024,
  /**
   * The storyboard editor island (islands/StoryboardEditor.tsx) with the chunks it imports beyond
   * the runtime's (preact), gzip. Loaded only on the owner's video page, when idle. 6.7 KB when it
   * was set (every field of every scene, drag and keyboard reorder, undo, autosave with conflicts,
   * version history; no dependency); the limit leaves ~1 KB for what the editor still lacks.
   */
  editorJsGzip: 8 * 1024,
} as const

export type BudgetName = keyof typeof budgets
