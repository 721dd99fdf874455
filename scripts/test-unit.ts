/**
 * The fast test command (`npm run test:unit`): every test beside the code, without a build, a
 * browser or the compiled binary. Left out: e2e/ (starts dist/reelsmith and Chromium) and the
 * tests that read the build's output under build/, listed below. Extra arguments go to
 * `bun test` (e.g. `-t 'cache'`, `--bail`).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './build/paths.ts'

/** Per test, as `npm test` passes it (bun test reads no timeout from bunfig.toml): a loaded machine is slow. */
const TIMEOUT_MS = 30_000

/** Tests that read build/ (the build's size report and files); `npm test` builds first and runs them. */
export const NEEDS_BUILD = ['scripts/budgets.test.ts']

/** e2e/ needs the binary and Chromium; the rest hold no tests of ours. */
const NOT_SCANNED = new Set(['e2e', 'node_modules', 'build', 'dist'])

/** The unit test files, relative to the repo root, sorted. */
export const unitTestFiles = async (): Promise<string[]> => {
  const files: string[] = []
  // Folder by folder, so the scan never walks node_modules/ (or the build's output).
  for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory() || NOT_SCANNED.has(entry.name) || entry.name.startsWith('.')) continue
    for await (const file of new Bun.Glob('**/*.test.{ts,tsx}').scan({ cwd: join(ROOT, entry.name) })) {
      const path = `${entry.name}/${file}`
      if (!NEEDS_BUILD.includes(path)) files.push(path)
    }
  }
  return files.sort()
}

if (import.meta.main) {
  // "./" makes bun test take each one as a path, not as a name filter.
  const files = (await unitTestFiles()).map((file) => `./${file}`)
  const run = Bun.spawn([process.execPath, 'test', '--timeout', String(TIMEOUT_MS), ...files, ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: ['inherit', 'inherit', 'inherit'],
  })
  process.exit(await run.exited)
}
