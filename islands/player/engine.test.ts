import { describe, expect, test } from 'bun:test'
import type { Painter } from './draw.ts'
import { createPlayerEngine, type PlayerEngineOptions, type PlayerState } from './engine.ts'
import type { PlayerScene } from './types.ts'

const scene = (index: number, durationSec = 2): PlayerScene => ({
  durationSec,
  narration: `Scene ${index} narration.`,
  onScreenText: '',
  shot: 'wide',
  palette: ['#000000', '#ffffff', '#888888'],
  posterUrl: `/posters/v/${index}-abc.svg`,
  posterWidth: 1280,
  posterHeight: 720,
  narrationStatus: 'ready',
  sentences: [],
})

/** Animation frames and time, both driven by the test. */
const harness = (overrides: Partial<PlayerEngineOptions> = {}) => {
  let ms = 0
  const frames = new Map<number, () => void>()
  let nextHandle = 1
  const requestedImages: string[] = []
  const drawn: { image: unknown; alpha: number }[] = []
  let filled = 0
  const context = {
    canvas: { width: 1280, height: 720 },
    globalAlpha: 1,
    fillRect() {
      filled++
    },
    fillText() {},
    strokeText() {},
    measureText: (text: string) => ({ width: text.length * 10 }),
    createLinearGradient: () => ({ addColorStop() {} }),
    drawImage(image: unknown) {
      drawn.push({ image, alpha: context.globalAlpha })
    },
  }
  const engine = createPlayerEngine({
    scenes: [scene(0), scene(1), scene(2), scene(3), scene(4)],
    context: context as unknown as Painter,
    size: { width: 1280, height: 720 },
    now: () => ms,
    requestFrame: (callback) => {
      frames.set(nextHandle, callback)
      return nextHandle++
    },
    cancelFrame: (handle) => frames.delete(handle),
    createImage: () => {
      const image = { src: '', decoding: 'auto', decode: () => Promise.resolve() }
      queueMicrotask(() => requestedImages.push(image.src))
      return image as never
    },
    ...overrides,
  })
  const states: PlayerState[] = []
  engine.subscribe((state) => states.push(state))
  return {
    engine,
    states,
    drawn,
    filled: () => filled,
    requestedImages,
    pendingFrames: () => frames.size,
    advance: (byMs: number) => (ms += byMs),
    /** Runs the animation frames that are due, like the browser does once per display refresh. */
    runFrame: () => {
      const due = [...frames.values()]
      frames.clear()
      for (const callback of due) callback()
    },
  }
}

describe('createPlayerEngine', () => {
  test('the total is the sum of the scene durations', () => {
    expect(harness().engine.totalSec).toBe(10)
  })

  test('paints a first frame, once the first poster is ready, without being played; then rests', async () => {
    const player = harness()
    expect(player.pendingFrames()).toBe(0)
    await Bun.sleep(0)
    expect(player.pendingFrames()).toBe(1)
    player.runFrame()
    expect(player.drawn).toHaveLength(1)
    expect(player.states.at(-1)).toEqual({ timeSec: 0, playing: false, sceneIndex: 0 })
    expect(player.pendingFrames()).toBe(0)
  })

  test('paints the palette when the first poster fails, rather than leaving the canvas blank', async () => {
    const player = harness({ createImage: () => ({ src: '', decoding: 'auto', decode: () => Promise.reject(new Error('404')) }) as never })
    await Bun.sleep(0)
    player.runFrame()
    expect(player.states.at(-1)?.timeSec).toBe(0)
    expect(player.drawn).toHaveLength(0)
    expect(player.filled()).toBeGreaterThan(1)
  })

  test('while playing it paints every frame at the real elapsed time', () => {
    const player = harness()
    player.engine.play()
    player.advance(500)
    player.runFrame()
    player.advance(2100)
    player.runFrame()
    expect(player.states.at(-1)).toEqual({ timeSec: 2.6, playing: true, sceneIndex: 1 })
    expect(player.pendingFrames()).toBe(1)
  })

  test('stops by itself at the end, showing the last frame', () => {
    const player = harness()
    player.engine.play()
    player.advance(12_000)
    player.runFrame()
    expect(player.states.at(-1)).toEqual({ timeSec: 10, playing: false, sceneIndex: 4 })
    expect(player.pendingFrames()).toBe(0)
  })

  test('toggle plays and pauses; a paused player keeps its position', () => {
    const player = harness()
    player.engine.toggle()
    player.advance(1000)
    player.engine.toggle()
    player.advance(5000)
    expect(player.engine.state()).toEqual({ timeSec: 1, playing: false, sceneIndex: 0 })
  })

  test('seek while paused repaints once at the new position, clamped to the video', () => {
    const player = harness()
    player.runFrame()
    expect(player.engine.seek(7.5)).toBe(7.5)
    expect(player.pendingFrames()).toBe(1)
    player.runFrame()
    expect(player.states.at(-1)).toEqual({ timeSec: 7.5, playing: false, sceneIndex: 3 })
    expect(player.engine.seek(99)).toBe(10)
  })

  test('fetches the posters of the current scene and the next two, not all of them', async () => {
    const player = harness()
    await Bun.sleep(0)
    player.runFrame()
    await Bun.sleep(0)
    expect(player.requestedImages).toEqual(['/posters/v/0-abc.svg', '/posters/v/1-abc.svg', '/posters/v/2-abc.svg'])
  })

  test('a poster that becomes ready while paused is painted without waiting for play', async () => {
    const player = harness()
    await Bun.sleep(0)
    player.runFrame()
    player.engine.seek(7)
    player.runFrame()
    // Scene 3's poster was requested by that paint and is not decoded yet: its palette was painted.
    expect(player.drawn).toHaveLength(1)
    await Bun.sleep(0)
    expect(player.pendingFrames()).toBe(1)
    player.runFrame()
    expect(player.drawn.at(-1)?.image).toMatchObject({ src: '/posters/v/3-abc.svg' })
  })

  test('a scene with its own picture loads it instead of its poster and cover-fits it by its own size', async () => {
    const sizes: [number, number][] = []
    const player = harness({
      scenes: [scene(0), { ...scene(1), imageUrl: '/media/abcdefghijklmnopqrstuv' }],
      createImage: () => ({ src: '', decoding: 'auto', naturalWidth: 900, naturalHeight: 900, decode: () => Promise.resolve() }) as never,
    })
    await player.engine.preloadAll()
    const content = player.engine.frameContent()
    expect(content.posterFor(1)).toMatchObject({ src: '/media/abcdefghijklmnopqrstuv' })
    expect(content.posterFor(0)).toMatchObject({ src: '/posters/v/0-abc.svg' })
    // The poster keeps the frame's size; the square picture is drawn square, covering the 16:9 frame.
    expect([content.scenes[0]!.posterWidth, content.scenes[0]!.posterHeight]).toEqual([1280, 720])
    expect([content.scenes[1]!.posterWidth, content.scenes[1]!.posterHeight]).toEqual([900, 900])
    const context = {
      canvas: { width: 1280, height: 720 },
      globalAlpha: 1,
      fillRect() {},
      fillText() {},
      strokeText() {},
      measureText: (text: string) => ({ width: text.length * 10 }),
      createLinearGradient: () => ({ addColorStop() {} }),
      drawImage: (_image: unknown, _x: number, _y: number, width: number, height: number) => void sizes.push([width, height]),
    }
    const { drawFrame } = await import('./draw.ts')
    drawFrame(context as unknown as Painter, { ...content, reducedMotion: true }, 3, { width: 1280, height: 720 })
    const [width, height] = sizes.at(-1)!
    expect(width).toBeCloseTo(height, 5)
    expect(width).toBeGreaterThanOrEqual(1280)
  })

  test('preloadAll fetches every poster', async () => {
    const player = harness()
    await player.engine.preloadAll()
    await Promise.resolve()
    expect(player.requestedImages).toHaveLength(5)
  })

  test('crossfades at a boundary, but cuts with reduced motion', async () => {
    const player = harness()
    await player.engine.preloadAll()
    player.engine.seek(2)
    player.runFrame()
    expect(player.drawn.map((draw) => draw.alpha)).toEqual([1, 0.5])
    player.drawn.length = 0
    player.engine.setReducedMotion(true)
    player.runFrame()
    expect(player.drawn.map((draw) => draw.alpha)).toEqual([1])
  })

  test('without a 2D context the clock and controls still work', () => {
    const player = harness({ context: null })
    player.engine.play()
    player.advance(1500)
    player.runFrame()
    expect(player.states.at(-1)?.timeSec).toBe(1.5)
  })

  test('destroy cancels the pending frame and silences listeners', () => {
    const player = harness()
    player.engine.play()
    const before = player.states.length
    player.engine.destroy()
    expect(player.pendingFrames()).toBe(0)
    player.engine.seek(3)
    player.runFrame()
    expect(player.states.length).toBe(before)
  })
})
