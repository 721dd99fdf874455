import { describe, expect, test } from 'bun:test'
import { wrapText } from './wrap.ts'

/** A monospace stand-in for canvas measureText: every character is 10 px wide. */
const mono = (text: string) => text.length * 10

describe('wrapText', () => {
  test('text that fits stays on one line', () => {
    expect(wrapText('Hello there', 200, mono)).toEqual(['Hello there'])
  })

  test('wraps at spaces so that no line is wider than maxWidth', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 100, mono)
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog'])
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(100)
  })

  test('collapses runs of whitespace', () => {
    expect(wrapText('  a \n\t b  ', 100, mono)).toEqual(['a b'])
  })

  test('a word wider than a line is broken into pieces that fit', () => {
    expect(wrapText('go supercalifragilistic now', 80, mono)).toEqual(['go', 'supercal', 'ifragili', 'stic now'])
  })

  test('uses the injected measure, not the character count', () => {
    const wideW = (text: string) => [...text].reduce((width, char) => width + (char === 'W' ? 50 : 10), 0)
    expect(wrapText('WW ii WW', 140, wideW)).toEqual(['WW ii', 'WW'])
    expect(wrapText('WW ii WW', 140, mono)).toEqual(['WW ii WW'])
  })

  test('beyond maxLines the text is cut at a word and the last line ends with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six seven', 100, mono, 2)
    expect(lines).toEqual(['one two', 'three…'])
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(100)
  })

  test('a lone word too long for the ellipsis is cut by characters', () => {
    expect(wrapText('abcdefghij klm', 100, mono, 1)).toEqual(['abcdefghi…'])
  })

  test('empty text has no lines', () => {
    expect(wrapText('   ', 100, mono)).toEqual([])
  })
})
