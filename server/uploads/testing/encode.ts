import { deflateSync } from 'node:zlib'
import { concat, pngChunk } from './images.ts'

/** Any RGBA pixels as an 8-bit PNG (filter 0 on every row). Test-only. */
export const encodeRgbaPng = (rgba: Uint8Array, width: number, height: number) => {
  const raw = new Uint8Array((1 + width * 4) * height)
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1)
  const ihdr = new Uint8Array(13)
  new DataView(ihdr.buffer).setUint32(0, width)
  new DataView(ihdr.buffer).setUint32(4, height)
  ihdr.set([8, 6, 0, 0, 0], 8)
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array()),
  )
}
