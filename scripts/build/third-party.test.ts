import { describe, expect, test } from 'bun:test'
import { readFile } from 'node:fs/promises'
import { embeddedPackages, NOTICE_FILE, renderNotice } from './third-party.ts'

describe('the third-party notice', () => {
  test('names exactly the packages bundled today, each with its licence (regenerate with --write)', async () => {
    const committed = await readFile(NOTICE_FILE, 'utf8')
    expect(committed).toBe(await renderNotice(await embeddedPackages()))
  })

  test('finds packages through the imports: the server, island and worker bundles each add theirs', async () => {
    const dirs = await embeddedPackages()
    // By suffix: where node_modules is a symlink (a git worktree), esbuild reports the real path.
    const names = dirs.map((dir) => dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length))
    // espeak-ng arrives through the synthesis Worker, an entry of its own (SERVER_ENTRIES).
    for (const name of ['hono', 'zod', 'preact', 'lru-cache', 'workbox-precaching', 'web-vitals', 'espeak-ng'])
      expect(names).toContain(name)
    expect(names).not.toContain('typescript')
    expect(names).not.toContain('esbuild')
  })
})
