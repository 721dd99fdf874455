import { describe, expect, test } from 'bun:test'
import { chooseCodecs, hasWebCodecs, type AudioCodecName, type VideoCodecName } from './codecs.ts'

const browser = (video: VideoCodecName[], audio: AudioCodecName[]) => {
  const asked: string[] = []
  return {
    asked,
    checks: {
      canEncodeVideo: async (codec: VideoCodecName) => (asked.push(codec), video.includes(codec)),
      canEncodeAudio: async (codec: AudioCodecName) => (asked.push(codec), audio.includes(codec)),
    },
  }
}

describe('chooseCodecs', () => {
  test('MP4: H.264 with AAC where the browser encodes AAC', async () => {
    expect(await chooseCodecs('mp4', browser(['avc', 'vp9'], ['aac', 'opus']).checks)).toEqual({ video: 'avc', audio: 'aac' })
  })

  test('MP4 without an AAC encoder (Debian Chromium): H.264 with Opus', async () => {
    expect(await chooseCodecs('mp4', browser(['avc', 'vp9'], ['opus']).checks)).toEqual({ video: 'avc', audio: 'opus' })
  })

  test('WebM: VP9 with Opus, AAC never asked for', async () => {
    const { checks, asked } = browser(['vp9'], ['aac', 'opus'])
    expect(await chooseCodecs('webm', checks)).toEqual({ video: 'vp9', audio: 'opus' })
    expect(asked).not.toContain('aac')
  })

  test('a missing video or audio encoder is a problem code with the format named, not an exception', async () => {
    expect(await chooseCodecs('mp4', browser(['vp9'], ['opus']).checks)).toEqual({ problem: 'video-codec', format: 'MP4 (H.264)' })
    expect(await chooseCodecs('webm', browser(['vp9'], []).checks)).toEqual({ problem: 'audio-codec', format: 'WebM (VP9)' })
  })
})

describe('hasWebCodecs', () => {
  test('needs the video and audio encoders and VideoFrame', () => {
    expect(hasWebCodecs({ VideoEncoder: 1, AudioEncoder: 1, VideoFrame: 1 })).toBe(true)
    expect(hasWebCodecs({ VideoEncoder: 1, VideoFrame: 1 })).toBe(false)
    expect(hasWebCodecs({})).toBe(false)
  })
})
