import { describe, expect, test } from 'bun:test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { budgets } from './budgets.ts'
import { PUBLIC_DIR, SIZE_REPORT_FILE } from './build/paths.ts'
import type { BudgetCheck } from './build/size-report.ts'

/**
 * The budgets hold for the build on disk (the test command builds first). Sizes are re-measured
 * here from the files themselves, so a wrong report cannot hide a regression.
 */
if (!existsSync(SIZE_REPORT_FILE)) throw new Error('No build found: run `bun run build` before the tests')
const report = (await Bun.file(SIZE_REPORT_FILE).json()) as { homeScripts: string[]; checks: BudgetCheck[] }
const gzipSize = async (url: string) => gzipSync(await Bun.file(join(PUBLIC_DIR, url)).bytes(), { level: 9 }).byteLength

describe('size budgets (scripts/budgets.ts)', () => {
  test('every budget in the last build report holds', () => {
    expect(report.checks.map((check) => check.name as string).sort()).toEqual(Object.keys(budgets).sort())
    for (const check of report.checks)
      expect({ name: check.name, ok: check.actual <= budgets[check.name] }).toEqual({ name: check.name, ok: true })
  })

  test('the home page JS, re-measured from the files, fits its budget', async () => {
    expect(report.homeScripts.length).toBeGreaterThan(2)
    const sizes = await Promise.all(report.homeScripts.map(gzipSize))
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budgets.homeJsGzip)
  })

  test('the service worker, re-measured, fits its budget', async () => {
    expect(await gzipSize('/sw.js')).toBeLessThanOrEqual(budgets.serviceWorkerGzip)
  })

  test('the island runtime on its own stays under 1 KB gzip', async () => {
    const runtime = report.homeScripts.find((url) => url.includes('/runtime-'))!
    expect(await gzipSize(runtime)).toBeLessThanOrEqual(budgets.runtimeGzip)
  })
})
