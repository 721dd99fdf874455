import { describe, expect, test } from 'bun:test'
import { join } from 'node:path'
import { ROOT } from './build/paths.ts'
import { NEEDS_BUILD, unitTestFiles } from './test-unit.ts'

describe('test:unit', () => {
  test('runs the tests beside the code, not e2e/ nor those that read the build', async () => {
    const files = await unitTestFiles()
    expect(files).toContain('server/cache/store.fault.test.ts')
    expect(files).toContain('islands/runtime.test.ts')
    expect(files).toContain('scripts/test-unit.test.ts')
    expect(files.filter((file) => file.startsWith('e2e/') || file.startsWith('node_modules/'))).toEqual([])
    for (const file of NEEDS_BUILD) expect(files).not.toContain(file)
  })

  test('every excluded file still exists (a stale list would hide nothing, and mean nothing)', async () => {
    for (const file of NEEDS_BUILD) expect(await Bun.file(join(ROOT, file)).exists()).toBe(true)
  })
})
