import * as esbuild from 'esbuild'
import { join, relative } from 'node:path'
import { ASSETS_DIR, PUBLIC_DIR, ROOT } from './paths.ts'
import type { BuildManifest, ChunkRef } from '../../server/render/manifest.ts'

const RUNTIME_ENTRY = 'runtime'
const toUrl = (file: string) => `/${relative(PUBLIC_DIR, join(ROOT, file)).split('\\').join('/')}`

/** Static imports of an output, transitively: what the browser fetches before the module runs. */
const staticImports = (metafile: esbuild.Metafile, output: string, seen = new Set<string>()): Set<string> => {
  for (const imported of metafile.outputs[output]?.imports ?? []) {
    if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue
    seen.add(imported.path)
    staticImports(metafile, imported.path, seen)
  }
  return seen
}

/**
 * Bundles the island runtime and every island as ESM with code splitting: one chunk per island,
 * shared chunks for preact and shared state. Names carry a content hash.
 */
export const bundleBrowser = async (islandNames: string[], options: { minify: boolean }) => {
  const entryPoints: Record<string, string> = { [RUNTIME_ENTRY]: join(ROOT, 'islands/main.ts') }
  for (const name of islandNames) entryPoints[name] = join(ROOT, `islands/${name}.tsx`)

  const result = await esbuild.build({
    entryPoints,
    outdir: ASSETS_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    // Browsers from 2022 on (module workers, top-level await, ??= …): smaller output than es2020.
    target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
    minify: options.minify,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': options.minify ? '"production"' : '"development"' },
    metafile: true,
    absWorkingDir: ROOT,
    legalComments: 'none',
    logLevel: 'warning',
  })

  const chunks: Record<string, ChunkRef> = {}
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue
    const name = Object.entries(entryPoints).find(([, file]) => relative(ROOT, file) === meta.entryPoint)?.[0]
    if (!name) continue
    chunks[name] = { src: toUrl(output), imports: [...staticImports(result.metafile, output)].map(toUrl) }
  }
  const { [RUNTIME_ENTRY]: runtime, ...islands } = chunks
  if (!runtime) throw new Error('esbuild produced no runtime entry')
  return { runtime, islands, metafile: result.metafile } satisfies Pick<BuildManifest, 'runtime' | 'islands'> & {
    metafile: esbuild.Metafile
  }
}

/**
 * Bundles the web-vitals module (islands/vitals/main.ts) on its own: one self-contained file, so
 * it shares no chunk with the islands and the home page's critical-path JS stays what it was.
 * Pages import it once idle (see islands/vitals/loader-script.ts).
 */
export const bundleVitals = async (options: { minify: boolean }): Promise<ChunkRef> => {
  const result = await esbuild.build({
    entryPoints: { vitals: join(ROOT, 'islands/vitals/main.ts') },
    outdir: ASSETS_DIR,
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
    minify: options.minify,
    entryNames: '[name]-[hash]',
    metafile: true,
    absWorkingDir: ROOT,
    legalComments: 'none',
    logLevel: 'warning',
  })
  const [output] = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))
  if (!output) throw new Error('esbuild produced no vitals module')
  return { src: toUrl(output), imports: [] }
}

/** Minifies and hashes the stylesheet (imports inlined). */
export const bundleStyles = async (options: { minify: boolean }) => {
  const result = await esbuild.build({
    entryPoints: { app: join(ROOT, 'static/css/app.css') },
    outdir: ASSETS_DIR,
    bundle: true,
    minify: options.minify,
    entryNames: '[name]-[hash]',
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'warning',
  })
  return Object.keys(result.metafile.outputs)
    .filter((file) => file.endsWith('.css'))
    .map(toUrl)
}
