import { describe, expect, test } from 'bun:test'
import { NO_PROXY, parseHop, parseProxyTrust, resolveClientAddress } from './proxy-trust.ts'

const resolve = (setting: string, socket: string | undefined, forwardedFor?: string) =>
  resolveClientAddress(parseProxyTrust(setting), socket, forwardedFor)

describe('parseProxyTrust', () => {
  test.each(['false', 'no', 'off', '0', ' FALSE '])('%p trusts nothing', (value) => {
    const trust = parseProxyTrust(value)
    expect(trust.enabled).toBe(false)
    expect(trust.trusts('127.0.0.1', 0)).toBe(false)
  })

  test.each([
    ['true', 1],
    ['yes', 1],
    ['1', 1],
    ['2', 2],
  ])('%p trusts the first %p hop(s), whatever their address', (value, count) => {
    const trust = parseProxyTrust(value)
    expect(trust.enabled).toBe(true)
    for (let hop = 0; hop <= count; hop++) expect(trust.trusts('203.0.113.7', hop)).toBe(hop < count)
  })

  test('a list trusts exactly its addresses, CIDRs and named ranges, at any hop', () => {
    const trust = parseProxyTrust('127.0.0.1, 10.0.0.0/8, linklocal, 2001:db8::/32')
    for (const address of ['127.0.0.1', '10.1.2.3', '169.254.1.1', 'fe80::1', '2001:db8::5', '::ffff:10.0.0.1'])
      expect([address, trust.trusts(address, 3)]).toEqual([address, true])
    for (const address of ['127.0.0.2', '11.0.0.1', '192.168.1.1', '2001:db9::1', 'garbage'])
      expect([address, trust.trusts(address, 0)]).toEqual([address, false])
    expect(parseProxyTrust('loopback').trusts('::1', 0)).toBe(true)
    expect(parseProxyTrust('uniquelocal').trusts('192.168.0.9', 0)).toBe(true)
  })

  test.each([
    ['maybe', /invalid IP address: maybe/],
    ['127.0.0.1,,10.0.0.1', /empty entry/],
    ['10.0.0.0/33', /invalid range on address/],
    ['11', /at most 10 proxy hops/],
    ['-1', /invalid IP address/],
    ['loopbak', /expected false, true, a hop count/],
  ])('%p is refused: %p', (value, message) => {
    expect(() => parseProxyTrust(value)).toThrow(message)
  })
})

describe('parseHop', () => {
  test.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.0.113.7:4711', '203.0.113.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['unknown', undefined],
    ['', undefined],
    ['203.0.113.7:notaport', undefined],
    ['203.0.113.300', undefined],
    ['_hidden', undefined],
    ['[2001:db8::1', undefined],
  ])('%p -> %p', (entry, address) => {
    expect(parseHop(entry)).toBe(address)
  })
})

describe('resolveClientAddress', () => {
  test.each([
    // [TRUST_PROXY, socket peer, X-Forwarded-For, the client]
    ['false', '10.0.0.1', '198.51.100.9', '10.0.0.1'],
    ['false', '::ffff:10.0.0.1', undefined, '10.0.0.1'],
    ['true', '10.0.0.1', undefined, '10.0.0.1'],
    ['true', '10.0.0.1', '', '10.0.0.1'],
    ['true', '10.0.0.1', '203.0.113.7', '203.0.113.7'],
    ['true', '10.0.0.1', 'spoofed, 203.0.113.7', '203.0.113.7'],
    ['true', '10.0.0.1', '1.1.1.1,203.0.113.7', '203.0.113.7'],
    ['true', '10.0.0.1', '203.0.113.7:5000', '203.0.113.7'],
    ['true', '10.0.0.1', '[2001:db8::7]:5000', '2001:db8::7'],
    ['true', '::1', '2001:db8::7', '2001:db8::7'],
    // Two proxies: the socket peer and the hop it reports are both trusted.
    ['2', '10.0.0.1', '9.9.9.9, 203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['2', '10.0.0.1', '203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['2', '10.0.0.1', '10.0.0.2', '10.0.0.2'],
    ['127.0.0.1,10.0.0.0/8', '127.0.0.1', '9.9.9.9, 203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['loopback,uniquelocal', '127.0.0.1', '203.0.113.7, 192.168.1.1, 10.0.0.2', '203.0.113.7'],
    // Every hop trusted: the leftmost is the best anyone knows.
    ['loopback,uniquelocal', '127.0.0.1', '10.0.0.3, 10.0.0.2', '10.0.0.3'],
    // A socket peer that is not a trusted proxy: its header is ignored entirely.
    ['127.0.0.1', '203.0.113.50', '198.51.100.1', '203.0.113.50'],
    ['10.0.0.0/8', '2001:db8::50', '198.51.100.1', '2001:db8::50'],
    // A malformed entry ends the walk at the hop that reported it.
    ['2', '10.0.0.1', '203.0.113.7, garbage', '10.0.0.1'],
    ['uniquelocal', '10.0.0.1', '203.0.113.7, 10.0.0.2, ,', '10.0.0.1'],
    ['uniquelocal', '10.0.0.1', '203.0.113.7,unknown,10.0.0.2', '10.0.0.2'],
  ] as const)('TRUST_PROXY=%p, socket %p, X-Forwarded-For %p: %p', (setting, socket, forwardedFor, client) => {
    expect(resolve(setting, socket, forwardedFor)).toBe(client)
  })

  test('rotating the leftmost (client-written) hops never changes the key', () => {
    for (const setting of ['true', '127.0.0.1', '2', 'loopback,10.0.0.2']) {
      const keys = new Set<string | undefined>()
      const proxyChain = setting === '2' || setting.includes('10.0.0.2') ? ', 10.0.0.2' : ''
      for (let i = 0; i < 20; i++) keys.add(resolve(setting, '127.0.0.1', `192.0.2.${i}, 10.9.${i}.1, 203.0.113.7${proxyChain}`))
      expect([setting, [...keys]]).toEqual([setting, ['203.0.113.7']])
    }
  })

  test('no socket address: nothing to judge trust by, so no address', () => {
    expect(resolveClientAddress(NO_PROXY, undefined, '203.0.113.7')).toBeUndefined()
    expect(resolve('true', undefined, '203.0.113.7')).toBeUndefined()
  })
})
