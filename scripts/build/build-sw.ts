import * as esbuild from 'esbuild'
import { injectManifest } from 'workbox-build'
import { join } from 'node:path'
import { BUILD_DIR, PUBLIC_DIR, ROOT } from './paths.ts'

/** Hashed names are unique per content, so Workbox must not add its own revision to them. */
const HASHED_NAME = /-[A-Z0-9]{8}\.\w+$/

/**
 * Bundles sw/ as a classic script (a module worker cannot be relied on everywhere), then lets
 * workbox-build write the precache list into its single `self.__WB_MANIFEST`.
 * Any Workbox warning (e.g. a file too large to precache) fails the build.
 */
export const buildServiceWorker = async (options: { minify: boolean }) => {
  const bundled = join(BUILD_DIR, 'sw.bundle.js')
  await esbuild.build({
    entryPoints: [join(ROOT, 'sw/sw.ts')],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify: options.minify,
    define: { 'process.env.NODE_ENV': options.minify ? '"production"' : '"development"' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  const result = await injectManifest({
    swSrc: bundled,
    swDest: join(PUBLIC_DIR, 'sw.js'),
    globDirectory: PUBLIC_DIR,
    globPatterns: ['assets/**/*.{js,css}', 'offline.html', 'icon*.{svg,png}', 'manifest.webmanifest'],
    globIgnores: ['**/*.{br,gz}'],
    dontCacheBustURLsMatching: HASHED_NAME,
    maximumFileSizeToCacheInBytes: 512 * 1024,
  })
  if (result.warnings.length) throw new Error(`Workbox warnings:\n${result.warnings.join('\n')}`)
  return { precached: result.count, precachedBytes: result.size }
}
