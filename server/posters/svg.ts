import { createHash } from 'node:crypto'
import type { AspectRatio, Language, Scene, VideoStyle } from '../ai/storyboard.ts'
import { darken, lighten, luminance, safeColor } from './color.ts'
import { COMPOSITIONS, type Canvas, type PosterColors } from './compositions.ts'
import { posterDimensions } from './dimensions.ts'
import { escapeXml } from './escape.ts'
import { composeWithIcons } from './icon-compositions.ts'
import { iconLibrary } from './icons/library.ts'
import { matchIcons } from './icons/match.ts'
import { STYLE_MOODS } from './mood.ts'
import { createDice } from './seeded.ts'

/** What of the video a poster depends on besides its scene. */
export interface PosterOptions {
  aspect: AspectRatio
  /** The language the scene is written in: its description is read for nouns in it. */
  language: Language
  /** The video's style, which sets the mood of the picture. */
  style: VideoStyle
  /**
   * A brand kit's locked palette, painted instead of the scene's; null for the scene's own. Part of
   * the bytes, so of the hash and the URL: a poster cached in one palette is never served for another.
   */
  paletteLock: readonly string[] | null
}

/** A stored video's poster options: every renderer (worker, routes, services) takes them from here. */
export const posterOptionsOf = (video: {
  aspect: AspectRatio
  language: Language
  style: VideoStyle
  paletteLock: readonly string[] | null
}): PosterOptions => ({ aspect: video.aspect, language: video.language, style: video.style, paletteLock: video.paletteLock })

export type PosterScene = Pick<Scene, 'visual' | 'onScreenText' | 'shot' | 'palette'>

/** The accessible name's length: a poster's <title> is never drawn, it names the picture. */
const TITLE_CHARS = 160

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

/**
 * A scene poster as a standalone SVG document: the illustrations its visual description names (the
 * picture library, in the video's language), composed by the shot type, painted with the scene's
 * palette and treated by the video's style; a scene that names nothing drawable gets the shot type's
 * own composition. No text is drawn: the player sets the on-screen text and captions itself, in the
 * viewer's fonts and out of the pan and zoom, so no script or font is ever baked into a picture.
 * The same scene and options always give the same bytes. The document has no scripts, no
 * foreignObject and no external references, so it is safe to serve as image/svg+xml.
 */
export const renderPosterSvg = (scene: PosterScene, options: PosterOptions): string => {
  const { width, height } = posterDimensions(options.aspect)
  const colors = readColors(options.paletteLock ?? scene.palette)
  const seed = JSON.stringify([scene.visual, scene.onScreenText, scene.shot, colors, options.aspect, options.language, options.style])
  const id = `p${createHash('sha256').update(seed).digest('hex').slice(0, 8)}`
  const canvas: Canvas = { width, height, colors, dice: createDice(seed), id }
  const match = matchIcons(scene, options.language, iconLibrary())
  const picture = match
    ? composeWithIcons(canvas, scene.shot, match, STYLE_MOODS[options.style] ?? STYLE_MOODS.documentary)
    : (COMPOSITIONS[scene.shot] ?? COMPOSITIONS.medium)(canvas)
  const label = (scene.visual.trim() || scene.onScreenText.trim()).slice(0, TITLE_CHARS)

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${escapeXml(label)}</title>`,
    `<defs>`,
    `<radialGradient id="${id}-vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.35"/></radialGradient>`,
    `</defs>`,
    picture,
    `<rect width="${width}" height="${height}" fill="url(#${id}-vignette)"/>`,
    `</svg>`,
  ].join('')
}

/** A short content hash of a poster, for its immutable URL: /posters/<hash>.svg */
export const posterHash = (svg: string): string => createHash('sha256').update(svg).digest('hex').slice(0, 16)
