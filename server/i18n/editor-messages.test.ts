import { describe, expect, test } from 'bun:test'
import { LANGUAGES } from '../ai/storyboard.ts'
import { editorMessages } from './editor-messages.ts'
import { messagesFor } from './index.ts'

/** Every leaf text, by its path. */
const leaves = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as object).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))

describe('editor texts', () => {
  const english = new Map(leaves(editorMessages('en', messagesFor('en'))))
  test.each([...LANGUAGES])('%s has every text, none blank, with the same placeholders as English', (lang) => {
    const texts = new Map(leaves(editorMessages(lang, messagesFor(lang))))
    expect([...texts.keys()].filter((key) => !key.startsWith('scenes.')).sort()).toEqual(
      [...english.keys()].filter((key) => !key.startsWith('scenes.')).sort(),
    )
    for (const [key, text] of texts) {
      expect({ key, blank: text.trim() === '' }).toEqual({ key, blank: false })
      const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()
      if (!key.startsWith('scenes.'))
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key)!) })
    }
  })
})
