/** The parts of the `espeak-ng` package (an Emscripten module, no types of its own) the engine uses. */
declare module 'espeak-ng' {
  export interface ESpeakNgFs {
    writeFile(path: string, data: string | Uint8Array): void
    readFile(path: string): Uint8Array
  }
  export interface ESpeakNgInstance {
    FS: ESpeakNgFs
  }
  export interface ESpeakNgOptions {
    arguments?: string[]
    print?: (line: string) => void
    printErr?: (line: string) => void
    preRun?: Array<(module: ESpeakNgInstance) => void>
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object
  }
  const ESpeakNg: (options?: ESpeakNgOptions) => Promise<ESpeakNgInstance>
  export default ESpeakNg
}

declare module 'espeak-ng/dist/espeak-ng.wasm' {
  /** With `{ type: 'file' }`: a path Bun.file() reads, inside the compiled binary too. */
  const path: string
  export default path
}
