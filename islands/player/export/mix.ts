/**
 * The export's soundtrack: every narration clip decoded and placed at its absolute time in an
 * OfflineAudioContext, with the background music when it is on (scheduled into the same context),
 * rendered once (faster than real time) into one AudioBuffer as long as the video. Sample-exact
 * placement keeps the sound in sync with the frames.
 */
import type { NarrationClip } from '../audio-schedule.ts'

export const SAMPLE_RATE = 48_000
export const CHANNELS = 2

export type MixOptions = {
  clips: readonly NarrationClip[]
  totalSec: number
  signal?: AbortSignal
  /** @default fetch */
  fetch?: (url: string, init: { signal?: AbortSignal }) => Promise<Response>
  /**
   * Adds more sources to the mix (the background music, music/render.ts): connect them to `bus`
   * (the master gain). Called after the narration is scheduled, before rendering; with no
   * narration at all it is the whole soundtrack.
   */
  extraSources?: (context: OfflineAudioContext, bus: GainNode) => Promise<void> | void
}

export type Mix = { buffer: AudioBuffer; missing: string[] }

export const mixNarration = async (options: MixOptions): Promise<Mix> => {
  const load = options.fetch ?? ((url, init) => fetch(url, init))
  const length = Math.max(1, Math.ceil(options.totalSec * SAMPLE_RATE))
  const context = new OfflineAudioContext({ numberOfChannels: CHANNELS, length, sampleRate: SAMPLE_RATE })
  const master = context.createGain()
  master.connect(context.destination)
  const narration = context.createGain()
  narration.connect(master)

  const missing: string[] = []
  const decoded = new Map<string, Promise<AudioBuffer | null>>()
  const decode = (url: string) => {
    let pending = decoded.get(url)
    if (!pending) {
      pending = load(url, { signal: options.signal })
        .then(async (response) => (response.ok ? context.decodeAudioData(await response.arrayBuffer()) : null))
        .catch((error: unknown) => {
          if (options.signal?.aborted) throw error
          return null
        })
      decoded.set(url, pending)
    }
    return pending
  }
  const buffers = await Promise.all(options.clips.map((clip) => decode(clip.url)))
  options.clips.forEach((clip, index) => {
    const buffer = buffers[index]
    if (!buffer) {
      missing.push(clip.url)
      return
    }
    const source = context.createBufferSource()
    source.buffer = buffer
    source.connect(narration)
    source.start(clip.atSec)
  })
  await options.extraSources?.(context, master)
  return { buffer: await context.startRendering(), missing: [...new Set(missing)] }
}
