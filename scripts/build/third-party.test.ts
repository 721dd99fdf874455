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
    for (const name of ['hono', 'zod', 'preact', 'lru-cache', 'workbox-precaching', 'web-vitals']) expect(dirs).toContain(`node_modules/${name}`)
    expect(dirs).not.toContain('node_modules/typescript')
    expect(dirs).not.toContain('node_modules/esbuild')
  })
})
