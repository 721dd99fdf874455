/**
 * The offline page (static/public/offline.html) holds its few sentences in every UI language, one
 * `<main lang>` each, English shown: the worker serves it for any page it has no copy of, without
 * knowing whose it is, so the browser's own language list picks (a region falls back to its language).
 */
export const pickLanguage = (preferred: readonly string[], available: readonly string[]): string | undefined => {
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    const match = available.find((lang) => lang === lower) ?? available.find((lang) => lang === lower.split('-')[0])
    if (match) return match
  }
  return undefined
}

/** Shows the section in the best language of `preferred`, and names the document after it. */
export const showOfflinePage = (document: Document, preferred: readonly string[]) => {
  const sections = [...document.querySelectorAll<HTMLElement>('main[lang]')]
  const chosen = pickLanguage(
    preferred,
    sections.map((section) => section.lang),
  )
  const section = sections.find((candidate) => candidate.lang === chosen)
  if (!section) return
  for (const other of sections) other.hidden = other !== section
  document.documentElement.lang = section.lang
  if (section.dataset.title) document.title = section.dataset.title
}
