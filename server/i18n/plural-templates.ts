/**
 * A counted phrase ("6 scenes") as templates per plural category, for an island that fills in a
 * count it only knows in the browser: `{count}` marks the number. Built from the phrase function by
 * asking it for a sample number below 1,000 of each category the language has (French `one` covers
 * 0 and 1; its `many`, for millions, falls back to `other`).
 */
export const pluralTemplates = (lang: string, phrase: (count: number) => string): Record<string, string> => {
  const rules = new Intl.PluralRules(lang)
  const templates: Record<string, string> = {}
  for (const category of rules.resolvedOptions().pluralCategories) {
    for (let sample = 0; sample < 1000; sample++) {
      if (rules.select(sample) !== category) continue
      templates[category] = phrase(sample).replace(String(sample), '{count}')
      break
    }
  }
  return templates
}
