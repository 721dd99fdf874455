import type { Language } from '../../../shared/languages.ts'

/** What kind of thing an illustration shows, which decides where a composition puts it. */
export const ICON_KINDS = ['nature', 'food', 'place', 'vehicle', 'sky', 'activity', 'object'] as const
export type IconKind = (typeof ICON_KINDS)[number]

export interface LibraryIcon {
  /** The Iconify name, e.g. "desert-island". */
  name: string
  kind: IconKind
  /** SVG markup drawn in a 0 0 32 32 box: shapes and gradients only, checked by the generator. */
  body: string
  /** The drawing's height when it is not {@link ICON_BOX} (a few are 33 tall); always 32 wide. */
  height?: number
}

/**
 * The picture library as scripts/build/poster-icons.ts writes it (gzipped JSON): the illustrations
 * reachable from some keyword, and per language keyword key (see `keyOf`) -> icon indexes, best first.
 */
export interface LibraryData {
  sources: Array<{ package: string; version: string; licence: string }>
  icons: LibraryIcon[]
  keys: Record<Language, Record<string, number[]>>
}

/** The box every Fluent Emoji Flat drawing is made in. */
export const ICON_BOX = 32
