import { describe, expect, test } from 'bun:test'
import { SampleRing } from './ring.ts'

const write = (ring: SampleRing, values: number[]) => {
  for (const value of values) ring.column('v')![ring.advance()] = value
}

describe('SampleRing', () => {
  test('keeps the last `capacity` samples, oldest first', () => {
    const ring = new SampleRing(3)
    ring.addColumn('v')
    write(ring, [1, 2])
    expect(ring.values('v')).toEqual([1, 2])
    write(ring, [3, 4, 5])
    expect(ring.size).toBe(3)
    expect(ring.values('v')).toEqual([3, 4, 5])
  })

  test('memory is fixed: the same typed array is written in place however many samples', () => {
    const ring = new SampleRing(4)
    const column = ring.addColumn('v')
    write(
      ring,
      Array.from({ length: 1000 }, (_, i) => i),
    )
    expect(ring.column('v')).toBe(column)
    expect(column.length).toBe(4)
    expect(ring.values('v')).toEqual([996, 997, 998, 999])
  })

  test('a slot nobody wrote this time is NaN, which JSON gets as null (a gap in the chart)', () => {
    const ring = new SampleRing(3)
    ring.addColumn('v')
    ring.addColumn('w')
    write(ring, [1, 2, 3])
    ring.column('w')![ring.advance()] = 9 // v not written this second
    expect(ring.values('v')).toEqual([2, 3, null])
    expect(ring.values('w')).toEqual([null, null, 9])
  })

  test('a column added later has no values for the samples before it', () => {
    const ring = new SampleRing(5)
    ring.addColumn('v')
    write(ring, [1, 2])
    const late = ring.addColumn('late', 'f32')
    late[ring.advance()] = 12.34
    expect(ring.values('late')).toEqual([null, null, 12.34]) // float32, printed without float noise
  })

  test('nextEvicted names the slot the next advance overwrites, once full', () => {
    const ring = new SampleRing(2)
    ring.addColumn('v')
    expect(ring.nextEvicted()).toBe(-1)
    write(ring, [1])
    expect(ring.nextEvicted()).toBe(-1)
    write(ring, [2])
    const slot = ring.nextEvicted()
    expect(ring.column('v')![slot]).toBe(1)
  })

  test('bad capacity and duplicate or unknown columns are errors', () => {
    expect(() => new SampleRing(0)).toThrow('capacity')
    const ring = new SampleRing(1)
    ring.addColumn('v')
    expect(() => ring.addColumn('v')).toThrow('exists')
    expect(() => ring.values('x')).toThrow('no column')
  })
})
