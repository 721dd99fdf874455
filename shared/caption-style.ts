/**
 * Caption looks: a preset names the font, size, colours, outline, box and position; the painter
 * applies whichever is chosen, the same in the player and the export. A brand kit is a preset plus
 * overrides ({@link resolveCaptionStyle}); both server and islands read this file, so it holds data
 * and pure functions only (no zod: it would land in the player's bundle).
 */
export type CaptionPosition = 'bottom' | 'middle'
export const CAPTION_POSITIONS = ['bottom', 'middle'] as const satisfies readonly CaptionPosition[]

/**
 * The families a brand kit may pick: generic CSS stacks every browser has, never a web font to fetch
 * (nothing leaves the page, and the export draws the same glyphs as the player).
 */
export const CAPTION_FONTS = {
  system: '',
  serif: 'Georgia, "Noto Serif", "DejaVu Serif", serif',
  rounded: '"Arial Rounded MT Bold", "Nunito", "Quicksand", system-ui',
  condensed: '"Arial Narrow", "Roboto Condensed", "DejaVu Sans Condensed", sans-serif-condensed',
  mono: 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace',
} as const
export type CaptionFont = keyof typeof CAPTION_FONTS
export const CAPTION_FONT_NAMES = Object.keys(CAPTION_FONTS) as CaptionFont[]

export type CaptionStyle = {
  /** CSS font weight. */
  weight: number
  /** Font size as a share of the frame's shorter side, so 720p and 1080p look the same. */
  sizeRatio: number
  fill: string
  /** A stroke around each glyph (width as a share of the font size), or none. */
  outline: { colour: string; widthRatio: number } | null
  /** A box behind the lines, or none. */
  box: string | null
  /** The colour of the word being spoken, or null for no highlight. */
  highlight: string | null
  position: CaptionPosition
  /** One of {@link CAPTION_FONTS}; absent is the system font. */
  font?: CaptionFont
}

export const CAPTION_PRESETS = {
  /** White text with a thin dark outline: readable on any poster, hides the least of it. */
  clean: {
    weight: 600,
    sizeRatio: 0.05,
    fill: '#ffffff',
    outline: { colour: 'rgba(0, 0, 0, 0.85)', widthRatio: 0.16 },
    box: null,
    highlight: null,
    position: 'bottom',
  },
  /** Heavy text on a dark box, the look of social-video captions. */
  'bold-box': {
    weight: 800,
    sizeRatio: 0.056,
    fill: '#ffffff',
    outline: null,
    box: 'rgba(0, 0, 0, 0.62)',
    highlight: '#ffd23f',
    position: 'bottom',
  },
  /** Big outlined text in the middle, the spoken word lit up. */
  karaoke: {
    weight: 800,
    sizeRatio: 0.066,
    fill: '#ffffff',
    outline: { colour: '#000000', widthRatio: 0.2 },
    box: null,
    highlight: '#ffd23f',
    position: 'middle',
  },
} as const satisfies Record<string, CaptionStyle>

/** What a kit that turns on an outline or a box gets when its preset has none. */
const OUTLINE = CAPTION_PRESETS.clean.outline
const BOX = CAPTION_PRESETS['bold-box'].box

export type CaptionPresetName = keyof typeof CAPTION_PRESETS
export const CAPTION_PRESET_NAMES = Object.keys(CAPTION_PRESETS) as CaptionPresetName[]
export const DEFAULT_CAPTION_PRESET: CaptionPresetName = 'bold-box'

/**
 * The canvas `font` shorthand for a style at a frame size. `family` (the player's stack, with the
 * Noto families every script needs) always follows the style's own font as the fallback.
 */
export const captionFont = (style: CaptionStyle, fontSizePx: number, family: string): string => {
  const own = style.font ? CAPTION_FONTS[style.font] : ''
  return `${style.weight} ${fontSizePx}px ${own ? `${own}, ${family}` : family}`
}

/** What a brand kit changes in its preset; each absent field keeps the preset's. */
export type CaptionOverrides = {
  font?: CaptionFont
  /** A factor on the preset's size, 0.7 to 1.5. */
  scale?: number
  /** #rrggbb */
  colour?: string
  outline?: boolean
  box?: boolean
  position?: CaptionPosition
}

export const CAPTION_SCALE = { min: 0.7, max: 1.5 } as const

/** The one rule from a preset and overrides to the style the painter draws. */
export const resolveCaptionStyle = (preset: CaptionPresetName, overrides: CaptionOverrides = {}): CaptionStyle => {
  const base: CaptionStyle = CAPTION_PRESETS[preset] ?? CAPTION_PRESETS[DEFAULT_CAPTION_PRESET]
  const scale = Math.min(CAPTION_SCALE.max, Math.max(CAPTION_SCALE.min, overrides.scale ?? 1))
  return {
    ...base,
    sizeRatio: base.sizeRatio * scale,
    fill: overrides.colour ?? base.fill,
    outline: overrides.outline === undefined ? base.outline : overrides.outline ? (base.outline ?? OUTLINE) : null,
    box: overrides.box === undefined ? base.box : overrides.box ? (base.box ?? BOX) : null,
    position: overrides.position ?? base.position,
    ...(overrides.font && overrides.font !== 'system' ? { font: overrides.font } : {}),
  }
}
