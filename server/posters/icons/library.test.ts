import { describe, expect, test } from 'bun:test'
import { budgets } from '../../../scripts/budgets.ts'
import { ICON_LIBRARY_FILE } from '../../../scripts/build/paths.ts'
import { generateLibrary, readCommittedLibrary } from '../../../scripts/build/poster-icons.ts'
import { LANGUAGES } from '../../../shared/languages.ts'
import { ICON_KINDS } from './library-data.ts'
import { iconLibrary } from './library.ts'
import { isSafeBody } from './safe-body.ts'
import { ICON_LIBRARY_SOURCES } from './sources.ts'

describe('the picture library', () => {
  test('the committed file is what the generator makes from the installed packages (regenerate with --write)', async () => {
    expect(await readCommittedLibrary()).toEqual(await generateLibrary())
  })

  test('fits its size budget (scripts/budgets.ts), embedded as it is', () => {
    expect(Bun.file(ICON_LIBRARY_FILE).size).toBeLessThanOrEqual(budgets.posterLibraryGzip)
  })

  test('records the packages it is made from, at their installed versions', async () => {
    const library = iconLibrary()
    expect(library.sources.map((source) => source.package)).toEqual([...ICON_LIBRARY_SOURCES])
    for (const source of library.sources) {
      const manifest = await Bun.file(`node_modules/${source.package}/package.json`).json()
      expect({ version: source.version, licence: source.licence }).toEqual({ version: manifest.version, licence: 'MIT' })
    }
  })

  test('only safe drawings of things, places, animals, food and activities', () => {
    const library = iconLibrary()
    expect(library.icons.length).toBeGreaterThan(500)
    for (const icon of library.icons) {
      expect({ name: icon.name, safe: isSafeBody(icon.body) }).toEqual({ name: icon.name, safe: true })
      expect(ICON_KINDS).toContain(icon.kind)
    }
    const names = new Set(library.icons.map((icon) => icon.name))
    for (const excluded of ['grinning-face', 'flag-france', 'red-heart', 'thumbs-up', 'person-biking', 'one-oclock']) {
      expect(names.has(excluded)).toBe(false)
    }
  })

  test('every language has keywords, each pointing at drawings in the library', () => {
    const library = iconLibrary()
    for (const language of LANGUAGES) {
      const keys = Object.entries(library.keys[language])
      expect(keys.length).toBeGreaterThan(1500)
      for (const [, icons] of keys) for (const icon of icons) expect(library.icons[icon]).toBeDefined()
    }
  })
})

describe('isSafeBody', () => {
  test('refuses anything active or pointing outside the drawing', () => {
    expect(isSafeBody('<g fill="none"><path fill="#fff" d="M0 0h1v1z"/></g>')).toBe(true)
    expect(isSafeBody('<path fill="url(#a)" d="M0 0"/><defs><linearGradient id="a"><stop offset="0"/></linearGradient></defs>')).toBe(true)
    expect(isSafeBody('<script>alert(1)</script>')).toBe(false)
    expect(isSafeBody('<path onload="alert(1)" d="M0 0"/>')).toBe(false)
    expect(isSafeBody('<use href="#a"/>')).toBe(false)
    expect(isSafeBody('<path fill="url(https://example.com/x)" d="M0 0"/>')).toBe(false)
    expect(isSafeBody('<image width="1"/>')).toBe(false)
    expect(isSafeBody('<path d="M0 0"/>text<')).toBe(false)
  })
})
