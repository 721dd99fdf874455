import { describe, expect, test } from 'bun:test'
import { clipsFrom, narrationClips } from './audio-schedule.ts'

const scenes = [
  {
    sentences: [
      { startSec: 0.5, audioUrl: '/audio/a.wav' },
      { startSec: 2, audioUrl: '/audio/b.wav' },
    ],
  },
  { sentences: [{ startSec: 0, audioUrl: null }] },
  { sentences: [{ startSec: 1, audioUrl: '/audio/c.wav' }] },
]

describe('narrationClips', () => {
  test('each clip at scene start + sentence start; sentences without audio are skipped', () => {
    expect(narrationClips(scenes, [0, 4, 7])).toEqual([
      { url: '/audio/a.wav', atSec: 0.5 },
      { url: '/audio/b.wav', atSec: 2 },
      { url: '/audio/c.wav', atSec: 8 },
    ])
  })

  test('a scene without sentences (an older page) has no clips', () => {
    expect(narrationClips([{}], [0])).toEqual([])
  })
})

describe('clipsFrom', () => {
  const clips = narrationClips(scenes, [0, 4, 7])
  const durations: Record<string, number> = { '/audio/a.wav': 1, '/audio/b.wav': 1.5, '/audio/c.wav': 2 }

  test('from the start: every clip delayed to its time', () => {
    expect(clipsFrom(clips, (url) => durations[url], 0)).toEqual([
      { url: '/audio/a.wav', delaySec: 0.5, offsetSec: 0 },
      { url: '/audio/b.wav', delaySec: 2, offsetSec: 0 },
      { url: '/audio/c.wav', delaySec: 8, offsetSec: 0 },
    ])
  })

  test('after a seek into a sentence: that clip joins mid-way, finished ones are dropped', () => {
    expect(clipsFrom(clips, (url) => durations[url], 2.5)).toEqual([
      { url: '/audio/b.wav', delaySec: 0, offsetSec: 0.5 },
      { url: '/audio/c.wav', delaySec: 5.5, offsetSec: 0 },
    ])
  })

  test('a clip still decoding is left out (it joins when decoded)', () => {
    expect(clipsFrom(clips, (url) => (url === '/audio/c.wav' ? undefined : durations[url]), 0).map((start) => start.url)).toEqual([
      '/audio/a.wav',
      '/audio/b.wav',
    ])
  })
})
