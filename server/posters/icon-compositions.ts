import type { ShotType } from '../ai/storyboard.ts'
import { darken, lighten, mix } from './color.ts'
import { n, orbGradient, ridge, skyGradient, sun, type Canvas } from './compositions.ts'
import { ICON_BOX, type LibraryIcon } from './icons/library-data.ts'
import type { IconMatch } from './icons/match.ts'
import { TONE_MATRICES, type Mood } from './mood.ts'

/**
 * Posters drawn from what the scene is about: the matched illustrations (a hero and up to two
 * supporting ones) set into a backdrop painted with the scene's palette, placed by the shot type
 * (close-up: the hero fills the frame; wide: small in a landscape; establishing: several on a
 * horizon) and treated by the video's mood. Shapes only, every id prefixed per poster and placement.
 */

interface Placement {
  icon: LibraryIcon
  x: number
  y: number
  size: number
  opacity?: number
  /** A soft shadow under it, for things standing on a surface. */
  shadow?: boolean
}

/** Ids inside a drawing (gradients, clip paths) made unique to one placement on one poster. */
const prefixIds = (body: string, prefix: string): string =>
  body.replace(/\bid="([\w-]+)"/g, `id="${prefix}$1"`).replace(/url\(#([\w-]+)\)/g, `url(#${prefix}$1)`)

const placeIcon = (c: Canvas, mood: Mood, placement: Placement, index: number): string => {
  const { icon, x, y, size } = placement
  const height = icon.height ?? ICON_BOX
  const tilt = mood.tilt ? c.dice.range(-mood.tilt, mood.tilt) : 0
  const scale = size / ICON_BOX
  let svg = ''
  if (placement.shadow)
    svg += `<ellipse cx="${n(x)}" cy="${n(y + size * 0.5)}" rx="${n(size * 0.4)}" ry="${n(size * 0.07)}" fill="#000000" opacity="0.28"/>`
  const opacity = placement.opacity === undefined ? '' : ` opacity="${n(placement.opacity)}"`
  const transform = `translate(${n(x)} ${n(y)})${tilt ? ` rotate(${n(tilt)})` : ''} scale(${Math.round(scale * 1000) / 1000}) translate(-16 ${n(-height / 2)})`
  return `${svg}<g transform="${transform}"${opacity}>${prefixIds(icon.body, `${c.id}-i${index}-`)}</g>`
}

/** The placements' drawings in one group, toned by the mood (grey for noir, sepia for retro). */
const drawIcons = (c: Canvas, mood: Mood, placements: Placement[]): string => {
  const body = placements.map((placement, index) => placeIcon(c, mood, placement, index)).join('')
  if (!mood.tone) return body
  const filter = `${c.id}-tone`
  return `<defs><filter id="${filter}" color-interpolation-filters="sRGB"><feColorMatrix type="matrix" values="${TONE_MATRICES[mood.tone]}"/></filter></defs><g filter="url(#${filter})">${body}</g>`
}

/** What the mood adds around the hero: a spotlight, halos and specks, confetti or a grid. */
const moodLayer = (c: Canvas, mood: Mood, hero: Placement): string => {
  if (mood.plain) return ''
  const { width, height, colors, dice } = c
  let svg = ''
  if (mood.grid) {
    const cell = Math.min(width, height) * 0.08
    let grid = ''
    for (let x = cell; x < width; x += cell) grid += `M${n(x)} 0V${n(height)}`
    for (let y = cell; y < height; y += cell) grid += `M0 ${n(y)}H${n(width)}`
    svg += `<path d="${grid}" stroke="${colors.highlight}" stroke-width="1.5" opacity="0.12" fill="none"/>`
  }
  if (mood.spotlight) {
    svg += `<defs><radialGradient id="${c.id}-spot" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="${lighten(colors.highlight, 0.4)}" stop-opacity="0.45"/><stop offset="1" stop-color="${colors.highlight}" stop-opacity="0"/></radialGradient></defs>`
    svg += `<circle cx="${n(hero.x)}" cy="${n(hero.y)}" r="${n(hero.size * 1.1)}" fill="url(#${c.id}-spot)"/>`
  }
  if (mood.glow) {
    for (const [scale, opacity] of [
      [1.05, 0.1],
      [0.85, 0.14],
      [0.68, 0.18],
    ] as const)
      svg += `<circle cx="${n(hero.x)}" cy="${n(hero.y)}" r="${n(hero.size * scale)}" fill="${colors.highlight}" opacity="${opacity}"/>`
    for (let index = 0; index < 16; index++)
      svg += `<circle cx="${n(dice.range(0, width))}" cy="${n(dice.range(0, height))}" r="${n(dice.range(2, 9))}" fill="#ffffff" opacity="${n(dice.range(0.15, 0.5))}"/>`
  }
  if (mood.tilt) {
    for (let index = 0; index < 18; index++) {
      const size = dice.range(8, 20)
      const x = dice.range(0, width)
      const y = dice.range(0, height)
      svg += `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size * 0.45)}" rx="2" fill="${dice.pick([colors.accent, colors.highlight, colors.secondary])}" transform="rotate(${n(dice.range(-60, 60))} ${n(x)} ${n(y)})" opacity="0.7"/>`
    }
  }
  return svg
}

/** Background, placements: each shot's layout. */
type Layout = (c: Canvas, match: IconMatch, mood: Mood) => { backdrop: string; placements: Placement[] }

const flat = (c: Canvas, mood: Mood, top: string, bottom: string): string =>
  mood.plain ? `<rect width="${c.width}" height="${c.height}" fill="${c.colors.background}"/>` : skyGradient(c, top, bottom)

/** Hills across the frame, back to front, as in the landscape posters. */
const hills = (c: Canvas, base: number): string => {
  const { width, height, colors, dice } = c
  let svg = ''
  for (let layer = 0; layer < 3; layer++) {
    const top = height * (base + layer * 0.08)
    const amplitude = height * (0.05 - layer * 0.012)
    const points: Array<[number, number]> = Array.from({ length: 9 }, (_, index) => [
      (width / 8) * index,
      top - amplitude * dice.range(0.2, 1),
    ])
    svg += `<path d="${ridge(points, width, height)}" fill="${darken(mix(colors.secondary, colors.background, 0.5 - layer * 0.2), layer * 0.18)}"/>`
  }
  return svg
}

const short = (c: Canvas) => Math.min(c.width, c.height)

const closeUp: Layout = (c, match, mood) => {
  const size = short(c) * 0.58
  const x = c.width * c.dice.range(0.44, 0.56)
  const y = c.height * 0.47
  let backdrop = flat(c, mood, mix(c.colors.background, c.colors.secondary, 0.3), darken(c.colors.background, 0.35))
  if (!mood.plain) {
    backdrop += orbGradient(c)
    backdrop += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * 0.62)}" fill="url(#${c.id}-orb)" opacity="0.55"/>`
    for (const [scale, opacity] of [
      [0.95, 0.12],
      [0.8, 0.2],
    ] as const)
      backdrop += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * scale)}" fill="none" stroke="${c.colors.highlight}" stroke-width="3" opacity="${opacity}"/>`
  }
  return { backdrop, placements: [{ icon: match.hero, x, y, size }] }
}

const extremeCloseUp: Layout = (c, match, mood) => {
  const size = Math.max(c.width, c.height) * 1.1
  const backdrop = flat(c, mood, darken(c.colors.background, 0.2), darken(c.colors.background, 0.45))
  return {
    backdrop,
    placements: [{ icon: match.hero, x: c.width * c.dice.range(0.5, 0.62), y: c.height * c.dice.range(0.5, 0.62), size }],
  }
}

const medium: Layout = (c, match, mood) => {
  const s = short(c)
  const x = c.width * c.dice.pick([0.4, 0.5, 0.6])
  const floor = c.height * 0.78
  const size = s * 0.44
  let backdrop = flat(c, mood, c.colors.background, darken(c.colors.background, 0.3))
  if (!mood.plain) {
    const arch = s * 0.66
    const top = c.height * 0.12
    backdrop += `<path d="M${n(x - arch / 2)} ${n(floor)} V${n(top + arch / 2)} A${n(arch / 2)} ${n(arch / 2)} 0 0 1 ${n(x + arch / 2)} ${n(top + arch / 2)} V${n(floor)} Z" fill="${c.colors.secondary}" opacity="0.55"/>`
    backdrop += `<rect y="${n(floor)}" width="${c.width}" height="${n(c.height - floor)}" fill="${darken(c.colors.background, 0.45)}"/>`
  }
  const placements: Placement[] = [{ icon: match.hero, x, y: floor - size * 0.5, size, shadow: true }]
  const side = match.supporting[0]
  if (side) {
    const sideSize = s * 0.2
    const sideX = x + (x > c.width / 2 ? -1 : 1) * (s * 0.42)
    placements.push({ icon: side, x: sideX, y: floor - sideSize * 0.5, size: sideSize, shadow: true })
  }
  return { backdrop, placements }
}

const wide: Layout = (c, match, mood) => {
  const s = short(c)
  const x = c.width * c.dice.range(0.3, 0.7)
  const inSky = match.hero.kind === 'sky'
  let backdrop = flat(c, mood, darken(c.colors.background, 0.2), mix(c.colors.background, c.colors.highlight, 0.35))
  if (!mood.plain && !inSky) backdrop += sun(c, c.width * c.dice.range(0.15, 0.85), c.height * 0.25, s * 0.06)
  backdrop += hills(c, 0.6)
  const size = s * (match.hero.kind === 'place' ? 0.34 : 0.24)
  const placements: Placement[] = [
    inSky ? { icon: match.hero, x, y: c.height * 0.3, size } : { icon: match.hero, x, y: c.height * 0.8 - size * 0.5, size, shadow: true },
  ]
  match.supporting.forEach((icon, index) => {
    const supportSize = s * 0.11
    const supportX = (x + c.width * (0.3 + index * 0.22)) % c.width
    placements.push({
      icon,
      x: Math.max(supportSize, Math.min(c.width - supportSize, supportX)),
      y: c.height * 0.7 - supportSize * 0.5,
      size: supportSize,
      shadow: true,
    })
  })
  return { backdrop, placements }
}

const establishing: Layout = (c, match, mood) => {
  const s = short(c)
  const horizon = c.height * 0.7
  let backdrop = flat(c, mood, darken(c.colors.background, 0.3), mix(c.colors.background, c.colors.accent, 0.25))
  if (!mood.plain) backdrop += sun(c, c.width * c.dice.range(0.6, 0.85), c.height * 0.2, s * 0.05)
  backdrop += `<rect y="${n(horizon)}" width="${c.width}" height="${n(c.height - horizon)}" fill="${darken(c.colors.background, 0.5)}"/>`
  // Several: the hero in the middle, the supporting ones beside it, and smaller ones farther off.
  const cast = [match.hero, ...match.supporting]
  const placements: Placement[] = [{ icon: match.hero, x: c.width * 0.5, y: horizon - s * 0.15, size: s * 0.3, shadow: true }]
  const near = s * 0.18
  for (const [index, side] of [-1, 1].entries()) {
    placements.push({
      icon: cast[(index + 1) % cast.length]!,
      x: c.width * 0.5 + side * c.width * 0.27,
      y: horizon - near * 0.35,
      size: near,
      shadow: true,
    })
  }
  const far = s * 0.09
  for (const offset of [0.1, 0.36, 0.64, 0.9]) {
    placements.unshift({ icon: c.dice.pick(cast), x: c.width * offset, y: horizon - far * 0.5, size: far, opacity: 0.75 })
  }
  return { backdrop, placements }
}

const overhead: Layout = (c, match, mood) => {
  const s = short(c)
  const cell = s * 0.12
  let backdrop = `<rect width="${c.width}" height="${c.height}" fill="${mix(c.colors.background, c.colors.secondary, 0.2)}"/>`
  if (!mood.plain) {
    let grid = ''
    for (let x = cell; x < c.width; x += cell) grid += `M${n(x)} 0V${n(c.height)}`
    for (let y = cell; y < c.height; y += cell) grid += `M0 ${n(y)}H${n(c.width)}`
    backdrop += `<path d="${grid}" stroke="${c.colors.secondary}" stroke-width="2" opacity="0.35" fill="none"/>`
  }
  const x = c.width * 0.5
  const y = c.height * 0.46
  backdrop += `<circle cx="${n(x + s * 0.02)}" cy="${n(y + s * 0.02)}" r="${n(s * 0.24)}" fill="#000000" opacity="0.18"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(s * 0.24)}" fill="${c.colors.highlight}"/>`
  const placements: Placement[] = [{ icon: match.hero, x, y, size: s * 0.34 }]
  const spots: Array<[number, number]> = [
    [0.2, 0.25],
    [0.8, 0.7],
    [0.78, 0.22],
    [0.22, 0.75],
  ]
  match.supporting.forEach((icon, index) => {
    const [fx, fy] = spots[index]!
    placements.push({ icon, x: c.width * fx, y: c.height * fy, size: s * 0.2 })
  })
  return { backdrop, placements }
}

const tracking: Layout = (c, match, mood) => {
  const s = short(c)
  const x = c.width * 0.62
  const y = c.height * c.dice.range(0.4, 0.5)
  const size = s * 0.3
  let backdrop = flat(c, mood, mix(c.colors.background, c.colors.secondary, 0.25), darken(c.colors.background, 0.25))
  if (!mood.plain) {
    for (let index = 0; index < 14; index++) {
      const lineY = c.dice.range(0.08, 0.92) * c.height
      const lineX = c.dice.range(-0.1, 0.8) * c.width
      const length = c.width * c.dice.range(0.12, 0.4)
      backdrop += `<line x1="${n(lineX)}" y1="${n(lineY)}" x2="${n(lineX + length)}" y2="${n(lineY - length * 0.12)}" stroke="${c.dice.pick([c.colors.highlight, c.colors.secondary, c.colors.accent])}" stroke-width="${n(c.dice.range(2, 10))}" stroke-linecap="round" opacity="${n(c.dice.range(0.15, 0.5))}"/>`
    }
  }
  // The hero's trail: two fainter copies behind it.
  const placements: Placement[] = [
    { icon: match.hero, x: x - size * 0.9, y: y + size * 0.05, size, opacity: 0.15 },
    { icon: match.hero, x: x - size * 0.45, y: y + size * 0.025, size, opacity: 0.3 },
    { icon: match.hero, x, y, size },
  ]
  return { backdrop, placements }
}

const pov: Layout = (c, match, mood) => {
  const s = short(c)
  const vx = c.width * c.dice.range(0.42, 0.58)
  const vy = c.height * 0.42
  let backdrop = flat(c, mood, darken(c.colors.background, 0.15), mix(c.colors.background, c.colors.highlight, 0.25))
  backdrop += `<path d="M${n(vx)} ${n(vy)} L${n(c.width)} ${n(c.height)} H0 Z" fill="${darken(c.colors.secondary, 0.3)}"/>`
  if (!mood.plain) {
    let rays = ''
    for (let index = 0; index <= 10; index++) rays += `M${n(vx)} ${n(vy)} L${n((c.width / 10) * index)} ${n(c.height)}`
    backdrop += `<path d="${rays}" stroke="${c.colors.highlight}" stroke-width="2" opacity="0.22" fill="none"/>`
  }
  const arm = s * 0.07
  const inset = s * 0.15
  const corners: Array<[number, number, number, number]> = [
    [inset, inset, 1, 1],
    [c.width - inset, inset, -1, 1],
    [c.width - inset, c.height - inset, -1, -1],
    [inset, c.height - inset, 1, -1],
  ]
  const brackets = corners.map(([x, y, dx, dy]) => `M${n(x)} ${n(y + arm * dy)} V${n(y)} H${n(x + arm * dx)}`).join('')
  backdrop += `<path d="${brackets}" stroke="#ffffff" stroke-width="5" fill="none" opacity="0.75"/>`
  const size = s * 0.3
  return { backdrop, placements: [{ icon: match.hero, x: vx, y: vy + size * 0.3, size, shadow: true }] }
}

const LAYOUTS: Readonly<Record<ShotType, Layout>> = {
  wide,
  establishing,
  medium,
  'close-up': closeUp,
  'extreme close-up': extremeCloseUp,
  overhead,
  tracking,
  pov,
}

/** The poster's picture (everything under the vignette) for a scene whose description matched. */
export const composeWithIcons = (c: Canvas, shot: ShotType, match: IconMatch, mood: Mood): string => {
  const { backdrop, placements } = (LAYOUTS[shot] ?? medium)(c, match, mood)
  const hero = placements.find((placement) => placement.icon === match.hero && placement.opacity === undefined) ?? placements[0]!
  return backdrop + moodLayer(c, mood, hero) + drawIcons(c, mood, placements)
}
