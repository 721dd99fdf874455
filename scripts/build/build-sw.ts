import * as esbuild from 'esbuild'
import { injectManifest, type ManifestTransform } from 'workbox-build'
import { join } from 'node:path'
import { BUILD_DIR, PUBLIC_DIR, ROOT } from './paths.ts'
import { OFFLINE_PAGE_SCRIPT_URL, QUEUED_PAGE_SCRIPT_URL, SW_CLIENT_URL } from '../../sw/page/constants.ts'

/** Hashed names are unique per content, so Workbox must not add its own revision to them. */
const HASHED_NAME = /-[A-Z0-9]{8}\.\w+$/

/**
 * The worker's page-side scripts, at fixed URLs (the inline script that imports the client must
 * not change per build: the CSP allows it by its hash). Precached, so a page and the client it
 * imports always come from the same build.
 */
const PAGE_SCRIPTS = {
  [SW_CLIENT_URL]: 'sw/page/client.ts',
  [QUEUED_PAGE_SCRIPT_URL]: 'sw/page/queued.ts',
  [OFFLINE_PAGE_SCRIPT_URL]: 'sw/page/offline.ts',
}

/**
 * Files every offline visit needs, beyond the hashed assets. Not the web manifest and its PNG
 * icons: only an install or a launcher asks for them, never an offline page, and every precached
 * file costs the worker bytes (its URL and revision are written into it).
 */
const PRECACHED_FILES = ['offline.html', 'offline-queued.html', ...Object.keys(PAGE_SCRIPTS).map((url) => url.slice(1)), 'icon.svg']

/**
 * A revision only has to change when its file does: 8 hex digits of Workbox's MD5 miss a change
 * once in 4 billion, and every precached file's revision is shipped inside the worker.
 */
const REVISION_LENGTH = 8
const shortenRevisions: ManifestTransform = async (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, revision: entry.revision?.slice(0, REVISION_LENGTH) ?? null })),
  warnings: [],
})

const shared = (minify: boolean) =>
  ({
    bundle: true,
    minify,
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
    legalComments: 'none',
    logLevel: 'warning',
  }) satisfies esbuild.BuildOptions

/**
 * Bundles sw/ as a classic script (a module worker cannot be relied on everywhere), then lets
 * workbox-build write the precache list into its single `self.__WB_MANIFEST`. The page-side
 * scripts (workbox-window) are bundled beside it as ES modules.
 * Any Workbox warning (e.g. a file too large to precache) fails the build.
 */
export const buildServiceWorker = async (options: { minify: boolean }) => {
  const bundled = join(BUILD_DIR, 'sw.bundle.js')
  await Promise.all([
    esbuild.build({
      ...shared(options.minify),
      entryPoints: [join(ROOT, 'sw/sw.ts')],
      outfile: bundled,
      format: 'iife',
      target: ['es2020'],
    }),
    ...Object.entries(PAGE_SCRIPTS).map(([url, source]) =>
      esbuild.build({
        ...shared(options.minify),
        entryPoints: [join(ROOT, source)],
        outfile: join(PUBLIC_DIR, url),
        format: 'esm',
        target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
      }),
    ),
  ])
  const result = await injectManifest({
    swSrc: bundled,
    swDest: join(PUBLIC_DIR, 'sw.js'),
    globDirectory: PUBLIC_DIR,
    globPatterns: ['assets/**/*.{js,css}', ...PRECACHED_FILES],
    // The metrics dashboard (uPlot, ~26 KB gzip) is for operators only: never pushed to every visitor.
    globIgnores: ['**/*.{br,gz}', 'assets/MetricsDashboard-*.js'],
    dontCacheBustURLsMatching: HASHED_NAME,
    maximumFileSizeToCacheInBytes: 512 * 1024,
    manifestTransforms: [shortenRevisions],
  })
  if (result.warnings.length) throw new Error(`Workbox warnings:\n${result.warnings.join('\n')}`)
  return { precached: result.count, precachedBytes: result.size }
}
