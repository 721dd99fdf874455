/** Just enough colour math to shade a palette: hex ↔ HSL. */

export interface Hsl {
  /** 0-360 */
  h: number
  /** 0-1 */
  s: number
  /** 0-1 */
  l: number
}

export const hexToHsl = (hex: string): Hsl => {
  const value = Number.parseInt(hex.slice(1), 16)
  const r = ((value >> 16) & 255) / 255
  const g = ((value >> 8) & 255) / 255
  const b = (value & 255) / 255
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  if (max === min) return { h: 0, s: 0, l }
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return { h: h * 60, s, l }
}

export const hslToHex = ({ h, s, l }: Hsl): string => {
  const hue = ((h % 360) + 360) % 360
  const sat = Math.min(1, Math.max(0, s))
  const light = Math.min(1, Math.max(0, l))
  const k = (n: number) => (n + hue / 30) % 12
  const a = sat * Math.min(light, 1 - light)
  const channel = (n: number) => {
    const value = light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

/** Moves a colour in HSL space; lightness and saturation are clamped to 0-1. */
export const adjust = (hex: string, change: Partial<Hsl>): string => {
  const hsl = hexToHsl(hex)
  return hslToHex({ h: hsl.h + (change.h ?? 0), s: hsl.s + (change.s ?? 0), l: hsl.l + (change.l ?? 0) })
}
