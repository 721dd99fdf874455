/** Colour helpers for posters: every colour that reaches the SVG passes through `toHex`, so it is always #rrggbb. */

type Rgb = [number, number, number]

const HEX = /^#[0-9a-f]{6}$/i

/** The colour if it is a #rrggbb string, else the fallback: palette values never reach an attribute unchecked. */
export const safeColor = (value: string | undefined, fallback: string): string =>
  value && HEX.test(value) ? value.toLowerCase() : fallback

const toRgb = (hex: string): Rgb => {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

const toHex = (rgb: Rgb): string =>
  `#${rgb
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`

/** `t` of the way from a to b (0 → a, 1 → b). */
export const mix = (a: string, b: string, t: number): string => {
  const from = toRgb(a)
  const to = toRgb(b)
  return toHex([0, 1, 2].map((index) => from[index]! + (to[index]! - from[index]!) * t) as Rgb)
}

export const darken = (color: string, t: number): string => mix(color, '#000000', t)
export const lighten = (color: string, t: number): string => mix(color, '#ffffff', t)

/** WCAG relative luminance, 0 (black) to 1 (white). */
export const luminance = (color: string): number => {
  const linear = toRgb(color).map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!
}

/** WCAG contrast ratio, 1 to 21. */
export const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
