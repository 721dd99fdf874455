/** Fills `{name}` in a template from the server's messages; an unknown name stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))

/** A counted phrase from its plural templates (server/i18n/plural-templates.ts), the number formatted for `lang`. */
export const counted = (templates: Record<string, string>, lang: string, count: number): string =>
  (templates[new Intl.PluralRules(lang).select(count)] ?? templates.other ?? '{count}').replace(
    '{count}',
    new Intl.NumberFormat(lang).format(count),
  )
