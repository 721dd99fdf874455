/**
 * Real media for the player and export tests: narration WAVs from the real eSpeak NG, and ffprobe /
 * ffmpeg as the independent readers of what the browser exported.
 */

/** The part of the espeak-ng package (an Emscripten module factory) used here. */
type ESpeakFactory = (options: { arguments: string[] }) => Promise<{ FS: { readFile(path: string): Uint8Array } }>
/** A non-literal specifier: the package ships no types, and this file declares only what it uses. */
const ESPEAK_PACKAGE = 'espeak-ng'

/** Synthesizes `text` with eSpeak NG (English) into WAV bytes. */
export const speak = async (text: string): Promise<Uint8Array<ArrayBuffer>> => {
  const { default: ESpeakNg } = (await import(ESPEAK_PACKAGE)) as { default: ESpeakFactory }
  const instance = await ESpeakNg({ arguments: ['-v', 'en', '-w', 'out.wav', text] })
  return new Uint8Array(instance.FS.readFile('out.wav'))
}

/** A PCM WAV's length in seconds, from its header: the data chunk's size over the byte rate. */
export const wavDurationSec = (wav: Uint8Array): number => {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength)
  const byteRate = view.getUint32(28, true)
  let offset = 12
  while (offset + 8 <= wav.byteLength) {
    const id = String.fromCharCode(...wav.subarray(offset, offset + 4))
    const size = view.getUint32(offset + 4, true)
    // eSpeak writes 0x7fffffff sizes when streaming: the data then runs to the end of the file.
    if (id === 'data') return Math.min(size, wav.byteLength - offset - 8) / byteRate
    offset += 8 + size + (size % 2)
  }
  throw new Error('no data chunk in the WAV')
}

export type ProbedStream = { codec_type: string; codec_name: string; width?: number; height?: number; duration?: string }
export type Probe = { streams: ProbedStream[]; format: { format_name: string; duration: string } }

const run = async (command: string[]) => {
  const child = Bun.spawn(command, { stdout: 'pipe', stderr: 'pipe' })
  const [stdout, stderr, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited])
  if (code !== 0) throw new Error(`${command[0]} exited ${code}: ${stderr.slice(-500)}`)
  return { stdout, stderr }
}

/** `ffprobe -v error -show_streams -show_format -of json`. */
export const ffprobe = async (path: string): Promise<Probe> =>
  JSON.parse((await run(['ffprobe', '-v', 'error', '-show_streams', '-show_format', '-of', 'json', path])).stdout) as Probe

/** How many packets (frames) the first video stream holds, counted by reading them all. */
export const videoPacketCount = async (path: string): Promise<number> => {
  const { stdout } = await run([
    'ffprobe',
    '-v',
    'error',
    '-count_packets',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=nb_read_packets',
    '-of',
    'csv=p=0',
    path,
  ])
  return Number(stdout.trim())
}

/** The audio's mean volume in dB (ffmpeg volumedetect), of the whole or of `span`; digital silence reads -91 dB. */
export const meanVolumeDb = async (path: string, span?: { fromSec: number; durationSec: number }): Promise<number> => {
  const { stderr } = await run([
    'ffmpeg',
    '-hide_banner',
    '-nostats',
    '-i',
    path,
    '-map',
    '0:a:0',
    '-af',
    // atrim, not -ss/-t: those are output options, applied after the filter has measured everything before them.
    span ? `atrim=start=${span.fromSec.toFixed(3)}:duration=${span.durationSec.toFixed(3)},volumedetect` : 'volumedetect',
    '-f',
    'null',
    '-',
  ])
  const match = /mean_volume:\s*(-?[\d.]+) dB/.exec(stderr)
  if (!match) throw new Error(`no mean_volume in ffmpeg output: ${stderr.slice(-300)}`)
  return Number(match[1])
}
