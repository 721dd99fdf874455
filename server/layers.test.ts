/**
 * The rule of the house that dependencies point one way (docs/architecture.md): pages and api use
 * services; services and the rooms below them (cache, db, ai, jobs, tts, captions, posters) never
 * import from pages, api or http; pages and api never import from each other; islands never import
 * server code, and what both sides share (shared/) imports from neither. Read from the sources, so a new import that breaks it fails here.
 */
import { describe, expect, test } from 'bun:test'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dir, '..')

const sourcesOf = async (dir: string) =>
  (await readdir(join(ROOT, dir), { recursive: true }))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(ROOT, dir, file))

/** Every `from '…'` specifier of a file, resolved to a path under the root when relative. */
const importsOf = async (file: string) => {
  const text = await readFile(file, 'utf8')
  return [...text.matchAll(/\bfrom\s+'(\.[^']+)'/g)].map((match) => relative(ROOT, join(file, '..', match[1]!)))
}

const violations = async (dirs: readonly string[], forbidden: readonly string[]) => {
  const found: string[] = []
  for (const dir of dirs) {
    for (const file of await sourcesOf(dir)) {
      for (const target of await importsOf(file)) {
        if (forbidden.some((prefix) => target.startsWith(prefix))) found.push(`${relative(ROOT, file)} -> ${target}`)
      }
    }
  }
  return found
}

describe('dependencies point one way', () => {
  test('services and the rooms below them import nothing from pages, api or http', async () => {
    const below = [
      'server/services',
      'server/cache',
      'server/db',
      'server/ai',
      'server/jobs',
      'server/tts',
      'server/captions',
      'server/posters',
    ]
    expect(await violations(below, ['server/pages/', 'server/api/', 'server/http/'])).toEqual([])
  })

  test('pages and api do not import from each other', async () => {
    expect(await violations(['server/pages'], ['server/api/'])).toEqual([])
    expect(await violations(['server/api'], ['server/pages/'])).toEqual([])
  })

  test('islands import no server code; shared/ imports from neither side', async () => {
    expect(await violations(['islands'], ['server/'])).toEqual([])
    expect(await violations(['shared'], ['server/', 'islands/', 'sw/'])).toEqual([])
  })
})
