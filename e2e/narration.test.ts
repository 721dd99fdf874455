/**
 * The finished video's server side on the compiled binary, with the built-in writer and the
 * built-in eSpeak NG (no key, no network): a 15 s video is written and narrated while its progress
 * streams, every sentence's clip is valid audio (checked by ffprobe), the captions are served in
 * both formats, and the total length is within tolerance of the target.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProgressEvent } from '../server/jobs/progress.ts'
import { hardCapSec, toleranceSec } from '../server/jobs/fit.ts'
import { createBrowser, readSse, videoRequest, type Browser, type Send, type VideoJson } from '../server/testing/http-client.ts'
import { startBinary, type RunningBinary } from './harness/index.ts'

const ffprobe = Bun.which('ffprobe')
const TARGET_SEC = 15

/** Sends the test client's requests to the binary on loopback. */
const to =
  (server: RunningBinary): Send =>
  async (request) => {
    const url = new URL(request.url)
    return fetch(`${server.url}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
    })
  }

/** ffprobe's view of a file: its format name and duration, or the error it printed. */
const probe = async (path: string) => {
  const child = Bun.spawn(
    [ffprobe!, '-v', 'error', '-show_entries', 'format=format_name,duration:stream=codec_type', '-of', 'json', path],
    { stdout: 'pipe', stderr: 'pipe' },
  )
  const timer = setTimeout(() => child.kill(), 20_000)
  const [out, err, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited])
  clearTimeout(timer)
  if (code !== 0) throw new Error(`ffprobe failed on ${path}: ${err}`)
  const json = JSON.parse(out) as { format: { format_name: string; duration: string }; streams: { codec_type: string }[] }
  return {
    format: json.format.format_name,
    durationSec: Number(json.format.duration),
    streams: json.streams.map((stream) => stream.codec_type),
  }
}

describe.skipIf(!ffprobe)('narration on the compiled binary', () => {
  let server: RunningBinary
  let ada: Browser
  let dir: string
  let video: VideoJson

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reelsmith-narration-e2e-'))
    server = await startBinary({ env: { TTS_PROVIDER: 'local' } })
    ada = createBrowser(to(server), { origin: server.url })
    await ada.signUp()
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
    await rm(dir, { recursive: true, force: true })
  }, 30_000)

  test('the progress stream shows each scene being narrated, then the video is ready', async () => {
    const created = await ada.json('POST', '/api/videos', videoRequest({ durationSec: TARGET_SEC }))
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as VideoJson
    const { messages, ended } = await readSse(await ada.request(`/api/videos/${id}/events`, { headers: { Accept: 'text/event-stream' } }), {
      timeoutMs: 120_000,
    })
    expect(ended).toBe(true)
    const events = messages.map((message) => JSON.parse(message.data) as ProgressEvent)
    expect(events.at(-1)!.status).toBe('done')
    const narration = events.filter((event) => event.step === 'narration')
    // The stream may join after the first scenes; from the first narration event seen, every later scene follows in order.
    expect(narration.length).toBeGreaterThan(0)
    const total = narration[0]!.scene!.total
    const seen = new Set(narration.map((event) => event.scene!.index))
    expect(Math.max(...seen)).toBe(total)
    for (const event of narration) expect(event.narration).toHaveLength(total)

    const res = await ada.json('GET', `/api/videos/${id}`)
    expect(res.status).toBe(200)
    video = (await res.json()) as VideoJson
    expect(video.status).toBe('ready')
    expect(video.scenes).toHaveLength(total)
  }, 150_000)

  test('every sentence’s audio URL is valid audio of its timed length', async () => {
    const failures = server.logs.filter((line) => line.includes('scene narration failed'))
    expect(failures).toEqual([])
    const sentences = video.scenes.flatMap((scene) => {
      expect(scene.narrationStatus).toBe('ready')
      return scene.sentences
    })
    expect(sentences.length).toBeGreaterThanOrEqual(video.scenes.length)
    for (const [index, sentence] of sentences.entries()) {
      const res = await ada.request(sentence.audioUrl!)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toStartWith('audio/wav')
      const path = join(dir, `sentence-${index}.wav`)
      await writeFile(path, new Uint8Array(await res.arrayBuffer()))
      const info = await probe(path)
      expect(info.format).toBe('wav')
      expect(info.streams).toEqual(['audio'])
      expect(Math.abs(info.durationSec - (sentence.endSec - sentence.startSec))).toBeLessThan(0.01)
    }
  }, 120_000)

  test('captions in WebVTT and SubRip, built from the same timings', async () => {
    const vtt = await ada.request(video.captionsUrl!)
    expect(vtt.status).toBe(200)
    expect(vtt.headers.get('Content-Type')).toBe('text/vtt; charset=utf-8')
    const vttText = await vtt.text()
    expect(vttText.startsWith('WEBVTT\n\n')).toBe(true)
    const srt = await ada.request(`/api/videos/${video.id}/captions.srt`)
    expect(srt.status).toBe(200)
    expect(srt.headers.get('Content-Disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.srt"$/)
    const srtText = await srt.text()
    const vttTimes = [...vttText.matchAll(/(\d\d:\d\d:\d\d)\.(\d{3}) --> /g)].map((match) => `${match[1]},${match[2]}`)
    const srtTimes = [...srtText.matchAll(/(\d\d:\d\d:\d\d,\d{3}) --> /g)].map((match) => match[1])
    expect(vttTimes.length).toBeGreaterThanOrEqual(video.scenes.length)
    expect(srtTimes).toEqual(vttTimes)
    // ffprobe reads both as subtitles, too.
    await writeFile(join(dir, 'captions.vtt'), vttText)
    await writeFile(join(dir, 'captions.srt'), srtText)
    expect((await probe(join(dir, 'captions.vtt'))).streams).toEqual(['subtitle'])
    expect((await probe(join(dir, 'captions.srt'))).streams).toEqual(['subtitle'])
  }, 60_000)

  test('the total length is within tolerance of the target', () => {
    const total = video.scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
    expect(Math.abs(total - TARGET_SEC)).toBeLessThanOrEqual(toleranceSec(TARGET_SEC))
    expect(total).toBeLessThanOrEqual(hardCapSec(TARGET_SEC, false) + 1e-9)
    for (const scene of video.scenes) {
      for (const sentence of scene.sentences) expect(sentence.endSec).toBeLessThanOrEqual(scene.durationSec)
    }
  })
})
