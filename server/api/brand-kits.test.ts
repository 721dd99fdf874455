import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { BRAND_LIMITS } from '../../shared/brand.ts'
import { CAPTION_PRESETS } from '../../shared/caption-style.ts'
import { posterHash, posterOptionsOf, renderPosterSvg } from '../posters/svg.ts'
import { createBrowser, createVideo, waitForVideo, type Browser, type VideoJson } from '../testing/http-client.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { greyPng, solidPng, text } from '../uploads/testing/images.ts'

/**
 * /api/brand-kits as the owner, another person and an anonymous visitor see it, and a kit worn by
 * a video: chosen at creation or later (If-Match), applied in the video JSON and on the posters.
 */

let t: TestApp
let ada: Browser
let bob: Browser
let anon: Browser

beforeAll(async () => {
  t = await createTestApp()
  ada = createBrowser(t.app)
  bob = createBrowser(t.app)
  anon = createBrowser(t.app)
  await ada.signUp()
  await bob.signUp()
})
afterAll(() => t.close())

type Problem = { status: number; errors?: { path: string; message: string }[]; currentEtag?: string }
type KitJson = {
  id: string
  name: string
  palette: string[]
  paletteLock: boolean
  caption: Record<string, unknown>
  introText: string
  outroText: string
  logoUrl: string | null
}

const expectProblem = async (res: Response, status: number): Promise<Problem> => {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as Problem
}

const KIT = {
  name: 'Spokes & Co',
  palette: ['#0B3D2E', '#f4d35e', '#ee964b'],
  paletteLock: true,
  caption: { preset: 'clean', font: 'serif', colour: '#f4d35e', box: true, scale: 1.2 },
  introText: 'Spokes & Co presents',
  outroText: 'spokes.example',
}

const createKit = async (browser: Browser, overrides: Record<string, unknown> = {}) => {
  const res = await browser.json('POST', '/api/brand-kits', { ...KIT, ...overrides })
  expect(res.status).toBe(201)
  return (await res.json()) as KitJson
}

const fetchVideo = async (browser: Browser, id: string) => {
  const res = await browser.json('GET', `/api/videos/${id}`)
  expect(res.status).toBe(200)
  return (await res.json()) as VideoJson & { brandKitId?: string | null; brand: unknown }
}

describe('brand kit CRUD', () => {
  test('creates, reads, lists, patches and deletes a kit of mine', async () => {
    const kit = await createKit(ada)
    expect(kit).toMatchObject({
      name: 'Spokes & Co',
      // Colours are stored in one spelling.
      palette: ['#0b3d2e', '#f4d35e', '#ee964b'],
      paletteLock: true,
      caption: { preset: 'clean', font: 'serif', colour: '#f4d35e', box: true, scale: 1.2 },
      logoUrl: null,
    })
    expect((await (await ada.json('GET', `/api/brand-kits/${kit.id}`)).json()) as KitJson).toEqual(kit)
    const list = (await (await ada.json('GET', '/api/brand-kits')).json()) as { items: KitJson[] }
    expect(list.items.map((item) => item.id)).toContain(kit.id)

    const patched = await ada.json('PATCH', `/api/brand-kits/${kit.id}`, { name: 'Spokes', introText: '' })
    expect(patched.status).toBe(200)
    expect(await patched.json()).toMatchObject({ name: 'Spokes', introText: '', outroText: 'spokes.example', palette: kit.palette })

    expect((await ada.json('DELETE', `/api/brand-kits/${kit.id}`)).status).toBe(204)
    await expectProblem(await ada.json('GET', `/api/brand-kits/${kit.id}`), 404)
  })

  test('someone else’s kit is a 404 to read, change, delete or give a logo, and is not listed', async () => {
    const kit = await createKit(ada)
    await expectProblem(await bob.json('GET', `/api/brand-kits/${kit.id}`), 404)
    await expectProblem(await bob.json('PATCH', `/api/brand-kits/${kit.id}`, { name: 'Mine now' }), 404)
    await expectProblem(await bob.json('DELETE', `/api/brand-kits/${kit.id}`), 404)
    await expectProblem(await bob.json('DELETE', `/api/brand-kits/${kit.id}/logo`), 404)
    const list = (await (await bob.json('GET', '/api/brand-kits')).json()) as { items: KitJson[] }
    expect(list.items.map((item) => item.id)).not.toContain(kit.id)
    expect(((await (await ada.json('GET', `/api/brand-kits/${kit.id}`)).json()) as KitJson).name).toBe(KIT.name)
  })

  test('anonymous: 401; without the CSRF header: 403', async () => {
    await expectProblem(await anon.json('GET', '/api/brand-kits'), 401)
    await expectProblem(await anon.json('POST', '/api/brand-kits', KIT), 401)
    const token = ada.csrfToken
    ada.csrfToken = undefined
    try {
      await expectProblem(await ada.json('POST', '/api/brand-kits', KIT), 403)
    } finally {
      ada.csrfToken = token
    }
  })

  test('bad fields are a 422 naming each, and nothing is stored', async () => {
    const before = ((await (await ada.json('GET', '/api/brand-kits')).json()) as { items: KitJson[] }).items.length
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ palette: ['#fff', '#000000'] }, 'palette.0'],
      [{ palette: ['#000000'] }, 'palette'],
      [{ palette: Array(BRAND_LIMITS.paletteMax + 1).fill('#000000') }, 'palette'],
      [{ caption: { preset: 'comic-sans' } }, 'caption.preset'],
      [{ caption: { preset: 'clean', font: 'Papyrus' } }, 'caption.font'],
      [{ caption: { preset: 'clean', scale: 9 } }, 'caption.scale'],
      [{ caption: { preset: 'clean', colour: 'red' } }, 'caption.colour'],
      [{ introText: 'x'.repeat(BRAND_LIMITS.cardText + 1) }, 'introText'],
      [{ logoUploadId: 'someone-elses' }, ''],
    ]
    for (const [overrides, path] of cases) {
      const problem = await expectProblem(await ada.json('POST', '/api/brand-kits', { ...KIT, ...overrides }), 422)
      expect(problem.errors?.map((error) => error.path)).toContain(path)
    }
    await expectProblem(await ada.json('PATCH', `/api/brand-kits/${(await createKit(ada)).id}`, { palette: ['nope'] }), 422)
    await expectProblem(await ada.json('POST', '/api/brand-kits', '{"name": '), 400)
    const after = ((await (await ada.json('GET', '/api/brand-kits')).json()) as { items: KitJson[] }).items.length
    expect(after).toBe(before + 1)
  })

  test(`at most ${BRAND_LIMITS.kitsPerUser} kits per person: the next is a 409`, async () => {
    const carol = createBrowser(t.app)
    await carol.signUp()
    for (let index = 0; index < BRAND_LIMITS.kitsPerUser; index++) await createKit(carol, { name: `Kit ${index}` })
    await expectProblem(await carol.json('POST', '/api/brand-kits', KIT), 409)
  })
})

const uploadLogo = (browser: Browser, kitId: string, bytes: Uint8Array, name = 'logo.png', type = 'image/png') => {
  const form = new FormData()
  form.set('logo', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }))
  return browser.request(`/api/brand-kits/${kitId}/logo`, {
    method: 'POST',
    body: form,
    headers: { ...(browser.csrfToken && { 'X-CSRF-Token': browser.csrfToken }) },
  })
}

describe('the logo', () => {
  test('uploaded by the kit’s owner: re-encoded, served from its own path to them, replaced and removed', async () => {
    const kit = await createKit(ada)
    const res = await uploadLogo(ada, kit.id, solidPng(64, 32, [10, 200, 90, 128]))
    expect(res.status).toBe(200)
    const withLogo = (await res.json()) as KitJson
    expect(withLogo.logoUrl).toMatch(/^\/media\/[\w-]{22}$/)
    const served = await ada.request(withLogo.logoUrl!)
    expect(served.status).toBe(200)
    // A logo with transparency stays a PNG (an opaque one becomes a JPEG).
    expect(served.headers.get('Content-Type')).toBe('image/png')
    expect(served.headers.get('Content-Security-Policy')).toContain('sandbox')
    // Nobody else sees a logo no public video wears.
    expect((await bob.request(withLogo.logoUrl!)).status).toBe(404)
    expect((await anon.request(withLogo.logoUrl!)).status).toBe(404)

    const replaced = (await (await uploadLogo(ada, kit.id, solidPng(32, 32, [0, 0, 0, 255]))).json()) as KitJson
    expect(replaced.logoUrl).not.toBe(withLogo.logoUrl)
    // The old file is gone: it no longer counts against the quota.
    expect((await ada.request(withLogo.logoUrl!)).status).toBe(404)

    const removed = await ada.json('DELETE', `/api/brand-kits/${kit.id}/logo`)
    expect(removed.status).toBe(200)
    expect(((await removed.json()) as KitJson).logoUrl).toBeNull()
    expect((await ada.request(replaced.logoUrl!)).status).toBe(404)
  })

  test('hostile or wrong files are refused with the upload rules, and the kit keeps what it had', async () => {
    const kit = await createKit(ada)
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expectProblem(await uploadLogo(ada, kit.id, svg, 'logo.svg', 'image/svg+xml'), 415)
    await expectProblem(await uploadLogo(ada, kit.id, text('<html><script>alert(1)</script></html>'), 'logo.png'), 415)
    await expectProblem(await uploadLogo(ada, kit.id, greyPng(30_000, 10)), 422)
    await expectProblem(await ada.json('POST', `/api/brand-kits/${kit.id}/logo`, { logo: 'x' }), 415)
    // Another person cannot give my kit a logo.
    await expectProblem(await uploadLogo(bob, kit.id, solidPng(8, 8, [0, 0, 0, 255])), 404)
    expect(((await (await ada.json('GET', `/api/brand-kits/${kit.id}`)).json()) as KitJson).logoUrl).toBeNull()
  })

  test('a public video wearing the kit shows its logo to everyone, in its JSON and from /media', async () => {
    const kit = await createKit(ada)
    const { logoUrl } = (await (await uploadLogo(ada, kit.id, solidPng(40, 20, [200, 30, 30, 255]))).json()) as KitJson
    const video = await waitForVideo(ada, (await createVideo(ada, { brandKitId: kit.id })).id)
    expect((await anon.request(logoUrl!)).status).toBe(404)
    expect((await ada.json('PATCH', `/api/videos/${video.id}`, { visibility: 'public' })).status).toBe(200)
    expect(((await fetchVideo(anon, video.id)).brand as { logoUrl: string }).logoUrl).toBe(logoUrl!)
    expect((await anon.request(logoUrl!)).status).toBe(200)
  })
})

describe('a video wearing a kit', () => {
  let kit: KitJson
  let video: VideoJson

  beforeAll(async () => {
    kit = await createKit(ada)
    video = await waitForVideo(ada, (await createVideo(ada, { brandKitId: kit.id })).id)
  })

  test('chosen at creation: the JSON carries the kit’s look and the posters are painted in its palette', async () => {
    const json = await fetchVideo(ada, video.id)
    expect(json.brandKitId).toBe(kit.id)
    expect(json.brand).toEqual({
      palette: kit.palette,
      paletteLock: true,
      captionStyle: {
        ...CAPTION_PRESETS.clean,
        sizeRatio: CAPTION_PRESETS.clean.sizeRatio * 1.2,
        fill: '#f4d35e',
        box: CAPTION_PRESETS['bold-box'].box,
        font: 'serif',
      },
      logoUrl: null,
      introText: KIT.introText,
      outroText: KIT.outroText,
    })
    // The poster served for each scene is in the kit's colours, under the hash of those bytes.
    const scene = json.scenes[0]!
    const poster = await ada.request(scene.posterUrl)
    expect(poster.status).toBe(200)
    const svg = await poster.text()
    expect(svg).toBe(paintedIn(json, 0, kit.palette))
    expect(svg).not.toBe(paintedIn(json, 0, scene.palette))
    expect(scene.posterUrl).toEndWith(`-${posterHash(svg)}.svg`)
  })

  test('someone else’s kit cannot be worn: 422 on brandKitId, at creation and later', async () => {
    const bobs = await createKit(bob)
    const problem = await expectProblem(await ada.json('POST', '/api/videos', { ...videoRequestOf(), brandKitId: bobs.id }), 422)
    expect(problem.errors?.map((error) => error.path)).toContain('brandKitId')
    const current = await fetchVideo(ada, video.id)
    const patch = await expectProblem(
      await ada.json('PATCH', `/api/videos/${video.id}`, { brandKitId: bobs.id }, { headers: { 'If-Match': `"v${current.version}"` } }),
      422,
    )
    expect(patch.errors?.map((error) => error.path)).toContain('brandKitId')
    expect((await fetchVideo(ada, video.id)).brandKitId).toBe(kit.id)
    // Nor can someone else dress my video in their kit.
    await expectProblem(await bob.json('PATCH', `/api/videos/${video.id}`, { brandKitId: bobs.id }), 404)
  })

  test('changed later with If-Match: posters repainted, the version moves, a stale ETag is a 412 that changes nothing', async () => {
    const before = await fetchVideo(ada, video.id)
    const res = await ada.json(
      'PATCH',
      `/api/videos/${video.id}`,
      { brandKitId: null },
      { headers: { 'If-Match': `"v${before.version}"` } },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(`"v${before.version + 1}"`)
    // The answer is the video as saved, with its look; the change is a version of its own.
    expect(((await res.json()) as { brand: unknown }).brand).toBeNull()
    const versions = (await (await ada.json('GET', `/api/videos/${video.id}/versions`)).json()) as {
      items: { version: number; cause: string }[]
    }
    expect(versions.items[0]).toMatchObject({ version: before.version + 1, cause: 'brand-kit' })
    const plain = await fetchVideo(ada, video.id)
    expect(plain.brand).toBeNull()
    expect(plain.brandKitId).toBeNull()
    // The posters differ (the scenes' own palettes now) and match what the poster route renders.
    expect(plain.scenes[0]!.posterUrl).not.toBe(before.scenes[0]!.posterUrl)
    const stored = (await t.repos.videos.findById(video.id))!
    const scenes = await t.repos.videos.listScenes(video.id)
    expect(plain.scenes.map((scene) => scene.posterUrl.split('-').at(-1))).toEqual(
      scenes.map((scene) => `${posterHash(renderPosterSvg(scene, posterOptionsOf(stored)))}.svg`),
    )

    const stale = await expectProblem(
      await ada.json('PATCH', `/api/videos/${video.id}`, { brandKitId: kit.id }, { headers: { 'If-Match': `"v${before.version}"` } }),
      412,
    )
    expect(stale.currentEtag).toBe(`"v${plain.version}"`)
    expect((await fetchVideo(ada, video.id)).brandKitId).toBeNull()

    const again = await ada.json(
      'PATCH',
      `/api/videos/${video.id}`,
      { brandKitId: kit.id, title: 'Spokes, worn' },
      { headers: { 'If-Match': `"v${plain.version}"` } },
    )
    // With another field in the same save: both land, the kit at the version the edit made.
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ title: 'Spokes, worn', brandKitId: kit.id, brand: { paletteLock: true } })
    expect((await fetchVideo(ada, video.id)).scenes[0]!.posterUrl).toBe(before.scenes[0]!.posterUrl)
  })

  test('editing the kit reaches its videos; deleting it gives them their own look back', async () => {
    const res = await ada.json('PATCH', `/api/brand-kits/${kit.id}`, { palette: ['#222222', '#dddddd'], outroText: 'Bye' })
    expect(res.status).toBe(200)
    const json = await fetchVideo(ada, video.id)
    expect(json.brand).toMatchObject({ palette: ['#222222', '#dddddd'], outroText: 'Bye' })
    const svg = await (await ada.request(json.scenes[0]!.posterUrl)).text()
    expect(svg).toBe(paintedIn(json, 0, ['#222222', '#dddddd']))
    expect(json.scenes[0]!.posterUrl).toEndWith(`-${posterHash(svg)}.svg`)

    expect((await ada.json('DELETE', `/api/brand-kits/${kit.id}`)).status).toBe(204)
    const bare = await fetchVideo(ada, video.id)
    expect(bare.brand).toBeNull()
    expect(bare.brandKitId).toBeNull()
    expect(await (await ada.request(bare.scenes[0]!.posterUrl)).text()).toBe(paintedIn(bare, 0, bare.scenes[0]!.palette))
  })
})

/** The poster of scene `index` as it would be drawn from the scene with `palette` as its own. */
const paintedIn = (video: VideoJson, index: number, palette: string[]) =>
  renderPosterSvg(
    { ...video.scenes[index]!, palette },
    { aspect: video.aspect, language: video.language, style: video.style, paletteLock: null },
  )

const videoRequestOf = () => ({
  prompt: 'A bicycle repair shop ad, warm and funny',
  style: 'playful',
  durationSec: 10,
  aspect: '16:9',
  language: 'en',
})
