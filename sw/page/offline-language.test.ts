import { describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { join } from 'node:path'
import { LANGUAGES } from '../../server/ai/storyboard.ts'
import { messagesFor } from '../../server/i18n/index.ts'
import { pickLanguage, showOfflinePage } from './offline-language.ts'

const OFFLINE_HTML = join(import.meta.dir, '../../static/public/offline.html')
const load = async () => {
  const window = new Window({ url: 'http://localhost/offline.html' })
  window.document.write(await Bun.file(OFFLINE_HTML).text())
  return window.document as unknown as Document
}

describe('the offline page', () => {
  test('holds every UI language’s texts from server/i18n, English shown until the script picks', async () => {
    const document = await load()
    const sections = [...document.querySelectorAll<HTMLElement>('main[lang]')]
    expect(sections.map((section) => section.lang)).toEqual([...LANGUAGES])
    for (const section of sections) {
      const t = messagesFor(section.lang as (typeof LANGUAGES)[number]).offline
      const [lead, still] = [...section.querySelectorAll('p')].map((p) => p.textContent!.trim())
      expect({
        title: section.dataset.title,
        heading: section.querySelector('h1')!.textContent,
        lead,
        still,
        link: section.querySelector('a[href="/"]')!.textContent,
      }).toEqual({ title: t.title, heading: t.heading, lead: t.lead, still: `${t.still} ${t.tryStart}.`, link: t.tryStart })
      expect(section.hidden).toBe(section.lang !== 'en')
    }
  })

  test.each([
    [['de-AT', 'en'], 'de', 'Sie sind offline'],
    [['pt-BR'], 'pt', 'Você está sem conexão'],
    [['nl', 'fr-CA'], 'fr', 'Vous êtes hors ligne'],
    [['ja'], 'en', 'You are offline'],
  ])('a browser preferring %p reads it in %s', async (preferred, lang, heading) => {
    const document = await load()
    showOfflinePage(document, preferred)
    const shown = [...document.querySelectorAll<HTMLElement>('main[lang]')].filter((section) => !section.hidden)
    expect(shown.map((section) => section.lang)).toEqual([lang])
    expect(shown[0]!.querySelector('h1')!.textContent).toBe(heading)
    expect(document.documentElement.lang).toBe(lang)
    expect(document.title).toBe(messagesFor(lang as 'en').offline.title)
  })

  test('pickLanguage: an exact tag, then its language, in the browser’s order; nothing when none fits', () => {
    expect(pickLanguage(['es-MX', 'it'], ['en', 'es', 'it'])).toBe('es')
    expect(pickLanguage(['IT'], ['en', 'it'])).toBe('it')
    expect(pickLanguage(['ja', 'ko'], ['en', 'es'])).toBeUndefined()
  })
})
