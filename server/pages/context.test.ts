import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, readPage, TEST_PASSWORD, uniqueEmail } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { safeNext } from './context.ts'

/**
 * Every spelling of a `next` target an attacker has tried, and where each must land: a path on this
 * site, else `/`. One table, checked on safeNext itself and on each route that reads `next`.
 */
const NEXT_CASES: readonly (readonly [next: string, lands: string])[] = [
  // Kept: paths on this site, with their query and fragment.
  ['/', '/'],
  ['/videos/abc?x=1#y', '/videos/abc?x=1#y'],
  ['/?prompt=A+bakery+ad&style=noir', '/?prompt=A+bakery+ad&style=noir'],
  // Kept in the resolved form a browser would follow.
  ['/a/../videos', '/videos'],
  ['/vid\teos', '/videos'],
  ['/a b', '/a%20b'],
  ['/x\r\nSet-Cookie: a=b', '/xSet-Cookie:%20a=b'],
  // An encoded slash is a character of one path segment, not a second slash.
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['/%5Cevil.example', '/%5Cevil.example'],
  // Another site, directly.
  ['//evil.example', '/'],
  ['///evil.example', '/'],
  ['//', '/'],
  ['/\\', '/'],
  ['/\\evil.example', '/'],
  ['/\\\\evil.example', '/'],
  ['\\\\evil.example', '/'],
  ['\\/evil.example', '/'],
  ['https://evil.example/', '/'],
  ['https:evil.example', '/'],
  ['javascript:alert(1)', '/'],
  ['evil.example', '/'],
  ['%2F%2Fevil.example', '/'],
  ['', '/'],
  // Another site once tabs, newlines and CR LF are dropped.
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['/\r\n/evil.example', '/'],
  ['\t//evil.example', '/'],
  // Another site once dot segments are removed, spelled plainly or encoded.
  ['/..//evil.example', '/'],
  ['/.//evil.example', '/'],
  ['/%2e%2e//evil.example', '/'],
  ['/%2E%2E//evil.example', '/'],
  ['/%2e//evil.example', '/'],
  ['/.%2e//evil.example', '/'],
  ['/a/..//evil.example', '/'],
  ['/./\\evil.example', '/'],
  ['/..\\/evil.example', '/'],
  ['/.\t.//evil.example', '/'],
]

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('safeNext and every route that follows `next`', () => {
  test('each spelling lands on a path of this site, the same on every surface', async () => {
    const seen: [string, string, string | null | undefined][] = []
    const expected: [string, string, string][] = []
    for (const [next, lands] of NEXT_CASES) {
      const query = `?next=${encodeURIComponent(next)}`
      expected.push(
        ...(['safeNext', 'GET /login', 'POST /signup', 'GET /login signed in', 'POST /login'] as const).map(
          (surface): [string, string, string] => [next, surface, lands],
        ),
      )
      seen.push([next, 'safeNext', safeNext(next)])

      const visitor = createBrowser(t.app)
      const form = await visitor.page(`/login${query}`)
      seen.push([next, 'GET /login', (await readPage(form)).field('next')])

      const email = uniqueEmail('next')
      const signUp = await visitor.form('/signup', { email, password: TEST_PASSWORD, next })
      seen.push([next, 'POST /signup', signUp.status === 303 ? signUp.headers.get('Location') : `status ${signUp.status}`])

      const signedIn = await visitor.page(`/login${query}`)
      seen.push([next, 'GET /login signed in', signedIn.status === 303 ? signedIn.headers.get('Location') : `status ${signedIn.status}`])

      const returning = createBrowser(t.app)
      await returning.page('/login')
      const logIn = await returning.form('/login', { email, password: TEST_PASSWORD, next })
      seen.push([next, 'POST /login', logIn.status === 303 ? logIn.headers.get('Location') : `status ${logIn.status}`])
    }
    expect(seen).toEqual(expected)
  }, 30_000)

  test('absent, the fallback; null, /', () => {
    expect(safeNext(undefined, '/home')).toBe('/home')
    expect(safeNext(null)).toBe('/')
  })
})
