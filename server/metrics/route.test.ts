import { describe, expect, test } from 'bun:test'
import { Hono } from 'hono'
import { routeTemplate, UNMATCHED_ROUTE } from './route.ts'

/** An app that writes the route template of every request into `seen`, read after the request ran. */
const recordingApp = () => {
  const seen: string[] = []
  const app = new Hono()
  app.use(async (c, next) => {
    await next()
    seen.push(routeTemplate(c))
  })
  return { app, seen }
}

describe('routeTemplate', () => {
  test('the registered template, never the URL', async () => {
    const { app, seen } = recordingApp()
    app.get('/videos/:id', (c) => c.text('ok'))
    app.get('/u/:user/videos/:id', (c) => c.text('ok'))
    await app.request('/videos/42?token=secret')
    await app.request('/u/ann/videos/7')
    expect(seen).toEqual(['/videos/:id', '/u/:user/videos/:id'])
  })

  test('when two routes match, the one that answered (registration order)', async () => {
    const { app, seen } = recordingApp()
    app.get('/videos/new', (c) => c.text('form'))
    app.get('/videos/:id', (c) => c.text('video'))
    await app.request('/videos/new')
    await app.request('/videos/9')
    expect(seen).toEqual(['/videos/new', '/videos/:id'])
  })

  test('a sub-app mounted with app.route gives its full path', async () => {
    const { app, seen } = recordingApp()
    const api = new Hono()
    api.get('/:id', (c) => c.json({}))
    app.route('/api/videos', api)
    await app.request('/api/videos/1')
    expect(seen).toEqual(['/api/videos/:id'])
  })

  test('answered by middleware before its handler: still the route it was meant for', async () => {
    const { app, seen } = recordingApp()
    app.use('/admin/*', async (c) => c.text('not here', 404))
    app.get('/admin/metrics', (c) => c.text('dashboard'))
    await app.request('/admin/metrics')
    expect(seen).toEqual(['/admin/metrics'])
  })

  test('no route for the path (or the method): unmatched', async () => {
    const { app, seen } = recordingApp()
    app.get('/videos/:id', (c) => c.text('ok'))
    await app.request('/nothing/here')
    await app.request('/videos/1', { method: 'PUT' })
    expect(seen).toEqual([UNMATCHED_ROUTE, UNMATCHED_ROUTE])
  })

  test('a response from middleware alone (static assets) is labelled by that middleware\u2019s path', async () => {
    const { app, seen } = recordingApp()
    app.use('/assets/*', async (c, next) => (c.req.path.endsWith('.js') ? c.text('js') : next()))
    await app.request('/assets/app-1a2b.js')
    await app.request('/assets/missing.css')
    expect(seen).toEqual(['/assets/*', UNMATCHED_ROUTE])
  })

  test('app.all handlers count under their path', async () => {
    const { app, seen } = recordingApp()
    app.all('/hook', (c) => c.text('ok'))
    await app.request('/hook', { method: 'POST' })
    expect(seen).toEqual(['/hook'])
  })
})
