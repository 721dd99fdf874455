import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { VITALS_META_NAME } from '../../islands/vitals/constants.ts'
import type { BuildManifest } from '../render/manifest.ts'
import { createBrowser, createVideo, readPage, type Browser } from '../testing/http-client.ts'
import { createTestApp, testManifest, type TestApp } from '../testing/test-app.ts'

/** sendPage names the route TEMPLATE of every page that answered 200, for its web vitals. */

const manifest: BuildManifest = { ...testManifest, vitals: { src: '/assets/vitals-TEST0009.js', imports: [] } }

/** The route a page's vitals would be reported under, or null when the page reports none. */
const vitalsRoute = async (response: Response) => {
  const page = await readPage(response)
  return page.document.querySelector(`meta[name="${VITALS_META_NAME}"]`)?.getAttribute('content') ?? null
}

let t: TestApp
let ada: Browser
beforeAll(async () => {
  t = await createTestApp({ manifest })
  ada = createBrowser(t.app)
  await ada.signUp()
})
afterAll(() => t.close())

describe('the route template a page reports its vitals under', () => {
  test('each page names the template of the route that rendered it', async () => {
    expect(await vitalsRoute(await createBrowser(t.app).page('/'))).toBe('/')
    expect(await vitalsRoute(await createBrowser(t.app).page('/gallery'))).toBe('/gallery')
    expect(await vitalsRoute(await ada.page('/account'))).toBe('/account')
  })

  test('a video page names `/videos/:id`, never the id: every video page counts as one page', async () => {
    const video = await createVideo(ada)
    const response = await ada.page(`/videos/${video.id}`)
    expect(response.status).toBe(200)
    expect(await vitalsRoute(response)).toBe('/videos/:id')
  })

  test('an error page reports nothing (a 404 is not the page it stands in for)', async () => {
    const response = await ada.page('/videos/no-such-video-here')
    expect(response.status).toBe(404)
    expect(await vitalsRoute(response)).toBeNull()
  })

  test('RUM_SAMPLE_RATE=0, or monitoring off: no page reports', async () => {
    for (const overrides of [{ rumSampleRate: 0 }, { monitoring: undefined }]) {
      const other = await createTestApp({ manifest, ...overrides })
      try {
        expect(await vitalsRoute(await createBrowser(other.app).page('/gallery'))).toBeNull()
      } finally {
        await other.close()
      }
    }
  })
})
