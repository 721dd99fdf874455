import { describe, expect, test } from 'bun:test'
import {
  isApiRead,
  isAuthChange,
  isCreateApi,
  isCreateForm,
  isFormPost,
  isNarrationClip,
  isPage,
  isPoster,
  isStaticAsset,
} from './match.ts'

const url = (path: string) => new URL(path, 'https://reelsmith.test')
/** The parts of a Request the predicates read; `navigate` is what a browser navigation looks like. */
const request = (mode: RequestMode, accept = '*/*') => ({ mode, headers: new Headers({ Accept: accept }) })
const navigation = request('navigate', 'text/html,application/xhtml+xml,*/*;q=0.8')
const fetchCall = request('cors')

describe('route predicates', () => {
  test('static assets are the hashed build output under /assets/', () => {
    expect(isStaticAsset(url('/assets/Player-3BK6MMUO.js'))).toBe(true)
    expect(isStaticAsset(url('/icon.svg'))).toBe(false)
    expect(isStaticAsset(url('/sw.js'))).toBe(false)
  })

  test('posters live under /posters/', () => {
    expect(isPoster(url('/posters/abcdefgh12/0-0123456789abcdef.svg'))).toBe(true)
    expect(isPoster(url('/videos/abcdefgh12'))).toBe(false)
    expect(isNarrationClip(url('/audio/0123456789abcdefghijkl.wav'))).toBe(true)
    expect(isNarrationClip(url('/api/videos/abcdefgh12'))).toBe(false)
  })

  test('API reads are /api/ requests, but never an event stream, whether it says so or not', () => {
    expect(isApiRead(url('/api/videos'), fetchCall)).toBe(true)
    expect(isApiRead(url('/api/videos/abcdefgh12'), fetchCall)).toBe(true)
    expect(isApiRead(url('/api/videos/abcdefgh12/events'), request('cors', 'text/event-stream'))).toBe(false)
    expect(isApiRead(url('/api/videos/abcdefgh12/events'), fetchCall)).toBe(false)
    expect(isApiRead(url('/videos'), fetchCall)).toBe(false)
  })

  test('pages are navigations, or fetches for HTML (the first page warm-up), outside the API', () => {
    expect(isPage(url('/'), navigation)).toBe(true)
    expect(isPage(url('/videos/abcdefgh12'), navigation)).toBe(true)
    expect(isPage(url('/gallery?page=2'), request('cors', 'text/html'))).toBe(true)
    expect(isPage(url('/gallery'), fetchCall)).toBe(false)
    expect(isPage(url('/api/videos'), navigation)).toBe(false)
  })

  test('the sign-in and sign-up pages are never pages to cache: they set a cookie the worker cannot see', () => {
    for (const path of ['/login', '/signup', '/logout'])
      expect({ path, page: isPage(url(path), navigation) }).toEqual({ path, page: false })
    expect(isPage(url('/login-help'), navigation)).toBe(true)
  })

  test('a change of person is any sign-in, sign-up or sign-out, by form or by API', () => {
    for (const path of ['/login', '/signup', '/logout', '/api/auth/login', '/api/auth/signup', '/api/auth/logout']) {
      expect({ path, change: isAuthChange(url(path)) }).toEqual({ path, change: true })
    }
    for (const path of ['/api/auth/me', '/account', '/loginx', '/api/login'])
      expect({ path, change: isAuthChange(url(path)) }).toEqual({ path, change: false })
  })

  test('creating: the form is the /videos navigation, the API call is /api/videos', () => {
    expect(isCreateForm(url('/videos'), navigation)).toBe(true)
    expect(isCreateForm(url('/videos'), fetchCall)).toBe(false)
    expect(isCreateForm(url('/videos/abcdefgh12/delete'), navigation)).toBe(false)
    expect(isCreateApi(url('/api/videos'))).toBe(true)
    expect(isCreateApi(url('/api/videos/abcdefgh12/retry'))).toBe(false)
  })

  test('any other form post is a navigation', () => {
    expect(isFormPost(url('/videos/abcdefgh12/delete'), navigation)).toBe(true)
    expect(isFormPost(url('/api/videos/abcdefgh12'), fetchCall)).toBe(false)
  })
})
