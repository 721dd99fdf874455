import { describe, expect, test } from 'bun:test'
import { exportFileName, FALLBACK_SLUG, slugify } from './file-name.ts'

describe('slugify', () => {
  test.each([
    ['My Trip to Lisbon', 'my-trip-to-lisbon'],
    ['  Hello,   World!!  ', 'hello-world'],
    ['Café crème brûlée', 'cafe-creme-brulee'],
    ['Über Straße', 'uber-strasse'],
    ['Smørrebrød Łódź', 'smorrebrod-lodz'],
    ['2024: the year / in review', '2024-the-year-in-review'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%p → %p', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  test('a title with nothing to keep falls back to a fixed name', () => {
    expect(slugify('🎬🎥')).toBe(FALLBACK_SLUG)
    expect(slugify('   ')).toBe(FALLBACK_SLUG)
  })

  test('a long title is cut at a word boundary, at most 60 characters, without a trailing dash', () => {
    const slug = slugify('A very long title about the many wonderful things we saw on our holiday by the sea')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('a-very-long-title-about-the-many-wonderful-things-we-saw-on')
  })

  test('a single very long word is cut at 60 characters', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(60))
  })
})

describe('exportFileName', () => {
  test('is the slug with the extension', () => {
    expect(exportFileName('Sunrise over Porto')).toBe('sunrise-over-porto.webm')
    expect(exportFileName('Sunrise', 'mp4')).toBe('sunrise.mp4')
  })
})
