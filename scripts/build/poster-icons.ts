/**
 * Generates the posters' picture library, server/posters/icons/library.json.gz, from Fluent Emoji Flat
 * (the drawings, 8.9 MB of Iconify JSON) and emojibase-data (names and keywords per language, ~50 MB):
 * only the objects, places, animals, food and activities (no faces, people, flags or symbols), only the
 * keywords that name them, keyed the way the poster reads a scene (server/posters/icons/words.ts).
 * The build runs it (scripts/build.ts) and rewrites the file when the packages or the rules changed;
 * a test fails when the committed file is not what this produces.
 *
 *   bun scripts/build/poster-icons.ts          print what would be written (counts and sizes)
 *   bun scripts/build/poster-icons.ts --write  rewrite the library
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { LANGUAGES, type Language } from '../../shared/languages.ts'
import { ICON_BOX, type IconKind, type LibraryData, type LibraryIcon } from '../../server/posters/icons/library-data.ts'
import { isSafeBody } from '../../server/posters/icons/safe-body.ts'
import { ICON_LIBRARY_SOURCES } from '../../server/posters/icons/sources.ts'
import { headLast, keyOf } from '../../server/posters/icons/words.ts'
import { EXTRA_KEYWORDS } from './poster-icons/extra-keywords.ts'
import { ICON_LIBRARY_FILE as LIBRARY_FILE, ROOT } from './paths.ts'

const packageDir = (name: string) => join(ROOT, 'node_modules', name)
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T

interface EmojibaseEntry {
  label: string
  hexcode: string
  tags?: string[]
  group?: number
  subgroup?: number
  order?: number
}
interface IconifySet {
  icons: Record<string, { body: string; width?: number; height?: number }>
}

/** emojibase groups and subgroups (emojibase-data/meta/groups.json) -> what the drawing shows. */
const kindOf = (group: number | undefined, subgroup: number | undefined): IconKind | undefined => {
  if (group === 3) return 'nature'
  if (group === 4) return 'food'
  if (group === 5) {
    if (subgroup !== undefined && subgroup >= 54 && subgroup <= 56) return 'vehicle'
    return subgroup === 59 ? 'sky' : 'place'
  }
  if (group === 6) return 'activity'
  if (group === 7) return 'object'
  return undefined
}

/** The 24 clock faces say a time, not a thing. */
const SAYS_A_TIME = /o’clock|-thirty$/

interface Candidate {
  icon: number
  weight: number
}

/**
 * Weights of where a keyword came from: a curated word, a full name, a name's head, another word of
 * the name ("fromage" in "part de fromage"), a tag.
 */
const WEIGHT = { extra: 5, label: 4, head: 3, modifier: 2.5, tag: 2 } as const
/** A tag shared by more drawings than this ("food", "vehicle", "comida") says nothing about a scene. */
const MAX_ICONS_PER_TAG = 6
/** How many drawings one keyword keeps: the best, and the next ones for supporting pictures. */
const ICONS_PER_KEY = 3

export const generateLibrary = async (): Promise<LibraryData> => {
  const iconDir = packageDir('@iconify-json/fluent-emoji-flat')
  const [set, chars, english] = await Promise.all([
    readJson<IconifySet>(join(iconDir, 'icons.json')),
    readJson<Record<string, string>>(join(iconDir, 'chars.json')),
    readJson<EmojibaseEntry[]>(join(packageDir('emojibase-data'), 'en', 'data.json')),
  ])

  // The drawings: one per emoji of the chosen groups, in emoji order, safe bodies only.
  const chosen: Array<{ hexcode: string; icon: LibraryIcon; order: number }> = []
  for (const entry of english) {
    const kind = kindOf(entry.group, entry.subgroup)
    if (!kind || SAYS_A_TIME.test(entry.label)) continue
    const hex = entry.hexcode.toLowerCase()
    const name = chars[hex] ?? chars[hex.replace(/-fe0f/g, '')]
    const drawing = name ? set.icons[name] : undefined
    if (!name || !drawing || !isSafeBody(drawing.body) || (drawing.width ?? ICON_BOX) !== ICON_BOX) continue
    const icon: LibraryIcon = { name, kind, body: drawing.body }
    if (drawing.height && drawing.height !== ICON_BOX) icon.height = drawing.height
    chosen.push({ hexcode: entry.hexcode, icon, order: entry.order ?? 0 })
  }
  const byHex = new Map(chosen.map((item, index) => [item.hexcode, index]))
  const byName = new Map(chosen.map((item, index) => [item.icon.name, index]))

  const keysByLanguage = {} as Record<Language, Map<string, Candidate[]>>
  for (const language of LANGUAGES) {
    const keys = new Map<string, Candidate[]>()
    const addKey = (key: string, icon: number, weight: number) => {
      const list = keys.get(key) ?? []
      const found = list.find((candidate) => candidate.icon === icon)
      if (found) found.weight = Math.max(found.weight, weight)
      else list.push({ icon, weight })
      keys.set(key, list)
    }
    /** A phrase, and each of its words on its own: the head ("island" of "desert island") above the others. */
    const addPhrase = (text: string, icon: number, weight: number, headWeight: number, otherWeight: number) => {
      const stems = keyOf(text, language).split(' ').filter(Boolean)
      if (stems.length === 0) return
      addKey(stems.join(' '), icon, weight)
      if (stems.length === 1) return
      const head = headLast(language) ? stems.length - 1 : 0
      for (const [index, stem] of stems.entries()) addKey(stem, icon, index === head ? headWeight : otherWeight)
    }
    const entries =
      language === 'en' ? english : await readJson<EmojibaseEntry[]>(join(packageDir('emojibase-data'), language, 'data.json'))
    for (const entry of entries) {
      const icon = byHex.get(entry.hexcode)
      if (icon === undefined) continue
      addPhrase(entry.label, icon, WEIGHT.label, WEIGHT.head, WEIGHT.modifier)
      for (const tag of entry.tags ?? []) addPhrase(tag, icon, WEIGHT.tag, WEIGHT.tag, WEIGHT.tag)
    }
    // The Iconify names are English CLDR names too ("cheese-wedge"), sometimes the older ones.
    if (language === 'en')
      for (const [name, icon] of byName) addPhrase(name.replaceAll('-', ' '), icon, WEIGHT.label, WEIGHT.head, WEIGHT.modifier)
    for (const [word, names] of Object.entries(EXTRA_KEYWORDS[language])) {
      for (const name of names) {
        const icon = byName.get(name)
        if (icon === undefined) throw new Error(`extra keyword "${word}" (${language}): no drawing named ${name}`)
        const key = keyOf(word, language)
        if (!key) throw new Error(`extra keyword "${word}" (${language}) is only stop words`)
        addKey(key, icon, WEIGHT.extra - names.indexOf(name) * 0.1)
      }
    }
    keysByLanguage[language] = keys
  }

  // Keep the telling keys, best drawings first; then only the drawings some key reaches.
  const reached = new Set<number>()
  const ranked = {} as Record<Language, Array<[string, number[]]>>
  for (const language of LANGUAGES) {
    const rows: Array<[string, number[]]> = []
    for (const [key, list] of keysByLanguage[language]) {
      const best = Math.max(...list.map((candidate) => candidate.weight))
      if (best <= WEIGHT.tag && list.length > MAX_ICONS_PER_TAG) continue
      const icons = list
        .sort((a, b) => b.weight - a.weight || chosen[a.icon]!.order - chosen[b.icon]!.order)
        .slice(0, ICONS_PER_KEY)
        .map((candidate) => candidate.icon)
      for (const icon of icons) reached.add(icon)
      rows.push([key, icons])
    }
    ranked[language] = rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
  const kept = [...reached].sort((a, b) => a - b)
  const renumber = new Map(kept.map((old, index) => [old, index]))

  const sources = await Promise.all(
    ICON_LIBRARY_SOURCES.map(async (name) => {
      const manifest = await readJson<{ version: string; license: string }>(join(packageDir(name), 'package.json'))
      return { package: name, version: manifest.version, licence: manifest.license }
    }),
  )
  return {
    sources,
    icons: kept.map((index) => chosen[index]!.icon),
    keys: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        Object.fromEntries(ranked[language].map(([key, icons]) => [key, icons.map((icon) => renumber.get(icon)!)])),
      ]),
    ) as LibraryData['keys'],
  }
}

/** The library as the file stores it. */
export const encodeLibrary = (data: LibraryData): Uint8Array => gzipSync(JSON.stringify(data), { level: 9 })

/** Reads the committed library back, for comparing contents (gzip bytes may differ between zlib versions). */
export const readCommittedLibrary = async (): Promise<LibraryData | undefined> => {
  const file = Bun.file(LIBRARY_FILE)
  if (!(await file.exists())) return undefined
  return JSON.parse(gunzipSync(await file.bytes()).toString('utf8')) as LibraryData
}

/** Writes the library when its contents changed. @returns the file's size in bytes */
export const writeLibrary = async (): Promise<{ bytes: number; changed: boolean; icons: number }> => {
  const data = await generateLibrary()
  const committed = await readCommittedLibrary()
  const changed = JSON.stringify(committed) !== JSON.stringify(data)
  if (changed) await Bun.write(LIBRARY_FILE, encodeLibrary(data))
  return { bytes: Bun.file(LIBRARY_FILE).size, changed, icons: data.icons.length }
}

if (import.meta.main) {
  if (process.argv.includes('--write')) {
    const result = await writeLibrary()
    console.log(`${LIBRARY_FILE}: ${result.icons} drawings, ${result.bytes} bytes${result.changed ? ' (rewritten)' : ' (unchanged)'}`)
  } else {
    const data = await generateLibrary()
    const json = JSON.stringify(data)
    const bodies = data.icons.reduce((total, icon) => total + icon.body.length, 0)
    console.log(
      `${data.icons.length} drawings (${bodies} bytes of SVG), JSON ${json.length} bytes, gzip ${encodeLibrary(data).byteLength} bytes`,
    )
    for (const language of LANGUAGES) console.log(`${language}: ${Object.keys(data.keys[language]).length} keys`)
  }
}
