/** The exported file's name: the video title as a slug, so it is safe on every file system. */

/** Used when the title has no letters or digits to keep (e.g. only emoji). */
export const FALLBACK_SLUG = 'reelsmith-video'
const MAX_SLUG_LENGTH = 60
/** Latin letters that NFKD does not split into a base letter plus an accent. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' }

/**
 * Lower-case ASCII letters, digits and single dashes: accents are dropped ("Café" → "cafe", "ß" → "ss"),
 * everything else becomes a dash, and the result is cut at a word boundary near 60 characters.
 */
export const slugify = (title: string): string => {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LETTERS[letter]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug || FALLBACK_SLUG
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

/** `My Trip!` → `my-trip.webm` */
export const exportFileName = (title: string, extension = 'webm'): string => `${slugify(title)}.${extension}`
