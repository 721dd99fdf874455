/**
 * The whole build: islands + CSS (esbuild) -> service worker (workbox-build) -> the posters' picture
 * library -> br/gzip precompression -> size report and budgets -> asset table -> `bun build --compile`.
 *
 *   bun scripts/build.ts               everything, including dist/reelsmith
 *   bun scripts/build.ts --no-compile  assets only (what `bun run dev` uses)
 *   bun scripts/build.ts --dev         assets unminified, no budgets enforced
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { h } from 'preact'
import { writeAssetTable, type BuiltFile } from './build/asset-table.ts'
import { buildServiceWorker } from './build/build-sw.ts'
import { bundleBrowser, bundleStyles, bundleVitals } from './build/bundle-browser.ts'
import { BUILD_DIR, DIST_BINARY, PUBLIC_DIR, ROOT, SERVER_ENTRIES, SERVER_ROOT, SIZE_REPORT_FILE } from './build/paths.ts'
import { brotli, gzip, isCompressible, precompressFile } from './build/precompress.ts'
import { checkBudgets, formatSizeReport, type FileSize } from './build/size-report.ts'
import { NOTICE_FILE, NOTICE_URL } from './build/third-party.ts'
import { writeLibrary } from './build/poster-icons.ts'
import { ISLAND_NAMES } from '../server/render/island-registry.ts'
import { createRenderer } from '../server/render/render.ts'
import type { BuildManifest } from '../server/render/manifest.ts'
import { homeMeta, HomePage } from '../server/pages/home.tsx'
import { homePageFixture } from './build/home-fixture.ts'

const args = new Set(process.argv.slice(2))
const dev = args.has('--dev')
const compile = !args.has('--no-compile') && !dev

const listFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

const contentHash = (bytes: Uint8Array) => new Bun.CryptoHasher('sha256').update(bytes).digest('base64url').slice(0, 22)

const started = performance.now()
await rm(BUILD_DIR, { recursive: true, force: true })
await mkdir(PUBLIC_DIR, { recursive: true })
await cp(join(ROOT, 'static/public'), PUBLIC_DIR, { recursive: true })
// The licences of everything embedded travel with the binary (GPL-3 section 4, MIT's notice clause).
await cp(NOTICE_FILE, join(PUBLIC_DIR, NOTICE_URL))

const [browser, vitals, styles] = await Promise.all([
  bundleBrowser(ISLAND_NAMES, { minify: !dev }),
  bundleVitals({ minify: !dev }),
  bundleStyles({ minify: !dev }),
])
const sw = await buildServiceWorker({ minify: !dev })
// The posters' picture library, from the installed packages (rewritten only when they or the rules changed).
const iconLibrary = await writeLibrary()

// Precompress everything compressible once, here, so the server never compresses a static file.
const files: BuiltFile[] = []
const sizes: FileSize[] = []
for (const absolute of await listFiles(PUBLIC_DIR)) {
  const bytes = await Bun.file(absolute).bytes()
  const path = absolute.slice(PUBLIC_DIR.length)
  if (isCompressible(absolute)) {
    const result = await precompressFile(absolute)
    files.push({ absolute, br: result.brPath, gzip: result.gzipPath, hash: contentHash(bytes) })
    sizes.push({ path, raw: result.rawBytes, gzip: result.gzipBytes, br: result.brBytes })
  } else {
    files.push({ absolute, hash: contentHash(bytes) })
    sizes.push({ path, raw: bytes.byteLength, gzip: bytes.byteLength, br: bytes.byteLength })
  }
}
const buildId = contentHash(
  new TextEncoder().encode(
    files
      .map((file) => file.hash)
      .sort()
      .join(),
  ),
)
const manifest: BuildManifest = { buildId, runtime: browser.runtime, islands: browser.islands, vitals, styles, serviceWorker: '/sw.js' }
await writeAssetTable(files, manifest)
const assetMs = performance.now() - started

// Budgets: measured on what a browser really loads for the home page.
const homeProps = homePageFixture()
// As served: with the vitals meta and loader (RUM_SAMPLE_RATE > 0), which are part of its HTML.
const home = createRenderer(manifest, { rumSampleRate: 1 })(h(HomePage, homeProps), { ...homeMeta(homeProps.ctx), route: '/' })
const sizeOf = (url: string) => sizes.find((size) => size.path === url)!
const homeHtml = new TextEncoder().encode(home.html)
const homeScripts = new Set<string>()
for (const [, url] of home.html.matchAll(/<(?:rs-island|script)[^>]*\ssrc="([^"]+)"/g)) {
  for (const chunk of [
    url!,
    ...(url === manifest.runtime.src
      ? manifest.runtime.imports
      : (Object.values(manifest.islands).find((island) => island.src === url)?.imports ?? [])),
  ]) {
    homeScripts.add(chunk)
  }
}
// The editor's own JS: its chunk and what it imports beyond the runtime's (preact), which every page has already.
const editorChunk = manifest.islands.StoryboardEditor!
const pageShared = new Set([manifest.runtime.src, ...manifest.runtime.imports])
const checks = checkBudgets({
  homeJsGzip: [...homeScripts].reduce((total, url) => total + sizeOf(url).gzip, 0),
  runtimeGzip: sizeOf(manifest.runtime.src).gzip,
  serviceWorkerGzip: sizeOf('/sw.js').gzip,
  vitalsGzip: sizeOf(vitals.src).gzip,
  cssGzip: styles.reduce((total, url) => total + sizeOf(url).gzip, 0),
  homeHtmlRaw: homeHtml.byteLength,
  posterLibraryGzip: iconLibrary.bytes,
  editorJsGzip: [editorChunk.src, ...editorChunk.imports]
    .filter((url) => !pageShared.has(url))
    .reduce((total, url) => total + sizeOf(url).gzip, 0),
})
sizes.push({ path: '(home page HTML)', raw: homeHtml.byteLength, gzip: gzip(homeHtml).byteLength, br: brotli(homeHtml).byteLength })
console.log(formatSizeReport(sizes, checks))
await Bun.write(SIZE_REPORT_FILE, JSON.stringify({ buildId, files: sizes, homeScripts: [...homeScripts], checks }, null, 2))
console.log(`\nhome page JS: ${[...homeScripts].join(', ')}`)
console.log(
  `poster picture library: ${iconLibrary.icons} drawings, ${(iconLibrary.bytes / 1024).toFixed(1)} KB gzip${iconLibrary.changed ? ' (regenerated)' : ''}`,
)
console.log(`precached by the service worker: ${sw.precached} files, ${(sw.precachedBytes / 1024).toFixed(1)} KB`)
console.log(`asset build (islands + css + sw + compression): ${assetMs.toFixed(0)} ms, build ${buildId}`)

const over = checks.filter((check) => !check.ok)
if (over.length && !dev) {
  console.error(`\nBuild failed: over budget: ${over.map((check) => check.name).join(', ')} (limits in scripts/budgets.ts)`)
  process.exit(1)
}

if (compile) {
  const compileStarted = performance.now()
  const result = Bun.spawnSync(
    // --bytecode: the binary skips parsing its JavaScript at start-up (measured: cold start ~195 -> ~95 ms here).
    [
      process.execPath,
      'build',
      '--compile',
      '--minify',
      '--sourcemap',
      '--bytecode',
      '--format=esm',
      '--root',
      SERVER_ROOT,
      ...SERVER_ENTRIES,
      '--outfile',
      DIST_BINARY,
    ],
    { cwd: ROOT, stdout: 'inherit', stderr: 'inherit' },
  )
  if (result.exitCode !== 0) process.exit(result.exitCode ?? 1)
  console.log(
    `compiled ${DIST_BINARY} (${(Bun.file(DIST_BINARY).size / 1024 / 1024).toFixed(1)} MB) in ${(performance.now() - compileStarted).toFixed(0)} ms`,
  )
}
