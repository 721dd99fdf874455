import { describe, expect, test } from 'bun:test'
import { chooseMimeType, RECORDING_MIME_TYPES } from './mime-type.ts'

const supporting =
  (...types: string[]) =>
  (mimeType: string) =>
    types.includes(mimeType)

describe('chooseMimeType', () => {
  test('prefers VP9, then VP8, then plain WebM', () => {
    expect(RECORDING_MIME_TYPES).toEqual(['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'])
    expect(chooseMimeType(supporting(...RECORDING_MIME_TYPES))).toBe('video/webm;codecs=vp9')
    expect(chooseMimeType(supporting('video/webm;codecs=vp8', 'video/webm'))).toBe('video/webm;codecs=vp8')
    expect(chooseMimeType(supporting('video/webm'))).toBe('video/webm')
  })

  test('null when nothing is supported (e.g. a browser that records only MP4)', () => {
    expect(chooseMimeType(supporting('video/mp4'))).toBeNull()
  })

  test('asks in order and stops at the first yes', () => {
    const asked: string[] = []
    chooseMimeType((mimeType) => (asked.push(mimeType), mimeType === 'video/webm;codecs=vp8'))
    expect(asked).toEqual(['video/webm;codecs=vp9', 'video/webm;codecs=vp8'])
  })
})
