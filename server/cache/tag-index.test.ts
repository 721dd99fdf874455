import { describe, expect, test } from 'bun:test'
import { TagIndex } from './tag-index.ts'

describe('TagIndex', () => {
  test('finds the keys of any of several tags, once each', () => {
    const index = new TagIndex()
    index.add('db:video:42', ['video:42', 'user:7'])
    index.add('db:user:7', ['user:7'])
    index.add('db:video:43', ['video:43'])
    expect(index.keysFor(['user:7', 'video:42']).sort()).toEqual(['db:user:7', 'db:video:42'])
    expect(index.keysFor(['nothing'])).toEqual([])
  })

  test('forgets a tag once its last key is removed (no leak)', () => {
    const index = new TagIndex()
    index.add('a', ['t1', 't2'])
    index.add('b', ['t1'])
    index.remove('a', ['t1', 't2'])
    expect(index.keysFor(['t1'])).toEqual(['b'])
    expect(index.size).toBe(1)
    index.remove('b', ['t1'])
    expect(index.size).toBe(0)
  })
})
