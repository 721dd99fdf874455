import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { createBrowser, createVideo, readPage, type Browser, type VideoJson, waitForVideo } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { closeImagePool } from '../uploads/index.ts'
import { solidPng, text } from '../uploads/testing/images.ts'

/**
 * A scene's own picture through the API: multipart upload with If-Match, the owner only, hostile
 * files refused with problem+json, the quota, and the image served to who may see the video.
 */

const QUOTA = 4000
let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser
let video: VideoJson

beforeAll(async () => {
  t = await createTestApp({ uploadQuotaBytes: QUOTA })
  ada = createBrowser(t.app)
  bob = createBrowser(t.app)
  anon = createBrowser(t.app)
  await ada.signUp()
  await bob.signUp()
  video = await waitForVideo(ada, (await createVideo(ada, { durationSec: 10 })).id, 120_000)
})
afterAll(async () => {
  closeImagePool()
  await t.close()
})

const upload = (
  browser: Browser,
  bytes: Uint8Array,
  options: { position?: number; ifMatch?: string; id?: string; name?: string; type?: string } = {},
) => {
  const form = new FormData()
  form.set('image', new File([bytes as Uint8Array<ArrayBuffer>], options.name ?? 'photo.png', { type: options.type ?? 'image/png' }))
  return browser.request(`/api/videos/${options.id ?? video.id}/scenes/${options.position ?? 0}/image`, {
    method: 'POST',
    body: form,
    headers: { ...(browser.csrfToken && { 'X-CSRF-Token': browser.csrfToken }), ...(options.ifMatch && { 'If-Match': options.ifMatch }) },
  })
}
const etagOf = async (browser: Browser) =>
  `"v${((await (await browser.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson).version}"`
const expectProblem = async (res: Response, status: number) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as Record<string, unknown>
}

describe('POST /api/videos/:id/scenes/:position/image', () => {
  test('the owner uploads with If-Match: the scene gets imageUrl, the ETag moves, the image is served re-encoded', async () => {
    const etag = await etagOf(ada)
    const res = await upload(ada, solidPng(40, 30, [250, 10, 10, 255]), { ifMatch: etag })
    expect(res.status).toBe(200)
    const body = (await res.json()) as VideoJson
    expect(res.headers.get('ETag')).toBe(`"v${body.version}"`)
    expect(res.headers.get('ETag')).not.toBe(etag)
    const imageUrl = body.scenes[0]!.imageUrl!
    expect(imageUrl).toMatch(/^\/media\/[\w-]{22}$/)
    expect(body.scenes[1]?.imageUrl ?? null).toBeNull()

    const image = await ada.request(imageUrl)
    expect(image.status).toBe(200)
    expect(image.headers.get('Content-Type')).toBe('image/jpeg')
    expect(image.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(image.headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox")
    expect(image.headers.get('Content-Disposition')).toMatch(/^inline; filename="image-[\w-]+\.jpg"$/)
    expect(image.headers.get('Cache-Control')).toStartWith('private')
    const bytes = new Uint8Array(await image.arrayBuffer())
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff])

    // The video page shows it in the scene list and hands it to the player in the poster's place.
    const page = await readPage(await ada.page(`/videos/${video.id}`))
    expect(page.document.querySelector('.scene-list img')?.getAttribute('src')).toBe(imageUrl)
    const props = JSON.parse(page.document.querySelector('rs-island[name="Player"]')!.getAttribute('props')!) as {
      scenes: { imageUrl: string | null; posterUrl: string }[]
    }
    expect(props.scenes.map((scene) => scene.imageUrl)).toEqual(body.scenes.map((scene) => scene.imageUrl))
    expect(props.scenes[0]!.posterUrl).toBe(body.scenes[0]!.posterUrl)
  })

  test('a stale If-Match is 412 naming the current version, and nothing changes', async () => {
    const before = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    const problem = await expectProblem(await upload(ada, solidPng(8, 8, [1, 1, 1, 255]), { ifMatch: '"v1"' }), 412)
    expect(problem.currentEtag).toBe(`"v${before.version}"`)
    const after = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    expect(after.scenes[0]!.imageUrl).toBe(before.scenes[0]!.imageUrl)
  })

  test('someone else’s video, a missing scene, a bad position: 404', async () => {
    await expectProblem(await upload(bob, solidPng(8, 8, [1, 1, 1, 255])), 404)
    await expectProblem(await upload(ada, solidPng(8, 8, [1, 1, 1, 255]), { position: 59 }), 404)
    await expectProblem(await upload(ada, solidPng(8, 8, [1, 1, 1, 255]), { position: -1 }), 404)
  })

  test('hostile files get problem+json: SVG and HTML 415 whatever their name, no file 422, a header of 30,000 px 422', async () => {
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    expect((await expectProblem(await upload(ada, svg, { name: 'cat.png', type: 'image/png' }), 415)).reason).toBe('unsupported-type')
    await expectProblem(await upload(ada, text('<html><script>1</script></html>'), { name: 'x.png' }), 415)
    const form = new FormData()
    form.set('other', 'x')
    const none = await ada.request(`/api/videos/${video.id}/scenes/0/image`, {
      method: 'POST',
      body: form,
      headers: { 'X-CSRF-Token': ada.csrfToken! },
    })
    await expectProblem(none, 422)
    const huge = solidPng(1, 1, [0, 0, 0, 255])
    new DataView(huge.buffer).setUint32(16, 30_000)
    await expectProblem(await upload(ada, huge), 422)
  })

  test('without the CSRF header the write is refused', async () => {
    const form = new FormData()
    form.set('image', new File([solidPng(4, 4, [0, 0, 0, 255])], 'a.png'))
    expect((await ada.request(`/api/videos/${video.id}/scenes/0/image`, { method: 'POST', body: form })).status).toBe(403)
  })

  test('a body over 10 MB is 413 before it is parsed', async () => {
    const res = await upload(ada, new Uint8Array(10 * 1024 * 1024 + 100 * 1024))
    await expectProblem(res, 413)
  })

  test('a full quota is 507 saying what is used and allowed; a replaced image still counts while the history shows it', async () => {
    const noise = new Uint8Array(120 * 120 * 4)
    crypto.getRandomValues(noise)
    for (let i = 3; i < noise.length; i += 4) noise[i] = 255
    const { encodeRgbaPng } = await import('../uploads/testing/encode.ts')
    const problem = await expectProblem(await upload(ada, encodeRgbaPng(noise, 120, 120), { position: 1 }), 507)
    expect(problem.quotaBytes).toBe(QUOTA)
    expect(problem.usedBytes).toBeGreaterThan(0)
    expect(String(problem.detail)).toContain('MB')
    const userId = (await t.repos.videos.findById(video.id))!.userId
    const before = await t.repos.uploads.usedBytes(userId)
    const replaced = await upload(ada, solidPng(40, 30, [10, 250, 10, 255]))
    expect(replaced.status).toBe(200)
    expect(await t.repos.uploads.usedBytes(userId)).toBeGreaterThan(before)
  })

  test('each picture is a version: restoring the one before brings the previous picture back', async () => {
    const current = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    const { items } = (await (await ada.json('GET', `/api/videos/${video.id}/versions`)).json()) as {
      items: { version: number; cause: string }[]
    }
    expect(items[0]).toMatchObject({ version: current.version, cause: 'image' })
    const previous = items[1]!
    expect(previous.cause).toBe('image')
    const older = (await (await ada.json('GET', `/api/videos/${video.id}/versions/${previous.version}`)).json()) as {
      scenes: { imageUrl: string | null }[]
    }
    const res = await ada.json('POST', `/api/videos/${video.id}/versions/${previous.version}/restore`, undefined, {
      headers: { 'If-Match': `"v${current.version}"` },
    })
    expect(res.status).toBe(200)
    const restored = (await res.json()) as VideoJson
    expect(restored.scenes[0]!.imageUrl).not.toBe(current.scenes[0]!.imageUrl)
    expect(restored.scenes[0]!.imageUrl).toBe(older.scenes[0]!.imageUrl)
    expect((await ada.request(restored.scenes[0]!.imageUrl!)).status).toBe(200)
  })
})

describe('an edit of the storyboard (PATCH) carries each picture with its scene', () => {
  test('reordered, the picture moves with the scene it came from; a new scene has none', async () => {
    const current = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    const picture = current.scenes[0]!.imageUrl
    expect(picture).not.toBeNull()
    const edit = (scene: VideoJson['scenes'][number], from?: number) => ({
      ...(from !== undefined && { from }),
      narration: scene.narration,
      onScreenText: `${scene.onScreenText} (edited)`,
      visual: scene.visual,
      shot: scene.shot,
      palette: scene.palette,
      durationSec: scene.durationSec,
    })
    const scenes = [...current.scenes.map((scene, index) => edit(scene, index)).reverse(), edit(current.scenes[0]!)]
    const res = await ada.json('PATCH', `/api/videos/${video.id}`, { scenes }, { headers: { 'If-Match': `"v${current.version}"` } })
    expect(res.status).toBe(200)
    const edited = (await res.json()) as VideoJson
    expect(edited.scenes.map((scene) => scene.imageUrl)).toEqual([...current.scenes.map((scene) => scene.imageUrl).reverse(), null])
  })
})

describe('GET /media/:id follows the video’s visibility', () => {
  test('private: its owner only (others and anonymous 404); public: anyone, cacheable', async () => {
    const current = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    const imageUrl = current.scenes.find((scene) => scene.imageUrl)!.imageUrl!
    await expectProblem(await bob.request(imageUrl), 404)
    await expectProblem(await anon.request(imageUrl), 404)
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })).status).toBe(200)
    const res = await anon.request(imageUrl)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600')
    expect((await anon.request(imageUrl, { headers: { 'If-None-Match': res.headers.get('ETag')! } })).status).toBe(304)
    // RFC 9110: a list, and weak comparison (a cache may have weakened the tag).
    const listed = `"other", W/${res.headers.get('ETag')!}`
    expect((await anon.request(imageUrl, { headers: { 'If-None-Match': listed } })).status).toBe(304)
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'private' })).status).toBe(200)
    await expectProblem(await anon.request(imageUrl), 404)
    await expectProblem(await anon.request('/media/not-an-id'), 404)
  })

  test('DELETE puts the scene back to its poster (its history keeps the picture); deleting the video frees it all', async () => {
    const userId = (await t.repos.videos.findById(video.id))!.userId
    const current = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
    const position = current.scenes.findIndex((scene) => scene.imageUrl)
    const res = await ada.request(`/api/videos/${video.id}/scenes/${position}/image`, {
      method: 'DELETE',
      headers: { 'X-CSRF-Token': ada.csrfToken!, 'If-Match': await etagOf(ada) },
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as VideoJson).scenes[position]!.imageUrl).toBeNull()
    expect(await t.repos.uploads.usedBytes(userId)).toBeGreaterThan(0)
    expect((await ada.json('DELETE', `/api/videos/${video.id}`)).status).toBe(204)
    expect(await t.repos.uploads.usedBytes(userId)).toBe(0)
  })
})
