import { createHash } from 'node:crypto'
import type { AspectRatio, Scene } from '../ai/storyboard.ts'
import { darken, lighten, luminance, safeColor } from './color.ts'
import { COMPOSITIONS, n, type Canvas, type PosterColors } from './compositions.ts'
import { posterDimensions } from './dimensions.ts'
import { escapeXml } from './escape.ts'
import { createDice } from './seeded.ts'
import { fitText, wrapText } from './wrap.ts'

export interface PosterOptions {
  aspect: AspectRatio
  /** The scene's position, from 0. The poster shows it as "03 / 12". */
  index: number
  total: number
  /** The video's title, shown small in the corner. */
  title: string
  /**
   * 'picture' leaves out every text (and the scrim behind it): the player pans and zooms the picture
   * and draws the texts itself, in frame space, so motion never crops them.
   * @default 'poster'
   */
  layer?: 'poster' | 'picture'
}

export type PosterScene = Pick<Scene, 'onScreenText' | 'shot' | 'palette'>

/** System fonts only: a poster must not fetch anything. Single quotes, since it sits in a double-quoted attribute. */
const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
/** Average glyph width of a bold sans, as a fraction of the font size, for wrapping without measuring. */
const CHAR_WIDTH = 0.56

/**
 * Reads the palette in the order the storyboard writes it (background, secondary, accent, highlight);
 * missing or malformed colours fall back to ones derived from the background.
 */
const readColors = (palette: readonly string[]): PosterColors => {
  const background = safeColor(palette[0], '#1d2433')
  const dark = luminance(background) < 0.4
  const secondary = safeColor(palette[1], dark ? lighten(background, 0.25) : darken(background, 0.25))
  const accent = safeColor(palette[2], '#e07a3f')
  return { background, secondary, accent, highlight: safeColor(palette[3], lighten(secondary, 0.5)) }
}

const pad = (value: number): string => String(value).padStart(2, '0')

/**
 * A scene poster as a standalone SVG document: a composition chosen by the shot type, painted with the
 * scene's palette, and the on-screen text set large over a dark scrim so it reads on any palette.
 * The same scene and options always give the same bytes. Every text is escaped and the document has no
 * scripts, no foreignObject and no external references, so it is safe to serve as image/svg+xml.
 */
export const renderPosterSvg = (scene: PosterScene, options: PosterOptions): string => {
  const { width, height } = posterDimensions(options.aspect)
  const short = Math.min(width, height)
  const colors = readColors(scene.palette)
  const seed = JSON.stringify([scene.onScreenText, scene.shot, colors, options.index, options.total, options.aspect])
  const dice = createDice(seed)
  const id = `p${createHash('sha256').update(seed).digest('hex').slice(0, 8)}`
  const compose = COMPOSITIONS[scene.shot] ?? COMPOSITIONS.medium
  const canvas: Canvas = { width, height, colors, dice, id }

  const margin = short * 0.065
  const text = fitText(scene.onScreenText, {
    width: width - margin * 2,
    fontSize: Math.round(short * (options.aspect === '9:16' ? 0.1 : 0.085)),
    maxLines: options.aspect === '9:16' ? 5 : 3,
    charWidth: CHAR_WIDTH,
  })
  const lineHeight = text.fontSize * 1.15
  const lastBaseline = height - margin * 1.3
  const firstBaseline = lastBaseline - (text.lines.length - 1) * lineHeight
  const lines = text.lines
    .map((line, index) => `<tspan x="${n(margin)}" y="${n(firstBaseline + index * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('')

  const small = Math.round(short * 0.03)
  const counter = `${pad(options.index + 1)} / ${pad(options.total)}`
  const counterWidth = counter.length * small * 0.62 + small * 1.4
  const titleChars = Math.max(8, Math.floor((width - margin * 3 - counterWidth) / (small * 0.6)))
  const title = wrapText(options.title, titleChars, 1)[0] ?? ''
  const label = scene.onScreenText.trim() || options.title
  const picture = options.layer === 'picture'
  // The scrim behind the text, the counter, the video's title and the on-screen text.
  const texts = [
    `<rect y="${n(height * 0.45)}" width="${width}" height="${n(height * 0.55)}" fill="url(#${id}-scrim)"/>`,
    `<g font-family="${FONT_STACK}">`,
    `<rect x="${n(margin)}" y="${n(margin)}" width="${n(counterWidth)}" height="${n(small * 1.9)}" rx="${n(small * 0.95)}" fill="#000000" opacity="0.4"/>`,
    `<text x="${n(margin + counterWidth / 2)}" y="${n(margin + small * 1.3)}" font-size="${small}" font-weight="600" fill="#ffffff" text-anchor="middle" letter-spacing="1">${counter}</text>`,
    title
      ? `<text x="${n(width - margin)}" y="${n(margin + small * 1.3)}" font-size="${small}" font-weight="500" fill="#ffffff" opacity="0.85" text-anchor="end">${escapeXml(title)}</text>`
      : '',
    text.lines.length > 0
      ? `<text font-size="${text.fontSize}" font-weight="700" fill="#ffffff" letter-spacing="-0.5" stroke="#000000" stroke-opacity="0.25" stroke-width="${n(text.fontSize * 0.05)}" paint-order="stroke">${lines}</text>`
      : '',
    `</g>`,
  ]

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${escapeXml(label)}</title>`,
    `<defs>`,
    `<linearGradient id="${id}-scrim" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.7"/></linearGradient>`,
    `<radialGradient id="${id}-vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.35"/></radialGradient>`,
    `</defs>`,
    compose(canvas),
    `<rect width="${width}" height="${height}" fill="url(#${id}-vignette)"/>`,
    ...(picture ? [] : texts),
    `</svg>`,
  ].join('')
}

/** A short content hash of a poster, for its immutable URL: /posters/<hash>.svg */
export const posterHash = (svg: string): string => createHash('sha256').update(svg).digest('hex').slice(0, 16)
