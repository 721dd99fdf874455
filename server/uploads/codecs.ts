import jpegDecode, { init as initJpegDecode } from '@jsquash/jpeg/decode.js'
// Each WASM file is embedded in the compiled binary by its import; on disk in node_modules otherwise.
import jpegDecodeWasm from '@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm' with { type: 'file' }
import jpegEncodeWasm from '@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm' with { type: 'file' }
import jpegEncode, { init as initJpegEncode } from '@jsquash/jpeg/encode.js'
import pngWasm from '@jsquash/png/codec/pkg/squoosh_png_bg.wasm' with { type: 'file' }
import { decode as pngDecode, init as initPngDecode } from '@jsquash/png/decode.js'
import pngEncode, { init as initPngEncode } from '@jsquash/png/encode.js'
import resize, { initResize } from '@jsquash/resize'
import resizeWasm from '@jsquash/resize/lib/resize/pkg/squoosh_resize_bg.wasm' with { type: 'file' }
import webpDecodeWasm from '@jsquash/webp/codec/dec/webp_dec.wasm' with { type: 'file' }
import webpDecode, { init as initWebpDecode } from '@jsquash/webp/decode.js'
import type { ImageType } from './sniff.ts'

/**
 * The decoders of the three accepted types, two encoders and a resampler. WebP is decoded but never
 * written: PNG keeps alpha as well, and one encoder fewer is 280 KB fewer in the binary.
 */
export interface Codecs {
  decode(type: ImageType, bytes: Uint8Array): Promise<ImageData>
  encodeJpeg(image: ImageData, quality: number): Promise<ArrayBuffer>
  encodePng(image: ImageData): Promise<ArrayBuffer>
  /** `transparent`: premultiply by alpha while filtering, so transparent pixels' colours do not bleed into edges. */
  resize(image: ImageData, width: number, height: number, transparent: boolean): Promise<ImageData>
}

const compile = async (path: string) => WebAssembly.compile(await Bun.file(path).arrayBuffer())

/** Compiles every module once (about 1 MB of WASM); done once per worker. */
export const loadCodecs = async (): Promise<Codecs> => {
  const [png, jpegDec, jpegEnc, webpDec, resizer] = await Promise.all(
    [pngWasm, jpegDecodeWasm, jpegEncodeWasm, webpDecodeWasm, resizeWasm].map(compile),
  )
  await Promise.all([
    initPngDecode(png),
    initPngEncode(png),
    initJpegDecode(jpegDec!),
    initJpegEncode(jpegEnc!),
    initWebpDecode(webpDec!),
    initResize(resizer),
  ])
  const copy = (bytes: Uint8Array) => bytes.slice().buffer
  return {
    decode: (type, bytes) =>
      type === 'png' ? pngDecode(copy(bytes)) : type === 'jpeg' ? jpegDecode(copy(bytes)) : webpDecode(copy(bytes)),
    // Baseline, not mozjpeg's default progressive: 40 % faster to write at 5 MP for a few % more bytes.
    encodeJpeg: (image, quality) => jpegEncode(image, { quality, progressive: false, optimize_coding: true }),
    encodePng: (image) => pngEncode(image),
    // Lanczos in sRGB: in linear light it took 3x as long (12 MP -> 5 MP: 1.4 s against 0.5 s) for
    // a difference only a bright edge on black shows.
    resize: (image, width, height, transparent) =>
      resize(image, { width, height, method: 'lanczos3', linearRGB: false, premultiply: transparent }),
  }
}
