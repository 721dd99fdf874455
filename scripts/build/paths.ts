import { join } from 'node:path'

export const ROOT = join(import.meta.dir, '..', '..')
/** Everything the build writes lives under build/; the binary goes to dist/. */
export const BUILD_DIR = join(ROOT, 'build')
/** Files served to browsers, laid out as their URL paths. */
export const PUBLIC_DIR = join(BUILD_DIR, 'public')
export const ASSETS_DIR = join(PUBLIC_DIR, 'assets')
export const ASSET_TABLE_FILE = join(BUILD_DIR, 'asset-table.ts')
export const DIST_BINARY = join(ROOT, 'dist', 'reelsmith')
/** Sizes and budget checks of the last build, read by scripts/budgets.test.ts. */
export const SIZE_REPORT_FILE = join(BUILD_DIR, 'size-report.json')
/**
 * What `bun build --compile` bundles into the binary: the server, plus each Worker file (a Worker
 * gets into a compiled binary only as an extra entry point; the narration engine's is one). Inside
 * the binary a Worker keeps its path below SERVER_ROOT (`--root`): `tts/local/worker.ts`, which is
 * where server/tts/local/pool.ts looks for it.
 */
export const SERVER_ROOT = join(ROOT, 'server')
export const SERVER_ENTRIES = [join(SERVER_ROOT, 'main.ts'), join(SERVER_ROOT, 'tts/local/worker.ts')]
