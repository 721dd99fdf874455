import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../../../storyboard.ts'
import { fill, phraseBookSchema } from './schema.ts'

const books = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await Bun.file(new URL(`./${language}.json`, import.meta.url)).json()])),
)

/** Every section a book writes, with the slots each of its lines names: the same structure in every language. */
const shape = (book: Record<string, unknown>): string[] => {
  const paths: string[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) paths.push(path)
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`)
  }
  walk({ common: book.common, kinds: book.kinds }, '')
  return paths.sort()
}

describe.each(LANGUAGES)('%s phrase book', (language) => {
  test('matches the schema: every line has its three texts, every slot exists', () => {
    const result = phraseBookSchema.safeParse(books[language])
    expect(result.error?.issues ?? []).toEqual([])
  })

  test('writes the same sections as the English one', () => {
    expect(shape(books[language])).toEqual(shape(books.en))
  })
})

test('the schema refuses a slot that does not exist and a missing section', () => {
  const broken = structuredClone(books.en)
  broken.kinds.howto.step[0].say = 'Step {number}: {item}.'
  delete broken.common.price
  const issues = phraseBookSchema.safeParse(broken).error?.issues.map((issue) => issue.path.join('.'))
  expect(issues).toEqual(expect.arrayContaining(['kinds.howto.step.0.say', 'common.price']))
})

test('fill inserts slots as typed or capitalised, and gives null when one is missing', () => {
  expect(fill('{Item}, then {item}.', { item: 'folds flat' })).toBe('Folds flat, then folds flat.')
  expect(fill('Made {audience}.', { audience: null })).toBeNull()
})
