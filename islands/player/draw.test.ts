import { describe, expect, test } from 'bun:test'
import { timeCaptions } from './captions.ts'
import { drawFrame, type DrawableScene, type FrameInput, type Painter } from './draw.ts'
import { createTimeline } from './timeline.ts'

type Call = { op: string; args: unknown[]; alpha: number; fillStyle: unknown }

/** A 2D context that records what is painted, with the alpha and fill in effect at each call. */
const recordingContext = (width = 1280, height = 720) => {
  const calls: Call[] = []
  const record =
    (op: string) =>
    (...args: unknown[]) => {
      calls.push({ op, args, alpha: ctx.globalAlpha, fillStyle: ctx.fillStyle })
    }
  const ctx = {
    canvas: { width, height },
    globalAlpha: 1,
    fillStyle: '' as unknown,
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    shadowColor: '',
    shadowBlur: 0,
    fillRect: record('fillRect'),
    drawImage: record('drawImage'),
    fillText: record('fillText'),
    // Every character 20 px wide: enough to exercise wrapping.
    measureText: (text: string) => ({ width: text.length * 20 }),
    createLinearGradient: () => {
      const stops: [number, string][] = []
      return { stops, addColorStop: (offset: number, colour: string) => stops.push([offset, colour]) }
    },
  }
  return { ctx: ctx as unknown as Painter, calls }
}

const scene = (overrides: Partial<DrawableScene> = {}): DrawableScene => ({
  palette: ['#102030', '#405060', '#708090'],
  onScreenText: '',
  posterWidth: 1280,
  posterHeight: 720,
  captions: [],
  ...overrides,
})

const poster = (name: string) => ({ name }) as unknown as CanvasImageSource

const frame = (overrides: Partial<FrameInput>): FrameInput => ({
  timeSec: 0,
  timeline: createTimeline([4, 4]),
  scenes: [scene(), scene()],
  posterFor: () => null,
  reducedMotion: false,
  ...overrides,
})

describe('drawFrame', () => {
  test('a scene whose poster is not ready is painted with its palette as a gradient over the whole frame', () => {
    const { ctx, calls } = recordingContext()
    drawFrame(ctx, frame({ timeSec: 1 }))
    const fills = calls.filter((call) => call.op === 'fillRect')
    const paletteFill = fills.find((call) => typeof call.fillStyle === 'object')!
    expect(paletteFill.args).toEqual([0, 0, 1280, 720])
    expect((paletteFill.fillStyle as { stops: unknown }).stops).toEqual([
      [0, '#102030'],
      [0.5, '#405060'],
      [1, '#708090'],
    ])
    expect(calls.some((call) => call.op === 'drawImage')).toBe(false)
  })

  test('a ready poster is drawn covering the frame, and it moves over time', () => {
    const { ctx, calls } = recordingContext()
    const input = frame({ posterFor: (index) => poster(`p${index}`) })
    drawFrame(ctx, { ...input, timeSec: 0.5 })
    drawFrame(ctx, { ...input, timeSec: 3 })
    const [early, late] = calls.filter((call) => call.op === 'drawImage')
    expect(early!.args[0]).toEqual({ name: 'p0' })
    const [, x, y, w, h] = early!.args as number[]
    expect(x!).toBeLessThanOrEqual(0)
    expect(y!).toBeLessThanOrEqual(0)
    expect(x! + w!).toBeGreaterThanOrEqual(1280)
    expect(y! + h!).toBeGreaterThanOrEqual(720)
    expect(late!.args.slice(1)).not.toEqual(early!.args.slice(1))
  })

  test('with reduced motion the poster is drawn still, exactly covering the frame', () => {
    const { ctx, calls } = recordingContext()
    const input = frame({ posterFor: () => poster('p'), reducedMotion: true })
    drawFrame(ctx, { ...input, timeSec: 0.5 })
    drawFrame(ctx, { ...input, timeSec: 3 })
    for (const call of calls.filter((call) => call.op === 'drawImage')) expect(call.args.slice(1)).toEqual([0, 0, 1280, 720])
  })

  test('at a boundary both scenes are drawn: the outgoing one opaque, the incoming one half transparent on top', () => {
    const { ctx, calls } = recordingContext()
    drawFrame(ctx, frame({ timeSec: 4, posterFor: (index) => poster(`p${index}`) }))
    expect(calls.filter((call) => call.op === 'drawImage').map((call) => [call.args[0], call.alpha])).toEqual([
      [{ name: 'p0' }, 1],
      [{ name: 'p1' }, 0.5],
    ])
  })

  test('the on-screen text is drawn, wrapped to the frame, with its scene', () => {
    const { ctx, calls } = recordingContext()
    const text = 'Sunrise over the harbour of Porto on a quiet morning in early spring'
    drawFrame(ctx, frame({ timeSec: 1, scenes: [scene({ onScreenText: text }), scene()] }))
    const lines = calls.filter((call) => call.op === 'fillText').map((call) => call.args[0] as string)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(line.length * 20).toBeLessThanOrEqual(1280 * 0.84)
  })

  test("the caption is the current scene's chunk for the moment, on a translucent band", () => {
    const captions = timeCaptions(['First words.', 'Then more.'], 4)
    const { ctx, calls } = recordingContext()
    drawFrame(ctx, frame({ timeSec: 3.5, scenes: [scene({ captions }), scene()] }))
    const caption = calls.find((call) => call.op === 'fillText')!
    expect(caption.args[0]).toBe('Then more.')
    const band = calls.filter((call) => call.op === 'fillRect').at(-1)!
    expect(band.fillStyle).toMatch(/^rgba\(0, 0, 0, 0\.\d+\)$/)
    // The band sits in the lower part of the frame, behind the text.
    const [, bandY, , bandHeight] = band.args as number[]
    expect(bandY!).toBeGreaterThan(720 / 2)
    expect(caption.args[2] as number).toBeGreaterThan(bandY!)
    expect(caption.args[2] as number).toBeLessThan(bandY! + bandHeight!)
  })

  test('every frame starts by clearing the whole canvas, so nothing of the previous frame shows through', () => {
    const { ctx, calls } = recordingContext(720, 1280)
    drawFrame(ctx, frame({ timeline: createTimeline([]), scenes: [] }))
    expect(calls).toEqual([{ op: 'fillRect', args: [0, 0, 720, 1280], alpha: 1, fillStyle: '#111318' }])
  })
})
