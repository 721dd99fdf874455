/**
 * Caption looks: a preset names the font, size, colours, outline, box and position; the painter
 * applies whichever is chosen, the same in the player and the export.
 */
export type CaptionPosition = 'bottom' | 'middle'

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

export type CaptionPresetName = keyof typeof CAPTION_PRESETS
export const CAPTION_PRESET_NAMES = Object.keys(CAPTION_PRESETS) as CaptionPresetName[]
export const DEFAULT_CAPTION_PRESET: CaptionPresetName = 'bold-box'

/** The canvas `font` shorthand for a style at a frame size. */
export const captionFont = (style: CaptionStyle, fontSizePx: number, family: string): string => `${style.weight} ${fontSizePx}px ${family}`
