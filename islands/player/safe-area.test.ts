import { describe, expect, test } from 'bun:test'
import { CAPTION_PRESET_NAMES, CAPTION_PRESETS } from './caption-style.ts'
import { captionSafeArea, titleSafeArea, type Rect } from './safe-area.ts'

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (inner: Rect, width: number, height: number) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= width && inner.y + inner.height <= height

describe('safe areas', () => {
  test.each([
    [1920, 1080],
    [1080, 1920],
    [1080, 1080],
    [1080, 1350],
  ])('at %ix%i captions and on-screen text never overlap, and both stay inside the frame', (width, height) => {
    const title = titleSafeArea({ width, height })
    expect(inside(title, width, height)).toBe(true)
    for (const position of ['bottom', 'middle'] as const) {
      const caption = captionSafeArea({ width, height }, position)
      expect(inside(caption, width, height)).toBe(true)
      expect(overlaps(caption, title)).toBe(false)
    }
  })

  test('in portrait the captions sit higher, clear of the app buttons at the bottom', () => {
    const landscape = captionSafeArea({ width: 1920, height: 1080 })
    const portrait = captionSafeArea({ width: 1080, height: 1920 })
    expect((portrait.y + portrait.height) / 1920).toBeLessThan((landscape.y + landscape.height) / 1080)
  })
})

describe('caption presets', () => {
  test('there are at least three, each readable: an outline or a box behind white-ish text', () => {
    expect(CAPTION_PRESET_NAMES.length).toBeGreaterThanOrEqual(3)
    for (const name of CAPTION_PRESET_NAMES) {
      const style = CAPTION_PRESETS[name]
      expect(style.outline !== null || style.box !== null).toBe(true)
      expect(style.sizeRatio).toBeGreaterThan(0.03)
    }
    expect(CAPTION_PRESETS.karaoke.highlight).not.toBeNull()
  })
})
