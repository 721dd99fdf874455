/**
 * The player's sound: narration clips decoded with Web Audio and scheduled against the player's
 * position on every play, pause and seek. The AudioContext is created on the first play, inside
 * the click that started it, since browsers keep audio silent until a gesture.
 */
import { clipsFrom, type NarrationClip } from './audio-schedule.ts'
import type { Transport } from './engine.ts'

export type NarrationPlayer = {
  /**
   * Fetches every clip's bytes ahead of the first play (decoding needs an AudioContext, which waits
   * for a gesture): the first sentence starts on time, and the worker keeps the clips for offline.
   */
  prefetch(): void
  /** Follows the engine's transport: stops what plays, then starts the clips from the new position. */
  follow(transport: Transport): void
  destroy(): void
}

export type NarrationPlayerOptions = {
  clips: readonly NarrationClip[]
  /** @default () => new AudioContext() */
  createContext?: () => AudioContext
  /** @default fetch */
  fetch?: (url: string) => Promise<Response>
}

export const createNarrationPlayer = (options: NarrationPlayerOptions): NarrationPlayer => {
  const load = options.fetch ?? ((url: string) => fetch(url))
  const buffers = new Map<string, AudioBuffer>()
  /** Each distinct clip's bytes, fetched once; null when it could not be had (it stays silent). */
  const bytes = new Map<string, Promise<ArrayBuffer | null>>()
  const fetchBytes = (url: string) => {
    let pending = bytes.get(url)
    if (!pending) {
      pending = load(url).then(
        (response) => (response.ok ? response.arrayBuffer() : null),
        () => null,
      )
      bytes.set(url, pending)
    }
    return pending
  }
  const clipUrls = () => [...new Set(options.clips.map((clip) => clip.url))]
  const playing = new Set<AudioBufferSourceNode>()
  let context: AudioContext | null = null
  /** The one node every clip goes through: the place to mix background music in later. */
  let narrationBus: GainNode | null = null
  /** Where playing started, in the video and on the audio clock; null while paused. */
  let anchor: { positionSec: number; contextSec: number } | null = null
  let loading: Promise<void> | null = null
  let destroyed = false

  const stopAll = () => {
    for (const source of playing) source.stop()
    playing.clear()
  }

  const startFrom = () => {
    if (!context || !narrationBus || !anchor) return
    stopAll()
    const positionSec = anchor.positionSec + (context.currentTime - anchor.contextSec)
    for (const start of clipsFrom(options.clips, (url) => buffers.get(url)?.duration, positionSec)) {
      const source = context.createBufferSource()
      source.buffer = buffers.get(start.url)!
      source.connect(narrationBus)
      source.addEventListener('ended', () => playing.delete(source))
      source.start(context.currentTime + start.delaySec, start.offsetSec)
      playing.add(source)
    }
  }

  /** Decodes each distinct clip once; one that fails stays silent, the video plays on. */
  const loadAll = (audio: AudioContext) =>
    (loading ??= Promise.all(
      clipUrls().map(async (url) => {
        try {
          const data = await fetchBytes(url)
          if (!data) return
          buffers.set(url, await audio.decodeAudioData(data))
          // A clip decoded while playing joins in at the current position.
          if (anchor && !destroyed) startFrom()
        } catch {
          // Missing narration is shown in the scene strip; silence here is the right fallback.
        }
      }),
    ).then(() => {}))

  return {
    prefetch() {
      if (!destroyed) for (const url of clipUrls()) void fetchBytes(url)
    },
    follow({ playing: isPlaying, timeSec }) {
      if (destroyed || options.clips.length === 0) return
      if (!isPlaying) {
        anchor = null
        stopAll()
        return
      }
      if (!context) {
        context = (options.createContext ?? (() => new AudioContext()))()
        narrationBus = context.createGain()
        narrationBus.connect(context.destination)
      }
      void context.resume()
      anchor = { positionSec: timeSec, contextSec: context.currentTime }
      startFrom()
      void loadAll(context)
    },
    destroy() {
      destroyed = true
      anchor = null
      stopAll()
      void context?.close()
    },
  }
}
