import { describe, expect, test } from 'bun:test'
import { hashSeed, MUSIC_MOODS, musicSettings } from './music.ts'

const video = { id: 'abc', seed: 0, style: 'playful', mood: null, palettes: [['#808080']] }

describe('musicSettings: mood and tempo from the style and palette, seed from the video', () => {
  test('the style chooses the mood and tempo unless a mood was chosen', () => {
    expect(musicSettings(video)).toMatchObject({ mood: 'playful' })
    expect(musicSettings({ ...video, style: 'cinematic' }).mood).toBe('dramatic')
    expect(musicSettings({ ...video, style: 'cinematic', mood: 'calm' }).mood).toBe('calm')
    expect(musicSettings({ ...video, style: 'noir' }).bpm).toBeLessThan(musicSettings(video).bpm)
    for (const style of ['cinematic', 'documentary', 'playful', 'minimal', 'retro', 'noir', 'corporate', 'dreamy'])
      expect(MUSIC_MOODS).toContain(musicSettings({ ...video, style }).mood)
  })

  test('bright palettes play a little quicker than dark ones, within ±6 %', () => {
    const bright = musicSettings({ ...video, palettes: [['#ffffff', '#ffeecc']] }).bpm
    const dark = musicSettings({ ...video, palettes: [['#000000', '#101010']] }).bpm
    const mid = musicSettings(video).bpm
    expect(bright).toBeGreaterThan(mid)
    expect(dark).toBeLessThan(mid)
    expect(bright / mid).toBeLessThanOrEqual(1.061)
  })

  test('the seed follows the video id and its writer seed, and is stable', () => {
    expect(musicSettings(video).seed).toBe(musicSettings({ ...video }).seed)
    expect(musicSettings({ ...video, id: 'abd' }).seed).not.toBe(musicSettings(video).seed)
    expect(musicSettings({ ...video, seed: 1 }).seed).not.toBe(musicSettings(video).seed)
    // FNV-1a of the empty string: the offset basis, so the hash is the standard one.
    expect(hashSeed('')).toBe(0x811c9dc5)
  })
})
