/**
 * The player's moving part: a clock, the posters and a requestAnimationFrame loop that paints the
 * frame for the clock's time. The Preact component only renders controls and calls these methods;
 * the export drives the same engine, so what is recorded is exactly what is shown.
 */
import { sceneCues } from './captions.ts'
import { CAPTION_PRESETS, DEFAULT_CAPTION_PRESET, type CaptionStyle } from './caption-style.ts'
import { createPlaybackClock } from './clock.ts'
import { drawFrame, type DrawableScene, type FrameBrand, type FrameContent, type Painter } from './draw.ts'
import { createPosterStore, type PosterImage } from './posters.ts'
import { createTimeline, sceneAt, TRANSITION_SEC, type Timeline } from './timeline.ts'
import type { PlayerScene, Size } from './types.ts'

export type PlayerState = { timeSec: number; playing: boolean; sceneIndex: number }

/** What sound must follow: emitted on play, pause, seek and the end, not on every frame. */
export type Transport = { playing: boolean; timeSec: number }

export type PlayerEngine = {
  readonly totalSec: number
  state(): PlayerState
  play(): void
  pause(): void
  toggle(): void
  /** Moves to `sec` (clamped to the video); returns the new position. */
  seek(sec: number): number
  /** With reduced motion: no pan or zoom, cuts instead of crossfades. */
  setReducedMotion(reduced: boolean): void
  /** Called after every painted frame and on every play/pause/seek. Returns the unsubscribe. */
  subscribe(listener: (state: PlayerState) => void): () => void
  /** Called when playing starts or stops and on every seek (the narration follows these). Returns the unsubscribe. */
  onTransport(listener: (transport: Transport) => void): () => void
  setCaptionStyle(style: CaptionStyle): void
  /** What the painter draws right now, for the exporter to draw the same frames at its own size. */
  frameContent(): FrameContent
  /** Loads and decodes every poster (before a recording, so no scene falls back to its palette). */
  preloadAll(): Promise<void>
  /** Stops the loop and forgets the listeners. */
  destroy(): void
}

export type PlayerEngineOptions = {
  scenes: readonly PlayerScene[]
  /** Null when the browser gives no 2D context: the clock and controls still work, nothing is painted. */
  context: Painter | null
  /** The canvas's resolution. */
  size: Size
  reducedMotion?: boolean
  captionStyle?: CaptionStyle
  /** A brand kit's cards and logo (its caption look comes as `captionStyle`). */
  brand?: { introText: string; outroText: string; logoUrl: string | null } | null
  /** @default performance.now */
  now?: () => number
  /** @default requestAnimationFrame */
  requestFrame?: (callback: () => void) => number
  /** @default cancelAnimationFrame */
  cancelFrame?: (handle: number) => void
  /** @default () => new Image() */
  createImage?: () => PosterImage & CanvasImageSource
}

/** Posters of the current and the next scenes are fetched ahead, so a scene rarely starts on its palette. */
const PRELOAD_AHEAD = 2

export const createPlayerEngine = (options: PlayerEngineOptions): PlayerEngine => {
  const requestFrame = options.requestFrame ?? ((callback) => requestAnimationFrame(callback))
  const cancelFrame = options.cancelFrame ?? ((handle) => cancelAnimationFrame(handle))
  const durations = options.scenes.map((scene) => scene.durationSec)
  let reducedMotion = options.reducedMotion ?? false
  const timelineFor = (reduced: boolean) => createTimeline(durations, { transitionSec: reduced ? 0 : TRANSITION_SEC })
  let timeline: Timeline = timelineFor(reducedMotion)
  const clock = createPlaybackClock({ totalSec: timeline.totalSec, now: options.now })
  const listeners = new Set<(state: PlayerState) => void>()
  const transportListeners = new Set<(transport: Transport) => void>()
  let captionStyle: CaptionStyle = options.captionStyle ?? CAPTION_PRESETS[DEFAULT_CAPTION_PRESET]
  let frame: number | null = null
  let destroyed = false

  const scenes: DrawableScene[] = options.scenes.map((scene) => ({
    palette: scene.palette,
    onScreenText: scene.onScreenText,
    posterWidth: scene.posterWidth,
    posterHeight: scene.posterHeight,
    captions: sceneCues(scene),
  }))
  const posters = createPosterStore<PosterImage & CanvasImageSource>({
    urls: options.scenes.map((scene) => scene.imageUrl ?? scene.posterUrl),
    createImage: options.createImage,
    // A poster that arrives while paused must still replace its palette on screen.
    onReady: (index) => {
      const picture = posters.get(index)
      const scene = scenes[index]
      // An uploaded picture has its own shape: cover-fit it by its real size, not the poster's.
      if (options.scenes[index]?.imageUrl && scene && picture && 'naturalWidth' in picture && picture.naturalWidth > 0) {
        scene.posterWidth = picture.naturalWidth
        scene.posterHeight = picture.naturalHeight
      }
      schedule()
    },
  })

  const state = (): PlayerState => {
    const timeSec = clock.time()
    return { timeSec, playing: clock.isPlaying(), sceneIndex: sceneAt(timeline, timeSec).index }
  }
  const notify = () => {
    const current = state()
    for (const listener of listeners) listener(current)
  }
  const notifyTransport = () => {
    const transport = { playing: clock.isPlaying(), timeSec: clock.time() }
    for (const listener of transportListeners) listener(transport)
  }
  // The logo loads like a poster: decoded before it is drawn, absent (not broken) when it fails.
  const logos = createPosterStore<PosterImage & CanvasImageSource & { naturalWidth?: number; naturalHeight?: number }>({
    urls: options.brand?.logoUrl ? [options.brand.logoUrl] : [],
    createImage: options.createImage,
    onReady: () => schedule(),
  })
  const brand: FrameBrand | undefined = options.brand
    ? {
        introText: options.brand.introText,
        outroText: options.brand.outroText,
        logo: () => {
          const image = logos.get(0)
          return image ? { image, width: image.naturalWidth ?? 0, height: image.naturalHeight ?? 0 } : null
        },
      }
    : undefined
  const frameContent = (): FrameContent => ({
    timeline,
    scenes,
    posterFor: posters.get,
    reducedMotion,
    captionStyle,
    ...(brand ? { brand } : {}),
  })

  const paint = () => {
    frame = null
    if (destroyed) return
    const timeSec = clock.time()
    const { index } = sceneAt(timeline, timeSec)
    for (let ahead = 0; ahead <= PRELOAD_AHEAD; ahead++) void posters.load(index + ahead)
    if (options.context) drawFrame(options.context, frameContent(), timeSec, options.size)
    if (clock.isPlaying() && clock.isEnded()) {
      clock.pause()
      notifyTransport()
    }
    notify()
    if (clock.isPlaying()) schedule()
  }
  /** One paint per animation frame at most, however many reasons there are to repaint. */
  function schedule() {
    if (frame === null && !destroyed) frame = requestFrame(paint)
  }

  const play = () => {
    clock.play()
    schedule()
    notify()
    notifyTransport()
  }
  const pause = () => {
    clock.pause()
    schedule()
    notify()
    notifyTransport()
  }

  // The first frame waits for the first poster (the server-rendered <img> shows it meanwhile), so
  // the canvas does not flash the palette over a poster that is about to be drawn anyway.
  void posters.load(0).then(schedule)
  void logos.load(0)

  return {
    totalSec: timeline.totalSec,
    state,
    play,
    pause,
    toggle: () => (clock.isPlaying() ? pause() : play()),
    seek(sec) {
      const position = clock.seek(sec)
      schedule()
      notify()
      notifyTransport()
      return position
    },
    setReducedMotion(reduced) {
      reducedMotion = reduced
      timeline = timelineFor(reduced)
      schedule()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onTransport(listener) {
      transportListeners.add(listener)
      return () => transportListeners.delete(listener)
    },
    setCaptionStyle(style) {
      captionStyle = style
      schedule()
    },
    frameContent,
    preloadAll: async () => {
      await Promise.all([posters.loadAll(), logos.loadAll()])
    },
    destroy() {
      destroyed = true
      clock.pause()
      if (frame !== null) cancelFrame(frame)
      frame = null
      listeners.clear()
      transportListeners.clear()
    },
  }
}
