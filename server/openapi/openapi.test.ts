import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { PROBLEM_JSON } from '../http/errors.ts'
import { createBrowser } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { openApiPath, type OpenApiDocument } from './document.ts'

let t: TestApp
let withoutMonitoring: TestApp
beforeAll(async () => {
  t = await createTestApp()
  withoutMonitoring = await createTestApp({ monitoring: undefined })
})
afterAll(async () => {
  await t.close()
  await withoutMonitoring.close()
})

const documentOf = async (app: TestApp['app']) => (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument

/** The app's real /api routes as `METHOD /path/{param}` (ALL entries are middleware, not routes). */
const apiRoutesOf = (app: TestApp['app']) =>
  [
    ...new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${openApiPath(r.path)}`)),
  ].sort()

const documentedRoutes = (document: OpenApiDocument) =>
  Object.entries(document.paths)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
    .sort()

describe('GET /api/openapi.json', () => {
  test('lists exactly the routes the app serves under /api: a new route without a description fails here', async () => {
    for (const { app } of [t, withoutMonitoring]) {
      const routes = apiRoutesOf(app)
      expect(routes.length).toBeGreaterThan(15)
      expect(documentedRoutes(await documentOf(app))).toEqual(routes)
    }
    // Vitals are taken only with monitoring on, and documented only then.
    expect(apiRoutesOf(t.app)).toContain('POST /api/rum')
    expect(apiRoutesOf(withoutMonitoring.app)).not.toContain('POST /api/rum')
  })

  test('is an OpenAPI 3.1 document: every operation has a summary and responses, errors are problem+json, path params declared', async () => {
    const document = await documentOf(t.app)
    expect(document.openapi).toBe('3.1.0')
    expect(document.info).toMatchObject({ title: 'Reelsmith API', version: '9.9.9' })
    const operationIds = new Set<string>()
    for (const [path, operations] of Object.entries(document.paths)) {
      expect(path).not.toContain(':')
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '').sort()
      for (const operation of Object.values(operations)) {
        operationIds.add(operation.operationId)
        expect(operation.summary.length).toBeGreaterThan(0)
        const statuses = Object.keys(operation.responses)
        expect(statuses.length).toBeGreaterThan(0)
        expect(statuses.some((status) => status.startsWith('2'))).toBe(true)
        for (const [status, response] of Object.entries(operation.responses as Record<string, { content?: object }>)) {
          if (Number(status) >= 400) expect(Object.keys(response.content ?? {})).toEqual([PROBLEM_JSON])
        }
        const parameters = ('parameters' in operation ? operation.parameters : []) as { name: string; in: string }[]
        expect(
          parameters
            .filter((parameter) => parameter.in === 'path')
            .map((parameter) => parameter.name)
            .sort(),
        ).toEqual(templated)
      }
    }
    expect(operationIds.size).toBe(documentedRoutes(document).length)
    expect(document.components.schemas.Problem).toMatchObject({ type: 'object', required: ['type', 'title', 'status', 'instance'] })
  })

  test('bodies, queries and headers come from the schemas the routes parse with', async () => {
    const { paths } = await documentOf(t.app)
    const create = paths['/api/videos']!.post! as unknown as {
      requestBody: { content: Record<string, { schema: { required: string[]; properties: Record<string, { enum?: string[] }> } }> }
      parameters: { name: string; in: string; required: boolean; schema: { pattern?: string } }[]
    }
    const body = create.requestBody.content['application/json']!.schema
    // The prompt is optional since a script or an article can be the source instead.
    expect(body.required).toEqual(expect.arrayContaining(['style', 'durationSec', 'aspect', 'language']))
    expect(body.required).not.toContain('prompt')
    expect(JSON.stringify(body.properties.source)).toContain('"article"')
    expect(body.properties.aspect?.enum).toEqual(['16:9', '9:16', '1:1', '4:5'])
    expect(create.parameters).toEqual([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })])
    expect(create.parameters[0]!.schema.pattern).toBeString()

    const list = paths['/api/videos/public']!.get! as unknown as {
      parameters: { name: string; in: string; required: boolean; schema: object }[]
    }
    expect(list.parameters).toEqual([
      { name: 'page', in: 'query', required: false, schema: { default: 1, type: 'integer', minimum: 1, maximum: 10_000 } },
      { name: 'pageSize', in: 'query', required: false, schema: { default: 12, type: 'integer', minimum: 1, maximum: 50 } },
    ])
    // A JSON body's refusals come with it, once, from what readJson does.
    expect(Object.keys(paths['/api/auth/login']!.post!.responses).sort()).toEqual(['200', '400', '401', '413', '415', '422', '429'])
    const rum = paths['/api/rum']!.post! as unknown as { requestBody: { content: object } }
    expect(Object.keys(rum.requestBody.content)).toEqual(['application/json', 'text/plain'])
  })

  test('the same for everyone: public, an ETag, 304 when current, never a cookie', async () => {
    const anonymous = await t.app.request('/api/openapi.json')
    const etag = anonymous.headers.get('ETag')
    expect(anonymous.headers.get('Cache-Control')).toBe('public, max-age=0')
    expect(anonymous.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(etag).toMatch(/^"[\w-]{22}"$/)

    const ada = createBrowser(t.app)
    await ada.signUp()
    const signedIn = await ada.request('/api/openapi.json')
    expect(signedIn.headers.get('ETag')).toBe(etag)
    expect(signedIn.headers.get('Set-Cookie')).toBeNull()
    expect(await signedIn.text()).toBe(await anonymous.text())

    const current = await t.app.request('/api/openapi.json', { headers: { 'If-None-Match': etag! } })
    expect(current.status).toBe(304)
    expect(await current.text()).toBe('')
    const stale = await t.app.request('/api/openapi.json', { headers: { 'If-None-Match': '"other"' } })
    expect(stale.status).toBe(200)
  })

  test('compressed once, by Accept-Encoding, each encoding its own ETag', async () => {
    const plain = await (await t.app.request('/api/openapi.json')).text()
    const br = await t.app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(br.headers.get('Content-Encoding')).toBe('br')
    expect(br.headers.get('Vary')).toBe('Accept-Encoding')
    const brBytes = new Uint8Array(await br.arrayBuffer())
    expect(brBytes.byteLength).toBeLessThan(plain.length / 4)
    expect(brotliDecompressSync(brBytes).toString()).toBe(plain)
    const gzip = await t.app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip')
    expect(gunzipSync(new Uint8Array(await gzip.arrayBuffer())).toString()).toBe(plain)
    expect(new Set([br.headers.get('ETag'), gzip.headers.get('ETag')]).size).toBe(2)
    const current = await t.app.request('/api/openapi.json', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('ETag')! },
    })
    expect(current.status).toBe(304)
  })
})

describe('GET /api/docs', () => {
  test('a server-rendered page naming every operation, with only our own assets', async () => {
    const res = await t.app.request('/api/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=0')
    expect(res.headers.get('Set-Cookie')).toBeNull()
    const html = await res.text()
    const document = await documentOf(t.app)
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const operation of Object.values(operations)) {
        expect(html).toContain(`id="${operation.operationId}"`)
        expect(html).toContain(`<code>${path}</code>`)
      }
    }
    expect(html).toContain('/assets/app-TEST0005.css')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    // Text from the descriptions is escaped, not markup.
    expect(html).toContain('{ status: &quot;queued&quot; }')
  })
})
