import { describe, expect, test } from 'bun:test'
import { serializeProps } from './serialize.ts'

describe('serializeProps', () => {
  test('round-trips plain data exactly', () => {
    const props = { title: 'Hi', count: 3, ok: true, none: null, list: [1, 'two', { three: 3 }], nested: { deep: { er: 'x' } } }
    expect(JSON.parse(serializeProps('Demo', props))).toEqual(props)
  })

  test('no character of a hostile string can end the attribute, the script or open a comment', () => {
    const hostile = '</script><script>alert(1)</script> <!--<script> --> & " \' \u2028 \u2029 </ScRiPt>'
    const json = serializeProps('Demo', { text: hostile })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json).text).toBe(hostile)
  })

  test('a __proto__ key stays data and pollutes nothing when parsed', () => {
    const props = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')
    const parsed = JSON.parse(serializeProps('Demo', props))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true)
  })

  test('undefined props are dropped, as JSON does', () => {
    expect(serializeProps('Demo', { a: undefined, b: 1 })).toBe('{"b":1}')
  })

  test('a cycle is an error naming the island and the path', () => {
    const props: Record<string, unknown> = { a: {} }
    ;(props.a as Record<string, unknown>).self = props
    expect(() => serializeProps('Player', props)).toThrow('Island Player: prop props.a.self is a cycle')
  })

  test('the same object twice (not a cycle) is fine', () => {
    const shared = { x: 1 }
    expect(JSON.parse(serializeProps('Demo', { a: shared, b: shared }))).toEqual({ a: { x: 1 }, b: { x: 1 } })
  })

  test.each([
    ['a function', { onClick: () => {} }, 'Island Demo: prop props.onClick is a function, not plain data'],
    ['a Date', { at: new Date(0) }, 'Island Demo: prop props.at is a Date, not a plain object'],
    ['a Map', { m: new Map() }, 'Island Demo: prop props.m is a Map, not a plain object'],
    ['NaN', { n: Number.NaN }, 'Island Demo: prop props.n is NaN, which JSON cannot carry'],
    ['Infinity', { n: Infinity }, 'Island Demo: prop props.n is Infinity, which JSON cannot carry'],
    ['a bigint', { n: 1n }, 'Island Demo: prop props.n is a bigint, not plain data'],
  ])('rejects %s', (_label, props, message) => {
    expect(() => serializeProps('Demo', props as Record<string, unknown>)).toThrow(new TypeError(message))
  })
})
