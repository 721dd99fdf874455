import { describe, expect, test } from 'bun:test'
import { readFile } from 'node:fs/promises'
import { embeddedPackages, NOTICE_FILE, renderNotice } from './third-party.ts'

describe('the third-party notice', () => {
  test('credits the illustrations with their MIT licence and author, though their package ships no licence file', async () => {
    const notice = await renderNotice(['node_modules/@iconify-json/fluent-emoji-flat', 'node_modules/emojibase-data'])
    expect(notice).toContain('## @iconify-json/fluent-emoji-flat ')
    expect(notice).toContain('Copyright (c) Microsoft Corporation.')
    expect(notice).toContain('## emojibase-data ')
    expect(notice).toContain('Copyright (c) 2017-2019 Miles Johnson')
    expect(notice.match(/Permission is hereby granted/g)!.length).toBe(2)
  })

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
    // The posters' picture library is a generated file: its packages come from the list it records.
    for (const name of ['@iconify-json/fluent-emoji-flat', 'emojibase-data']) expect(names).toContain(name)
    expect(names).not.toContain('typescript')
    expect(names).not.toContain('esbuild')
  })
})
