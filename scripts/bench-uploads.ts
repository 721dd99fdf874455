/**
 * What an uploaded image costs: the header checks alone (a decompression bomb is refused there),
 * then the whole prepareImageUpload (worker round trip, decode, downscale, re-encode) for a
 * 12 MP camera JPEG, a 4K PNG with alpha, a 1080p PNG and WebP, with the bytes in and out, and the
 * process's peak RSS (the worker's WASM memory included: it is a thread of this process).
 *
 *   bun scripts/bench-uploads.ts [--rounds 3]
 */
import { closeImagePool, prepareImageUpload, UploadRejected } from '../server/uploads/index.ts'
import { greyPng } from '../server/uploads/testing/images.ts'

const at = process.argv.indexOf('--rounds')
const rounds = at === -1 ? 3 : Number(process.argv[at + 1])

/**
 * Inputs written by ffmpeg (testsrc2 with grain: photo-like work for the codecs), so this process
 * holds no codec of its own and its RSS is the worker's and the server code's.
 */
const ffmpegImage = async (size: string, format: string, extra: string[] = [], filter = 'noise=alls=12:allf=t') => {
  const child = Bun.spawn(
    [
      'ffmpeg',
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=${size}`,
      '-vf',
      filter,
      ...extra,
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-c:v',
      format,
      '-',
    ],
    { stdout: 'pipe' },
  )
  return new Uint8Array(await new Response(child.stdout).arrayBuffer())
}
const cases = [
  { name: '12 MP JPEG (4000x3000)', bytes: await ffmpegImage('4000x3000', 'mjpeg', ['-q:v', '3']) },
  { name: '4K PNG with alpha (3840x2160)', bytes: await ffmpegImage('3840x2160', 'png', [], 'format=rgba,colorchannelmixer=aa=0.6') },
  { name: '1080p PNG (1920x1080)', bytes: await ffmpegImage('1920x1080', 'png') },
  { name: '1080p WebP (1920x1080)', bytes: await ffmpegImage('1920x1080', 'libwebp') },
]
const rssBefore = process.memoryUsage().rss
const bomb = greyPng(7999, 7999)
const refusedStarted = performance.now()
for (let i = 0; i < 1000; i++) await prepareImageUpload(bomb).catch((error) => error instanceof UploadRejected || Promise.reject(error))
console.log(
  `bomb (7999x7999, ${(bomb.length / 1024).toFixed(1)} KB) refused from its header: ${((performance.now() - refusedStarted) / 1000).toFixed(3)} ms`,
)

for (const { name, bytes } of cases) {
  if (bytes.length > 10 * 1024 * 1024) {
    console.log(`${name}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the 10 MB limit (refused)`)
    continue
  }
  const firstStarted = performance.now()
  await prepareImageUpload(bytes)
  const firstMs = performance.now() - firstStarted
  const times: number[] = []
  let out = 0
  let size = ''
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    const image = await prepareImageUpload(bytes)
    times.push(performance.now() - started)
    out = image.bytes.byteLength
    size = `${image.width}x${image.height} ${image.contentType}`
  }
  times.sort((a, b) => a - b)
  console.log(
    `${name}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB in -> ${size} ${(out / 1024).toFixed(0)} KB; median ${times[times.length >> 1]!.toFixed(0)} ms (first ${firstMs.toFixed(0)} ms)`,
  )
}
console.log(
  `RSS before the first upload ${(rssBefore / 1024 / 1024).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
)
closeImagePool()
