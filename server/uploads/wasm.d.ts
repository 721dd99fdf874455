// With `{ type: 'file' }` each import is a path Bun.file() reads, inside the compiled binary too.
declare module '@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm' {
  const path: string
  export default path
}
declare module '@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm' {
  const path: string
  export default path
}
declare module '@jsquash/png/codec/pkg/squoosh_png_bg.wasm' {
  const path: string
  export default path
}
declare module '@jsquash/resize/lib/resize/pkg/squoosh_resize_bg.wasm' {
  const path: string
  export default path
}
declare module '@jsquash/webp/codec/dec/webp_dec.wasm' {
  const path: string
  export default path
}
