/**
 * Paints one frame of the storyboard on a 2D canvas: the visible scenes (poster with its pan and
 * zoom, or the palette while the poster is not ready, plus the on-screen text), then the caption.
 * Stateless: the same inputs paint the same frame, whether the player is playing, paused or recording.
 */
import { captionAt, type Caption } from './captions.ts'
import { kenBurnsAt, placeImage } from './ken-burns.ts'
import { layersAt, sceneAt, type Timeline } from './timeline.ts'
import { wrapText } from './wrap.ts'

/** What the painter needs to know about a scene. */
export type DrawableScene = {
  palette: readonly string[]
  onScreenText: string
  posterWidth: number
  posterHeight: number
  captions: readonly Caption[]
}

export type FrameInput = {
  timeSec: number
  timeline: Timeline
  scenes: readonly DrawableScene[]
  /** The decoded poster of a scene, or null to paint its palette. */
  posterFor: (index: number) => CanvasImageSource | null
  reducedMotion: boolean
}

/** The 2D context methods used here: a narrow type lets tests pass a recording fake. */
export type Painter = Pick<
  CanvasRenderingContext2D,
  | 'canvas'
  | 'globalAlpha'
  | 'fillStyle'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'shadowColor'
  | 'shadowBlur'
  | 'fillRect'
  | 'drawImage'
  | 'fillText'
  | 'measureText'
  | 'createLinearGradient'
>

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
const BLANK = '#111318'
const CAPTION_BAND = 'rgba(0, 0, 0, 0.62)'

const paintPalette = (ctx: Painter, palette: readonly string[], width: number, height: number) => {
  if (palette.length < 2) {
    ctx.fillStyle = palette[0] ?? BLANK
  } else {
    const gradient = ctx.createLinearGradient(0, 0, width, height)
    palette.forEach((colour, index) => gradient.addColorStop(index / (palette.length - 1), colour))
    ctx.fillStyle = gradient
  }
  ctx.fillRect(0, 0, width, height)
}

const paintOnScreenText = (ctx: Painter, text: string, width: number, height: number) => {
  if (!text.trim()) return
  const size = Math.round(Math.min(width, height) * 0.075)
  ctx.font = `700 ${size}px ${FONT_FAMILY}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#ffffff'
  // A soft shadow keeps white text readable on a light poster without hiding the poster behind a box.
  ctx.shadowColor = 'rgba(0, 0, 0, 0.7)'
  ctx.shadowBlur = size * 0.35
  const lines = wrapText(text, width * 0.84, (line) => ctx.measureText(line).width, 3)
  lines.forEach((line, index) => ctx.fillText(line, width / 2, height * 0.14 + index * size * 1.15))
  ctx.shadowColor = 'transparent'
  ctx.shadowBlur = 0
}

/** The caption in a translucent band near the bottom; higher up in portrait, clear of phone app overlays. */
const paintCaption = (ctx: Painter, text: string, width: number, height: number) => {
  if (!text) return
  const size = Math.round(Math.min(width, height) * 0.05)
  const lineHeight = size * 1.3
  ctx.font = `600 ${size}px ${FONT_FAMILY}`
  const lines = wrapText(text, width * 0.84, (line) => ctx.measureText(line).width, 3)
  const padding = size * 0.6
  const bandWidth = Math.max(...lines.map((line) => ctx.measureText(line).width)) + 2 * padding
  const bandHeight = lines.length * lineHeight + padding
  const bottom = height * (height > width ? 0.86 : 0.93)
  ctx.fillStyle = CAPTION_BAND
  ctx.fillRect((width - bandWidth) / 2, bottom - bandHeight, bandWidth, bandHeight)
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  lines.forEach((line, index) => ctx.fillText(line, width / 2, bottom - bandHeight + padding / 2 + (index + 0.5) * lineHeight))
}

/** Paints the frame at `input.timeSec` over the whole canvas. */
export const drawFrame = (ctx: Painter, input: FrameInput): void => {
  const { width, height } = ctx.canvas
  ctx.globalAlpha = 1
  ctx.fillStyle = BLANK
  ctx.fillRect(0, 0, width, height)

  for (const layer of layersAt(input.timeline, input.timeSec)) {
    const scene = input.scenes[layer.index]
    if (!scene) continue
    ctx.globalAlpha = layer.alpha
    const poster = input.posterFor(layer.index)
    if (poster && scene.posterWidth > 0 && scene.posterHeight > 0) {
      const motion = kenBurnsAt(layer.index, layer.progress, { reducedMotion: input.reducedMotion })
      const rect = placeImage({ width: scene.posterWidth, height: scene.posterHeight }, { width, height }, motion)
      ctx.drawImage(poster, rect.x, rect.y, rect.width, rect.height)
    } else {
      // The poster already sets the on-screen text; only its stand-in needs it painted.
      paintPalette(ctx, scene.palette, width, height)
      paintOnScreenText(ctx, scene.onScreenText, width, height)
    }
  }

  ctx.globalAlpha = 1
  const position = sceneAt(input.timeline, input.timeSec)
  paintCaption(ctx, captionAt(input.scenes[position.index]?.captions ?? [], position.localSec), width, height)
}
