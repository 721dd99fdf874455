import ESpeakNg from 'espeak-ng'
// Embedded in the compiled binary by this import; on disk in node_modules otherwise.
import wasmPath from 'espeak-ng/dist/espeak-ng.wasm' with { type: 'file' }

/** What one synthesis needs: the eSpeak voice name, `-s` words per minute, `-p` pitch. */
export interface EspeakJob {
  text: string
  voice: string
  rate: number
  pitch: number
}

/** Compiles the 18 MB module: the expensive part, done once per worker. */
export const compileEspeak = async (): Promise<WebAssembly.Module> => WebAssembly.compile(await Bun.file(wasmPath).arrayBuffer())

/**
 * Runs eSpeak NG's command line once on a fresh instance of the compiled module (its `main` is
 * one-shot) and returns the WAV it wrote. The text goes in a file, never on the command line, so
 * a sentence starting with "-" is spoken, not parsed as an option.
 */
export const runEspeak = async (compiled: WebAssembly.Module, job: EspeakJob): Promise<Uint8Array> => {
  const errors: string[] = []
  const instance = await ESpeakNg({
    arguments: ['-b', '1', '-v', job.voice, '-s', String(job.rate), '-p', String(job.pitch), '-w', '/out.wav', '-f', '/in.txt'],
    preRun: [(module) => module.FS.writeFile('/in.txt', job.text)],
    print: () => {},
    printErr: (line) => {
      // Emscripten's note that main returned while the runtime stays alive is not an error.
      if (!line.startsWith('program exited')) errors.push(line)
    },
    instantiateWasm: (imports, receive) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled))
      return {}
    },
  })
  try {
    return instance.FS.readFile('/out.wav')
  } catch (cause) {
    throw new Error(`eSpeak NG wrote no audio${errors.length ? `: ${errors.join('; ')}` : ''}`, { cause })
  }
}
