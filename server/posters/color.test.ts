import { describe, expect, test } from 'bun:test'
import { contrast, darken, lighten, luminance, mix, safeColor } from './color.ts'

describe('poster colours', () => {
  test('safeColor lets only #rrggbb through', () => {
    expect(safeColor('#AbCdEf', '#000000')).toBe('#abcdef')
    for (const bad of ['red', '#fff', '#12345g', '"/><script>', undefined]) expect(safeColor(bad, '#000000')).toBe('#000000')
  })

  test('mix, darken and lighten move between colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(darken('#ff8800', 1)).toBe('#000000')
    expect(lighten('#ff8800', 1)).toBe('#ffffff')
  })

  test('luminance and contrast follow WCAG', () => {
    expect(luminance('#000000')).toBe(0)
    expect(luminance('#ffffff')).toBe(1)
    expect(contrast('#000000', '#ffffff')).toBe(21)
  })
})
