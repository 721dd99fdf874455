import { describe, expect, test } from 'bun:test'
import { MUSIC_MOODS } from '../../../shared/music.ts'
import { composeScore, envelopeAt, notesSounding, notesStarting, VOICES } from './score.ts'

const input = { mood: 'upbeat', bpm: 112, seed: 1234, durationSec: 45 } as const

describe('composeScore: the music as a pure function of mood, tempo, seed and length', () => {
  test('the same input gives the same notes, note for note', () => {
    expect(composeScore(input)).toEqual(composeScore({ ...input }))
  })

  test('another seed gives other notes; another mood and another tempo too', () => {
    const base = JSON.stringify(composeScore(input).notes)
    expect(JSON.stringify(composeScore({ ...input, seed: 1235 }).notes)).not.toBe(base)
    expect(JSON.stringify(composeScore({ ...input, mood: 'dramatic' }).notes)).not.toBe(base)
    expect(JSON.stringify(composeScore({ ...input, bpm: 90 }).notes)).not.toBe(base)
  })

  for (const mood of MUSIC_MOODS) {
    test(`${mood}: every note starts, ends and rings out within the video, with pitches and velocities in range`, () => {
      for (const durationSec of [5, 31.7, 600]) {
        const score = composeScore({ mood, bpm: 100, seed: 7, durationSec })
        expect(score.notes.length).toBeGreaterThan(0)
        for (const note of score.notes) {
          expect(note.atSec).toBeGreaterThanOrEqual(0)
          expect(note.durSec).toBeGreaterThan(0)
          expect(note.atSec + note.durSec + note.releaseSec).toBeLessThanOrEqual(durationSec + 1e-9)
          expect(note.midi).toBeGreaterThanOrEqual(24)
          expect(note.midi).toBeLessThanOrEqual(100)
          expect(note.velocity).toBeGreaterThan(0)
          expect(note.velocity).toBeLessThanOrEqual(1)
          expect(VOICES).toContain(note.voice)
        }
        // In time order, so the live scheduler can walk it.
        expect(score.notes.map((note) => note.atSec)).toEqual(score.notes.map((note) => note.atSec).sort((a, b) => a - b))
      }
    })
  }

  test('the music lasts the whole video: notes start in its last bars too, not only at the beginning', () => {
    const score = composeScore({ ...input, durationSec: 120 })
    const lastStart = Math.max(...score.notes.map((note) => note.atSec))
    expect(lastStart).toBeGreaterThan(120 - 4 * (60 / 112) * 2)
  })

  test('it fades in from silence and out to silence exactly at the end', () => {
    const score = composeScore(input)
    expect(envelopeAt(score, 0)).toBe(0)
    expect(envelopeAt(score, score.fadeInSec / 2)).toBeCloseTo(0.5)
    expect(envelopeAt(score, 20)).toBe(1)
    expect(envelopeAt(score, 45 - score.fadeOutSec / 2)).toBeCloseTo(0.5)
    expect(envelopeAt(score, 45)).toBe(0)
    expect(score.fadeOutSec).toBeGreaterThan(1)
  })

  test('a very short or empty video still gets a well-formed score', () => {
    expect(composeScore({ ...input, durationSec: 0 }).notes).toEqual([])
    const short = composeScore({ ...input, durationSec: 1.5 })
    expect(envelopeAt(short, 0.75)).toBeGreaterThan(0)
    for (const note of short.notes) expect(note.atSec + note.durSec + note.releaseSec).toBeLessThanOrEqual(1.5)
  })

  test('moods differ in what plays: drums in upbeat, none in calm; a melody in playful, none in dramatic', () => {
    const voices = (mood: (typeof MUSIC_MOODS)[number]) => new Set(composeScore({ ...input, mood }).notes.map((note) => note.voice))
    expect(voices('upbeat').has('kick')).toBe(true)
    expect(voices('calm').has('kick')).toBe(false)
    expect(voices('playful').has('lead')).toBe(true)
    expect(voices('dramatic').has('lead')).toBe(false)
  })

  test('the live window functions: what starts in a window, and what still sounds at a position', () => {
    const score = composeScore(input)
    const starting = notesStarting(score, 10, 12)
    expect(starting.length).toBeGreaterThan(0)
    for (const note of starting) expect(note.atSec >= 10 && note.atSec < 12).toBe(true)
    // A pad holds its bar: at 10.1 s a chord that started before is still sounding.
    const sounding = notesSounding(score, 10.1)
    expect(sounding.some((note) => note.voice === 'pad')).toBe(true)
    for (const note of sounding) expect(note.atSec < 10.1 && note.atSec + note.durSec > 10.1).toBe(true)
    // Windows that tile the video cover every note exactly once.
    let count = 0
    for (let from = 0; from < 45; from += 1.5) count += notesStarting(score, from, from + 1.5).length
    expect(count).toBe(score.notes.length)
  })
})
