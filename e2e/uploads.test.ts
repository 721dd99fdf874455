/**
 * Own pictures on the compiled binary, in Chromium: a new video's scenes get AI pictures from a
 * fake images endpoint on 127.0.0.1 (the only fake: the network edge), one scene gets the person's
 * own upload through the API and one through the editor, and the exported MP4 shows all three,
 * read back frame by frame with ffmpeg. The decoder worker and its WASM run from inside the
 * binary: nothing beside it on disk.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import type { Browser, Page } from 'playwright-core'
import { startFakeEndpoint, type FakeOpenAiServer } from '../server/ai/openai/fake-server.ts'
import { cookieNames } from '../server/http/cookie-names.ts'
import { createBrowser, createVideo, type Browser as Client, type VideoJson, waitForVideo } from '../server/testing/http-client.ts'
import { waitUntil } from '../server/testing/wait.ts'
import { solidPng, text } from '../server/uploads/testing/images.ts'
import { chromiumForTests, collectPageErrors, launchBrowser, startBinary, type RunningBinary } from './harness/index.ts'

const chromiumExecutable = chromiumForTests()
const GREEN = [30, 170, 60] as const
const RED = [220, 30, 40] as const
const BLUE = [30, 60, 220] as const
const SIZE = { width: 1280, height: 720 }

/** One frame of a video as RGB bytes, decoded by ffmpeg at `atSec`. */
const frameAt = async (path: string, atSec: number): Promise<Uint8Array> => {
  const child = Bun.spawn(
    ['ffmpeg', '-v', 'error', '-ss', String(atSec), '-i', path, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    {
      stdout: 'pipe',
      stderr: 'pipe',
    },
  )
  const [bytes, code] = await Promise.all([new Response(child.stdout).arrayBuffer(), child.exited])
  if (code !== 0) throw new Error(`ffmpeg exited ${code}`)
  return new Uint8Array(bytes)
}

/** The mean colour of a 16x16 patch near the top-left corner: away from the title and the captions. */
const cornerColour = (frame: Uint8Array) => {
  const sum = [0, 0, 0]
  for (let y = 24; y < 40; y++) for (let x = 24; x < 40; x++) for (let c = 0; c < 3; c++) sum[c]! += frame[(y * SIZE.width + x) * 3 + c]!
  return sum.map((value) => value / 256)
}
const near = (colour: number[], expected: readonly number[]) => colour.every((value, c) => Math.abs(value - expected[c]!) < 24)

describe.skipIf(!chromiumExecutable)('own pictures in the export, on the binary', () => {
  let images: FakeOpenAiServer
  let server: RunningBinary
  let browser: Browser
  let ada: Client
  let video: VideoJson

  beforeAll(async () => {
    const picture = Buffer.from(solidPng(96, 64, [...GREEN, 255])).toString('base64')
    images = startFakeEndpoint('/v1/images/generations', () => Response.json({ data: [{ b64_json: picture }] }))
    server = await startBinary({ env: { IMAGE_PROVIDER: 'openai', IMAGE_BASE_URL: images.baseUrl, IMAGE_MODEL: 'fake-image' } })
    ada = createBrowser((request) => fetch(request, { signal: AbortSignal.timeout(15_000) }), { origin: server.url })
    await ada.signUp()
    const { id } = await waitForVideo(
      ada,
      (await createVideo(ada, { durationSec: 20, prompt: 'A short film about a green valley' })).id,
      60_000,
    )
    // The pictures are attached after the storyboard is saved.
    await waitUntil(
      async () => {
        video = (await (await ada.json('GET', `/api/videos/${id}`)).json()) as VideoJson
        return video.scenes.length >= 3 && video.scenes.every((scene) => scene.imageUrl !== null)
      },
      { what: 'every scene has its AI picture', timeoutMs: 30_000 },
    )
    browser = await launchBrowser({ executablePath: chromiumExecutable! })
  }, 120_000)

  afterAll(async () => {
    try {
      await browser?.close()
    } finally {
      await server?.stop()
      await images?.stop()
    }
  }, 30_000)

  const upload = (bytes: Uint8Array, name: string, position: number, ifMatch?: string) => {
    const form = new FormData()
    form.set('image', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'image/png' }))
    return ada.request(`/api/videos/${video.id}/scenes/${position}/image`, {
      method: 'POST',
      body: form,
      headers: { 'X-CSRF-Token': ada.csrfToken!, ...(ifMatch && { 'If-Match': ifMatch }) },
    })
  }

  test('the binary decodes and re-encodes an upload in its worker; a stale ETag is 412, an SVG 415', async () => {
    const svg = await upload(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.png', 1)
    expect([svg.status, svg.headers.get('Content-Type')]).toEqual([415, 'application/problem+json'])
    expect((await upload(solidPng(8, 8, [...RED, 255]), 'red.png', 1, '"v1"')).status).toBe(412)
    const res = await upload(solidPng(160, 90, [...RED, 255]), 'red.png', 1, `"v${video.version}"`)
    expect(res.status).toBe(200)
    video = (await res.json()) as VideoJson
    const image = await ada.request(video.scenes[1]!.imageUrl!)
    expect([image.status, image.headers.get('Content-Type'), image.headers.get('Content-Security-Policy')]).toEqual([
      200,
      'image/jpeg',
      "default-src 'none'; sandbox",
    ])
  }, 30_000)

  /** The video's page in Ada's session (the API client's cookie handed to Chromium), its errors collected. */
  const videoPage = async (run: (page: Page, errors: string[]) => Promise<void>) => {
    const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true })
    const session = cookieNames(false).session
    await context.addCookies([{ name: session, value: ada.cookie(session)!, url: server.url }])
    const page = await context.newPage()
    const errors = collectPageErrors(page).errors
    try {
      await page.goto(`${server.url}/videos/${video.id}`)
      await run(page, errors)
    } finally {
      await context.close()
    }
  }

  test(
    'in the editor, a picture chosen for a scene is saved as a new version and shown',
    () =>
      videoPage(async (page, errors) => {
        await page.locator('.editor[data-hydrated]').waitFor()
        const scene = page.locator('.ed-scene').nth(2)
        await scene.getByLabel('Own picture (PNG, JPEG or WebP, at most 10 MB)').setInputFiles({
          name: 'blue.png',
          mimeType: 'image/png',
          buffer: Buffer.from(solidPng(64, 36, [...BLUE, 255])),
        })
        await scene.locator('.ed-picture img').waitFor()
        const after = (await (await ada.json('GET', `/api/videos/${video.id}`)).json()) as VideoJson
        expect(after.version).toBe(video.version + 1)
        expect(await scene.locator('.ed-picture img').getAttribute('src')).toBe(after.scenes[2]!.imageUrl)
        expect(after.scenes[2]!.imageUrl).not.toBe(video.scenes[2]!.imageUrl)
        video = after
        expect(errors).toEqual([])
      }),
    30_000,
  )

  test(
    'the exported MP4 shows the AI picture in scene 1, the API upload in scene 2, the editor’s in scene 3',
    () =>
      videoPage(async (page, errors) => {
        const download = page.waitForEvent('download', { timeout: 90_000 })
        await page.locator('select.player-format').selectOption('mp4')
        await page.getByRole('button', { name: 'Export video' }).click()
        const path = (await (await download).path())!
        const [first, second, third] = video.scenes
        const firstColour = cornerColour(await frameAt(path, first!.durationSec / 2))
        const secondColour = cornerColour(await frameAt(path, first!.durationSec + second!.durationSec / 2))
        const thirdColour = cornerColour(await frameAt(path, first!.durationSec + second!.durationSec + third!.durationSec / 2))
        expect({ firstColour, green: near(firstColour, GREEN) }).toMatchObject({ green: true })
        expect({ secondColour, red: near(secondColour, RED) }).toMatchObject({ red: true })
        expect({ thirdColour, blue: near(thirdColour, BLUE) }).toMatchObject({ blue: true })
        expect(errors).toEqual([])
      }),
    120_000,
  )
})
