import type { CaptionStyle } from './caption-style.ts'

/**
 * What a video's brand kit puts on screen, as the video JSON and the Player's props carry it: the
 * server resolves the kit (services/brand-kits.ts), the painter (islands/player/draw.ts) draws it.
 */
export type AppliedBrand = {
  /** The kit's palette (#rrggbb); with `paletteLock` the posters are painted in it. */
  palette: string[]
  paletteLock: boolean
  /** The kit's caption look, resolved from its preset and overrides. */
  captionStyle: CaptionStyle
  /** Same-origin URL of the logo (a small watermark in a corner), or null. */
  logoUrl: string | null
  /** Drawn over the first / last {@link BRAND_CARD_SEC} seconds; empty for none. */
  introText: string
  outroText: string
}

/**
 * How long the intro and outro cards stay on screen. They are drawn over the video's own first and
 * last seconds rather than added to it: the length asked for, the narration timings and the captions
 * (and the SRT/VTT files) all stay exactly as they are.
 */
export const BRAND_CARD_SEC = 2

/** Limits of a kit's texts (the API's schema and the account form use these). */
export const BRAND_LIMITS = { name: 60, cardText: 80, paletteMin: 2, paletteMax: 6, kitsPerUser: 20 } as const
