import type { ShotType } from '../ai/storyboard.ts'
import { darken, lighten, mix } from './color.ts'
import type { Dice } from './seeded.ts'

/**
 * One drawing per shot type, so a storyboard's posters read like its camera plan: wide shots are
 * landscapes, close-ups a single large form, overhead shots a table seen from above, and so on.
 * Each returns SVG markup (shapes only, no text, no references outside the document). These are the
 * posters of scenes whose description names nothing the picture library draws (icon-compositions.ts).
 */

export interface PosterColors {
  background: string
  secondary: string
  accent: string
  highlight: string
}

export interface Canvas {
  width: number
  height: number
  colors: PosterColors
  dice: Dice
  /** Prefix for ids of gradients defined by a composition, unique per poster. */
  id: string
}

/** Coordinates with one decimal: enough for the eye, and the same string on every machine. */
export const n = (value: number): string => String(Math.round(value * 10) / 10)

/** A smooth closed ridge through points, filled down to the bottom edge (quadratic curves through midpoints). */
export const ridge = (points: Array<[number, number]>, width: number, height: number): string => {
  let path = `M0 ${n(height)} L${n(points[0]![0])} ${n(points[0]![1])}`
  for (let index = 0; index < points.length - 1; index++) {
    const [x, y] = points[index]!
    const [nextX, nextY] = points[index + 1]!
    path += ` Q${n(x)} ${n(y)} ${n((x + nextX) / 2)} ${n((y + nextY) / 2)}`
  }
  const [lastX, lastY] = points[points.length - 1]!
  return `${path} L${n(lastX)} ${n(lastY)} L${n(width)} ${n(height)} Z`
}

export const skyGradient = (c: Canvas, top: string, bottom: string): string =>
  `<defs><linearGradient id="${c.id}-sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
  `<rect width="${c.width}" height="${c.height}" fill="url(#${c.id}-sky)"/>`

export const sun = (c: Canvas, cx: number, cy: number, r: number): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 2.4)}" fill="${c.colors.accent}" opacity="0.12"/>` +
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 1.5)}" fill="${c.colors.accent}" opacity="0.2"/>` +
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${lighten(c.colors.accent, 0.15)}"/>`

const wide = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const short = Math.min(width, height)
  let svg = skyGradient(c, darken(colors.background, 0.2), mix(colors.background, colors.highlight, 0.35))
  svg += sun(c, width * dice.range(0.25, 0.75), height * dice.range(0.3, 0.42), short * 0.09)
  for (let layer = 0; layer < 3; layer++) {
    const base = height * (0.56 + layer * 0.1)
    const amplitude = height * (0.07 - layer * 0.015)
    const points: Array<[number, number]> = Array.from({ length: 9 }, (_, index) => [
      (width / 8) * index,
      base - amplitude * dice.range(0.2, 1),
    ])
    const color = darken(mix(colors.secondary, colors.background, 0.5 - layer * 0.2), layer * 0.18)
    svg += `<path d="${ridge(points, width, height)}" fill="${color}"/>`
  }
  return svg
}

const establishing = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const horizon = height * 0.72
  let svg = skyGradient(c, darken(colors.background, 0.3), mix(colors.background, colors.accent, 0.25))
  svg += sun(c, width * dice.range(0.6, 0.85), height * 0.22, Math.min(width, height) * 0.06)
  for (const [layer, shade] of [
    [0, 0.35],
    [1, 0.6],
  ] as const) {
    let x = -dice.range(0, width * 0.03)
    while (x < width) {
      const buildingWidth = width * dice.range(0.04, 0.09)
      const buildingHeight = height * dice.range(0.1, layer === 0 ? 0.36 : 0.26)
      const top = horizon - buildingHeight + layer * height * 0.04
      svg += `<rect x="${n(x)}" y="${n(top)}" width="${n(buildingWidth + 1)}" height="${n(horizon - top + 2)}" fill="${darken(colors.secondary, shade)}"/>`
      if (layer === 1) {
        for (let row = top + 14; row < horizon - 10; row += 22) {
          if (dice.next() < 0.35) {
            svg += `<rect x="${n(x + buildingWidth * 0.3)}" y="${n(row)}" width="${n(buildingWidth * 0.4)}" height="6" fill="${colors.highlight}" opacity="0.55"/>`
          }
        }
      }
      x += buildingWidth
    }
  }
  return `${svg}<rect y="${n(horizon)}" width="${width}" height="${n(height - horizon)}" fill="${darken(colors.background, 0.55)}"/>`
}

const medium = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const short = Math.min(width, height)
  const cx = width * dice.pick([0.38, 0.5, 0.62])
  const head = short * 0.085
  const headY = height * 0.44
  const archWidth = short * 0.62
  const archTop = height * 0.16
  let svg = skyGradient(c, colors.background, darken(colors.background, 0.3))
  svg += `<path d="M${n(cx - archWidth / 2)} ${n(height)} V${n(archTop + archWidth / 2)} A${n(archWidth / 2)} ${n(archWidth / 2)} 0 0 1 ${n(cx + archWidth / 2)} ${n(archTop + archWidth / 2)} V${n(height)} Z" fill="${colors.secondary}" opacity="0.55"/>`
  svg += `<circle cx="${n(cx)}" cy="${n(headY)}" r="${n(head * 1.55)}" fill="none" stroke="${colors.accent}" stroke-width="${n(head * 0.14)}" opacity="0.85"/>`
  const figure = darken(colors.secondary, 0.65)
  svg += `<circle cx="${n(cx)}" cy="${n(headY)}" r="${n(head)}" fill="${figure}"/>`
  svg += `<path d="M${n(cx - head * 2.8)} ${n(height)} C${n(cx - head * 2.6)} ${n(headY + head * 1.6)} ${n(cx - head * 1.2)} ${n(headY + head * 1.3)} ${n(cx)} ${n(headY + head * 1.3)} C${n(cx + head * 1.2)} ${n(headY + head * 1.3)} ${n(cx + head * 2.6)} ${n(headY + head * 1.6)} ${n(cx + head * 2.8)} ${n(height)} Z" fill="${figure}"/>`
  return svg
}

export const orbGradient = (c: Canvas): string =>
  `<defs><radialGradient id="${c.id}-orb" cx="0.38" cy="0.35" r="0.75"><stop offset="0" stop-color="${lighten(c.colors.accent, 0.35)}"/><stop offset="0.6" stop-color="${c.colors.accent}"/><stop offset="1" stop-color="${darken(c.colors.accent, 0.45)}"/></radialGradient></defs>`

const closeUp = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const r = Math.min(width, height) * 0.28
  const cx = width * dice.range(0.42, 0.58)
  const cy = height * 0.46
  let svg = skyGradient(c, mix(colors.background, colors.secondary, 0.3), darken(colors.background, 0.35)) + orbGradient(c)
  for (const [scale, opacity] of [
    [1.5, 0.12],
    [1.3, 0.2],
    [1.14, 0.3],
  ] as const) {
    svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * scale)}" fill="none" stroke="${colors.highlight}" stroke-width="3" opacity="${opacity}"/>`
  }
  svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="url(#${c.id}-orb)"/>`
  return `${svg}<ellipse cx="${n(cx - r * 0.35)}" cy="${n(cy - r * 0.4)}" rx="${n(r * 0.28)}" ry="${n(r * 0.16)}" fill="#ffffff" opacity="0.25"/>`
}

const extremeCloseUp = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const r = Math.max(width, height) * 0.5
  const cx = width * dice.range(0.55, 0.7)
  const cy = height * dice.range(0.45, 0.6)
  let svg = `<rect width="${width}" height="${height}" fill="${darken(colors.background, 0.3)}"/>${orbGradient(c)}`
  svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="url(#${c.id}-orb)"/>`
  for (let ring = 1; ring <= 12; ring++) {
    svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * (0.2 + ring * 0.065))}" fill="none" stroke="${colors.highlight}" stroke-width="${n(1.5 + (ring % 3))}" opacity="${n(0.08 + (ring % 4) * 0.05)}"/>`
  }
  svg += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.16)}" fill="${darken(colors.accent, 0.7)}"/>`
  return `${svg}<circle cx="${n(cx - r * 0.06)}" cy="${n(cy - r * 0.07)}" r="${n(r * 0.035)}" fill="#ffffff" opacity="0.8"/>`
}

const overhead = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const cell = Math.min(width, height) * 0.12
  let svg = `<rect width="${width}" height="${height}" fill="${mix(colors.background, colors.secondary, 0.2)}"/>`
  let grid = ''
  for (let x = cell; x < width; x += cell) grid += `M${n(x)} 0V${n(height)}`
  for (let y = cell; y < height; y += cell) grid += `M0 ${n(y)}H${n(width)}`
  svg += `<path d="${grid}" stroke="${colors.secondary}" stroke-width="2" opacity="0.35" fill="none"/>`
  const items = 7
  for (let index = 0; index < items; index++) {
    const x = Math.round(dice.range(1, width / cell - 1)) * cell
    const y = Math.round(dice.range(1, height / cell - 1)) * cell
    const r = cell * dice.range(0.4, 1.2)
    const fill = dice.pick([colors.accent, colors.highlight, colors.secondary])
    svg += `<circle cx="${n(x + r * 0.12)}" cy="${n(y + r * 0.12)}" r="${n(r)}" fill="#000000" opacity="0.18"/>`
    svg += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"/>`
    if (index % 2 === 0)
      svg += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.55)}" fill="none" stroke="${darken(fill, 0.25)}" stroke-width="3"/>`
  }
  return svg
}

const tracking = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const r = Math.min(width, height) * 0.12
  const cx = width * 0.64
  const cy = height * dice.range(0.38, 0.5)
  let svg = skyGradient(c, mix(colors.background, colors.secondary, 0.25), darken(colors.background, 0.25))
  for (let index = 0; index < 14; index++) {
    const y = dice.range(0.08, 0.92) * height
    const x = dice.range(-0.1, 0.8) * width
    const length = width * dice.range(0.12, 0.4)
    svg += `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + length)}" y2="${n(y - length * 0.12)}" stroke="${dice.pick([colors.highlight, colors.secondary, colors.accent])}" stroke-width="${n(dice.range(2, 10))}" stroke-linecap="round" opacity="${n(dice.range(0.15, 0.5))}"/>`
  }
  for (const [offset, opacity] of [
    [2.7, 0.1],
    [1.8, 0.2],
    [0.9, 0.35],
  ] as const) {
    svg += `<circle cx="${n(cx - r * offset)}" cy="${n(cy + r * offset * 0.12)}" r="${n(r)}" fill="${colors.accent}" opacity="${opacity}"/>`
  }
  return `${svg}<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${colors.accent}"/>`
}

const pov = (c: Canvas): string => {
  const { width, height, colors, dice } = c
  const vx = width * dice.range(0.42, 0.58)
  const vy = height * 0.42
  let svg = skyGradient(c, darken(colors.background, 0.15), mix(colors.background, colors.highlight, 0.25))
  svg += `<path d="M${n(vx)} ${n(vy)} L${n(width)} ${n(height)} H0 Z" fill="${darken(colors.secondary, 0.3)}"/>`
  let rays = ''
  for (let index = 0; index <= 10; index++) rays += `M${n(vx)} ${n(vy)} L${n((width / 10) * index)} ${n(height)}`
  svg += `<path d="${rays}" stroke="${colors.highlight}" stroke-width="2" opacity="0.22" fill="none"/>`
  svg += `<circle cx="${n(vx)}" cy="${n(vy)}" r="${n(Math.min(width, height) * 0.05)}" fill="none" stroke="${colors.accent}" stroke-width="4"/>`
  const arm = Math.min(width, height) * 0.07
  const inset = Math.min(width, height) * 0.15
  // A viewfinder, minus its bottom-left corner, where the on-screen text sits.
  const corners: Array<[number, number, number, number]> = [
    [inset, inset, 1, 1],
    [width - inset, inset, -1, 1],
    [width - inset, height - inset, -1, -1],
  ]
  const brackets = corners.map(([x, y, dx, dy]) => `M${n(x)} ${n(y + arm * dy)} V${n(y)} H${n(x + arm * dx)}`).join('')
  return `${svg}<path d="${brackets}" stroke="#ffffff" stroke-width="5" fill="none" opacity="0.75"/>`
}

export const COMPOSITIONS: Readonly<Record<ShotType, (canvas: Canvas) => string>> = {
  wide,
  establishing,
  medium,
  'close-up': closeUp,
  'extreme close-up': extremeCloseUp,
  overhead,
  tracking,
  pov,
}
