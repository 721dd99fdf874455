/**
 * The rule of the house that dependencies point one way (docs/architecture.md): pages and api use
 * services; services and the rooms below them (cache, db, ai, jobs, tts, captions, posters, uploads, images) never
 * import from pages, api or http; pages and api never import from each other; islands never import
 * server code, and what both sides share (shared/) imports from neither. Read from the sources, so a new import that breaks it fails here.
 */
import { describe, expect, test } from 'bun:test'
import { importGraph } from './testing/import-graph.ts'

const violations = async (dirs: readonly string[], forbidden: readonly string[]) => {
  const found: string[] = []
  for (const [file, targets] of await importGraph(dirs)) {
    for (const target of targets) {
      if (forbidden.some((prefix) => target.startsWith(prefix))) found.push(`${file} -> ${target}`)
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
      'server/uploads',
      'server/images',
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
