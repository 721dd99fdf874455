import { describe, expect, test } from 'bun:test'
import { sceneCues } from './captions.ts'
import { drawFrame, type DrawableScene, type FrameContent, type Painter } from './draw.ts'
import { CAPTION_PRESETS } from './caption-style.ts'
import { captionSafeArea } from './safe-area.ts'
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
    strokeText: record('strokeText'),
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

type FrameInput = FrameContent & { timeSec: number }
const frame = (overrides: Partial<FrameInput>): FrameInput => ({
  timeSec: 0,
  timeline: createTimeline([4, 4]),
  scenes: [scene(), scene()],
  posterFor: () => null,
  reducedMotion: false,
  ...overrides,
})

/** Paints `input` at its time on a `width` x `height` frame. */
const paint = (ctx: Painter, { timeSec, ...content }: FrameInput, width = 1280, height = 720): void =>
  drawFrame(ctx, content, timeSec, { width, height })

describe('drawFrame', () => {
  test('a scene whose poster is not ready is painted with its palette as a gradient over the whole frame', () => {
    const { ctx, calls } = recordingContext()
    paint(ctx, frame({ timeSec: 1 }))
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
    const input = frame({ posterFor: (index: number) => poster(`p${index}`) })
    paint(ctx, { ...input, timeSec: 0.5 })
    paint(ctx, { ...input, timeSec: 3 })
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
    paint(ctx, { ...input, timeSec: 0.5 })
    paint(ctx, { ...input, timeSec: 3 })
    for (const call of calls.filter((call) => call.op === 'drawImage')) expect(call.args.slice(1)).toEqual([0, 0, 1280, 720])
  })

  test('at a boundary both scenes are drawn: the outgoing one opaque, the incoming one half transparent on top', () => {
    const { ctx, calls } = recordingContext()
    paint(ctx, frame({ timeSec: 4, posterFor: (index: number) => poster(`p${index}`) }))
    expect(calls.filter((call) => call.op === 'drawImage').map((call) => [call.args[0], call.alpha])).toEqual([
      [{ name: 'p0' }, 1],
      [{ name: 'p1' }, 0.5],
    ])
  })

  test('the on-screen text is drawn, wrapped to the frame, with its scene', () => {
    const { ctx, calls } = recordingContext()
    const text = 'Sunrise over the harbour of Porto on a quiet morning in early spring'
    paint(ctx, frame({ timeSec: 1, scenes: [scene({ onScreenText: text }), scene()] }))
    const lines = calls.filter((call) => call.op === 'fillText').map((call) => call.args[0] as string)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(line.length * 20).toBeLessThanOrEqual(1280 * 0.84)
  })

  test("the caption is the current sentence's cue, on a translucent box inside the caption safe area", () => {
    const captions = sceneCues({
      narration: '',
      durationSec: 4,
      sentences: [
        { text: 'First words.', startSec: 0, endSec: 2 },
        { text: 'Then more.', startSec: 2, endSec: 4 },
      ],
    })
    const { ctx, calls } = recordingContext()
    paint(ctx, frame({ timeSec: 3.5, scenes: [scene({ captions }), scene()] }))
    const caption = calls.find((call) => call.op === 'fillText')!
    expect(caption.args[0]).toBe('Then more.')
    const band = calls.filter((call) => call.op === 'fillRect').at(-1)!
    expect(band.fillStyle).toMatch(/^rgba\(0, 0, 0, 0\.\d+\)$/)
    const area = captionSafeArea({ width: 1280, height: 720 })
    const [bandX, bandY, bandWidth, bandHeight] = band.args as number[]
    expect(bandY!).toBeGreaterThanOrEqual(area.y)
    expect(bandY! + bandHeight!).toBeLessThanOrEqual(area.y + area.height + 0.001)
    expect(bandX!).toBeGreaterThanOrEqual(area.x)
    expect(bandX! + bandWidth!).toBeLessThanOrEqual(area.x + area.width + 0.001)
    expect(caption.args[2] as number).toBeGreaterThan(bandY!)
    expect(caption.args[2] as number).toBeLessThan(bandY! + bandHeight!)
  })

  test('between sentences no caption is drawn', () => {
    const captions = sceneCues({
      narration: '',
      durationSec: 4,
      sentences: [
        { text: 'Early.', startSec: 0, endSec: 1 },
        { text: 'Late.', startSec: 3, endSec: 4 },
      ],
    })
    const { ctx, calls } = recordingContext()
    paint(ctx, frame({ timeSec: 2, scenes: [scene({ captions }), scene()] }))
    expect(calls.filter((call) => call.op === 'fillText')).toEqual([])
  })

  test('karaoke: the spoken word is drawn again in the highlight colour, at its place in the line', () => {
    const captions = sceneCues({ narration: '', durationSec: 4, sentences: [{ text: 'one two three', startSec: 0, endSec: 3 }] })
    const { ctx, calls } = recordingContext()
    paint(ctx, frame({ timeSec: 1.5, captionStyle: CAPTION_PRESETS.karaoke, scenes: [scene({ captions }), scene()] }))
    const texts = calls.filter((call) => call.op === 'fillText')
    expect(texts.map((call) => call.args[0])).toEqual(['one two three', 'two'])
    expect(texts[1]!.fillStyle).toBe(CAPTION_PRESETS.karaoke.highlight)
    // 20 px per character: the line is 260 px wide and centred on 640; "two" starts after "one ".
    expect(texts[1]!.args[1]).toBe(640 - 130 + 80)
    expect(calls.some((call) => call.op === 'strokeText')).toBe(true)
  })

  test('every frame starts by clearing the whole canvas, so nothing of the previous frame shows through', () => {
    const { ctx, calls } = recordingContext(720, 1280)
    paint(ctx, frame({ timeline: createTimeline([]), scenes: [] }), 720, 1280)
    expect(calls).toEqual([{ op: 'fillRect', args: [0, 0, 720, 1280], alpha: 1, fillStyle: '#111318' }])
  })
})
