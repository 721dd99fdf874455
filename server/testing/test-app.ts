import { brotliCompressSync, gzipSync } from 'node:zlib'
import { createApp, type AppDeps } from '../app.ts'
import { IMMUTABLE, REVALIDATE, type LoadedAsset } from '../assets/load.ts'
import { createLogger, type Logger } from '../log.ts'
import type { BuildManifest } from '../render/manifest.ts'

/** A manifest shaped like a real build's, pointing at the assets below. */
export const testManifest: BuildManifest = {
  buildId: 'test-build',
  runtime: { src: '/assets/runtime-TEST0001.js', imports: ['/assets/chunk-TEST0002.js'] },
  islands: {
    DurationPicker: { src: '/assets/DurationPicker-TEST0003.js', imports: ['/assets/chunk-TEST0002.js'] },
    ScenePlanner: { src: '/assets/ScenePlanner-TEST0004.js', imports: ['/assets/chunk-TEST0002.js'] },
  },
  styles: ['/assets/app-TEST0005.css'],
  serviceWorker: '/sw.js',
}

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text))

/** An in-memory asset as loadAssets() would produce it, compressed for real. */
export const makeAsset = (path: string, text: string, contentType: string, immutable = true): LoadedAsset => {
  const identity = bytes(text)
  const hash = new Bun.CryptoHasher('sha256').update(identity).digest('base64url').slice(0, 22)
  const etag = { identity: `"${hash}"`, br: `"${hash}-br"`, gzip: `"${hash}-gz"` }
  return {
    path,
    contentType,
    identity,
    br: new Uint8Array(brotliCompressSync(identity)),
    gzip: new Uint8Array(gzipSync(identity)),
    etag,
    allEtags: Object.values(etag),
    cacheControl: immutable ? IMMUTABLE : REVALIDATE,
  }
}

export const RUNTIME_SOURCE = 'export const runtime = "' + 'x'.repeat(2000) + '"\n'

export const testAssets = () =>
  new Map(
    [
      makeAsset('/assets/runtime-TEST0001.js', RUNTIME_SOURCE, 'text/javascript; charset=utf-8'),
      makeAsset('/assets/app-TEST0005.css', 'body{color:red}'.repeat(50), 'text/css; charset=utf-8'),
      makeAsset('/sw.js', 'self.addEventListener("fetch",()=>{})'.repeat(20), 'text/javascript; charset=utf-8', false),
    ].map((asset) => [asset.path, asset]),
  )

/** A real app on fake-free deps, with its log lines captured for assertions. */
export const createTestApp = (overrides: Partial<AppDeps> = {}) => {
  const logLines: Record<string, unknown>[] = []
  const logger: Logger = createLogger({ level: 'debug', sink: (line) => logLines.push(JSON.parse(line)) })
  let now = 1_700_000_000_000
  const deps: AppDeps = {
    logger,
    assets: testAssets(),
    manifest: testManifest,
    version: '9.9.9',
    now: () => now,
    startedAt: now,
    ...overrides,
  }
  return { app: createApp(deps), deps, logLines, advance: (ms: number) => (now += ms) }
}
