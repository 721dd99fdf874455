import { describe, expect, test } from 'bun:test'
import { matchesIfNoneMatch, hasBypassHeader, hasCredentials, isDeceptivePath, splitUrl, unstorableReason } from './http-rules.ts'

const headers = (init: Record<string, string>) => new Headers(init)

describe('hasCredentials', () => {
  test.each([
    [{ authorization: 'Bearer abc' }, true],
    [{ cookie: 'rs_session=abc' }, true],
    [{ cookie: 'theme=dark; rs_session=abc' }, true],
    [{ cookie: 'theme=dark;rs_session=abc' }, true],
    [{ cookie: 'theme=dark' }, false],
    [{ cookie: 'not_rs_session=abc' }, false],
    // Behind TLS the session cookie is `__Host-` prefixed: still a signed-in request.
    [{ cookie: '__Host-rs_session=abc' }, true],
    [{ cookie: 'theme=dark; __Host-rs_session=abc' }, true],
    [{ cookie: 'x__Host-rs_session=abc' }, false],
    [{ cookie: '__Host-rs_csrf=abc' }, false],
    [{}, false],
  ])('%j -> %p', (init, expected) => {
    expect(hasCredentials(headers(init))).toBe(expected)
  })
})

describe('hasBypassHeader', () => {
  test('routing overrides and Range requests bypass the cache', () => {
    expect(hasBypassHeader(headers({ 'x-original-url': '/admin' }))).toBe(true)
    expect(hasBypassHeader(headers({ 'X-HTTP-Method-Override': 'DELETE' }))).toBe(true)
    expect(hasBypassHeader(headers({ range: 'bytes=0-10' }))).toBe(true)
    expect(hasBypassHeader(headers({ accept: 'text/html' }))).toBe(false)
  })
})

describe('isDeceptivePath (web cache deception)', () => {
  test.each([
    '/account/x.css',
    '/account/profile.js',
    '/account;.js',
    '/account;x=1',
    '/account%2fx.png',
    '/account%2Fx',
    '/account%5cx',
    '/account%2e%2e/x',
    '/account%3b.css',
    '/account//x',
    '/account/%00.css',
  ])('%s is not cacheable', (path) => {
    expect(isDeceptivePath(path)).toBe(true)
  })

  test.each(['/', '/videos', '/videos/42', '/videos/42/storyboard', '/search'])('%s is cacheable', (path) => {
    expect(isDeceptivePath(path)).toBe(false)
  })

  test('a route may declare the extensions it really serves', () => {
    expect(isDeceptivePath('/feed.xml', new Set(['xml']))).toBe(false)
    expect(isDeceptivePath('/feed.XML', new Set(['xml']))).toBe(false)
    expect(isDeceptivePath('/feed.css', new Set(['xml']))).toBe(true)
  })
})

describe('splitUrl', () => {
  test('splits origin, path and query', () => {
    expect(splitUrl('http://localhost:3000/videos/42?x=1')).toEqual({ origin: 'http://localhost:3000', path: '/videos/42', search: '?x=1' })
    expect(splitUrl('https://reelsmith.example/')).toEqual({ origin: 'https://reelsmith.example', path: '/', search: '' })
  })
})

describe('unstorableReason', () => {
  const shared = { keyedVary: new Set(['accept-language']), perUser: false }
  const response = (init: Record<string, string>, status = 200) => new Response('body', { status, headers: init })

  test('a plain 200 may be stored', () => {
    expect(unstorableReason(response({ 'content-type': 'text/html' }), shared)).toBeUndefined()
    expect(unstorableReason(response({ vary: 'Accept-Language' }), shared)).toBeUndefined()
  })

  test.each([
    ['a non-200', response({}, 404), 'status'],
    ['a redirect', response({ location: '/x' }, 302), 'status'],
    ['Set-Cookie', response({ 'set-cookie': 'a=b' }), 'set-cookie'],
    ['private', response({ 'cache-control': 'private, max-age=60' }), 'cache-control'],
    ['no-store', response({ 'cache-control': 'no-store' }), 'cache-control'],
    ['no-cache', response({ 'cache-control': 'max-age=0, no-cache' }), 'cache-control'],
    ['Vary: *', response({ vary: '*' }), 'vary'],
    ['Vary on a header outside the key', response({ vary: 'Accept-Language, User-Agent' }), 'vary'],
    ['an event stream', response({ 'content-type': 'text/event-stream' }), 'stream'],
  ])('%s is never stored in a shared entry', (_name, res, reason) => {
    expect(unstorableReason(res, shared)).toBe(reason)
  })

  test('a per-user entry may be private, never no-store', () => {
    const perUser = { keyedVary: new Set(['cookie', 'authorization']), perUser: true }
    expect(unstorableReason(response({ 'cache-control': 'private' }), perUser)).toBeUndefined()
    expect(unstorableReason(response({ 'cache-control': 'private, no-store' }), perUser)).toBe('cache-control')
    expect(unstorableReason(response({ vary: 'Cookie' }), perUser)).toBeUndefined()
  })
})

describe('matchesIfNoneMatch, one ETag', () => {
  test('compares weakly, understands lists and *', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true)
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false)
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false)
  })
})

describe('matchesIfNoneMatch, an ETag per encoding', () => {
  const tags = ['"abc"', '"abc-br"']
  test.each([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc-br"', true],
    ['"zzz", "abc-br"', true],
    ['*', true],
    ['"ab"', false],
  ] as const)('%p -> %p', (header, expected) => {
    expect(matchesIfNoneMatch(header, tags)).toBe(expected)
  })
})
