import { describe, expect, test } from 'bun:test'
import { VIDEO_STYLES } from '../storyboard.ts'
import { adjust, hexToHsl, hslToHex } from './color.ts'
import { choosePalette, scenePalette, STYLE_PALETTES } from './palettes.ts'
import { createRandom } from './random.ts'

describe('colour math', () => {
  test('hex → HSL → hex is lossless for palette colours', () => {
    for (const style of VIDEO_STYLES)
      for (const palette of STYLE_PALETTES[style]) for (const hex of palette) expect(hslToHex(hexToHsl(hex))).toBe(hex)
  })

  test('adjust clamps lightness and wraps hue', () => {
    expect(adjust('#808080', { l: 2 })).toBe('#ffffff')
    expect(adjust('#ff0000', { h: 360 })).toBe('#ff0000')
  })
})

describe('palettes', () => {
  test('a style’s palette, bent by the mood, five valid colours', () => {
    const palette = choosePalette('noir', 'mysterious', createRandom('p'))
    expect(palette).toHaveLength(5)
    for (const colour of palette) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
    expect(hexToHsl(palette[0]!).l).toBeLessThan(0.15)
  })

  test('the payoff is lighter than the hook; the ink colour never moves', () => {
    const base = STYLE_PALETTES.cinematic[0]!
    const hook = scenePalette(base, 'hook', 0)
    const payoff = scenePalette(base, 'payoff', 0)
    expect(hexToHsl(payoff[0]!).l).toBeGreaterThan(hexToHsl(hook[0]!).l)
    expect(hook[4]).toBe(base[4]!)
  })
})
