/**
 * Size budgets, in bytes. The build fails when one is exceeded, and tests assert the same limits.
 * Raise one only with a measured reason in the commit message.
 */
export const budgets = {
  /**
   * Runtime + preact + signals + every island on the home page, gzip. Raised from 10 KB when the
   * product islands arrived: preact + hooks + jsx-runtime (5.70 KB) and signals (3.01 KB) are the floor
   * MEASURED.md names (8.5 KB), plus the runtime (0.62 KB) and the two home islands (0.84 KB) = 10.17 KB.
   */
  homeJsGzip: 10.5 * 1024,
  /** The island runtime on its own (without preact), gzip. */
  runtimeGzip: 1024,
  /**
   * The built service worker, gzip. Raised from the 8 KB starting point: MEASURED.md puts the
   * full Workbox module set the issue asks for (precaching, routing, four strategies, expiration,
   * cacheable-response, background-sync, a catch handler) at 10.7 KB gzip and names 12 KB as the
   * budget; the worker loads off the critical path, once per version. Raised from 12 KB when the
   * worker learned to notice a session that ended without the sign-out form (sw/person.ts): 11.91 ->
   * 12.06 KB (docs/measurements.md).
   */
  serviceWorkerGzip: 12.25 * 1024,
  /**
   * The web-vitals module (islands/vitals/main.ts), gzip: imported after the page is idle, off the
   * critical path, so it has its own budget. The issue asked for <= 3 KB, but web-vitals 6.2.3 with
   * the five metrics is a floor above that: the bare library (onLCP, onINP, onCLS, onFCP, onTTFB,
   * esbuild --minify, gzip -9) measured 3,280 B here, and the module with our batching and beacon
   * 3,581 B. Set just above that.
   */
  vitalsGzip: 3.6 * 1024,
  /** All stylesheets, gzip. */
  cssGzip: 8 * 1024,
  /** The home page's HTML as sent before compression. */
  homeHtmlRaw: 12 * 1024,
} as const

export type BudgetName = keyof typeof budgets
