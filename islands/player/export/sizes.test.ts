import { describe, expect, test } from 'bun:test'
import { exportSize } from './sizes.ts'

describe('exportSize', () => {
  test.each([
    ['16:9', '720p', 1280, 720],
    ['16:9', '1080p', 1920, 1080],
    ['9:16', '720p', 720, 1280],
    ['9:16', '1080p', 1080, 1920],
    ['1:1', '1080p', 1080, 1080],
    ['4:5', '720p', 720, 900],
    ['4:5', '1080p', 1080, 1350],
  ] as const)('%s at %s is %ix%i, both sides even', (aspect, resolution, width, height) => {
    const size = exportSize(aspect, resolution)
    expect(size).toEqual({ width, height })
    expect((size.width % 2) + (size.height % 2)).toBe(0)
  })
})
