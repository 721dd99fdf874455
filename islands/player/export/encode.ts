/**
 * The export: every frame drawn by the player's own painter on an offscreen canvas at the export
 * size, encoded frame by frame at a fixed rate with WebCodecs (through mediabunny, which also
 * writes the container with its duration and index), plus the narration mixed offline. Nothing
 * waits for the wall clock, so it runs as fast as the encoder allows and never drops time.
 * Loaded with a dynamic import only when someone exports, so the player's chunk stays small.
 */
import {
  AudioBufferSource,
  BufferTarget,
  canEncodeAudio,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  Quality,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
} from 'mediabunny'
import { narrationClips } from '../audio-schedule.ts'
import { drawFrame, type FrameContent } from '../draw.ts'
import { describeError, type ExportFailure } from '../export-failure.ts'
import { placeImage, ZOOM_TO } from '../ken-burns.ts'
import type { PlayerScene, Size } from '../types.ts'
import { createCanvasPool, type CanvasPool } from './canvas-pool.ts'
import { chooseCodecs, containerOf, type AudioCodecName, type ExportFormat, type VideoCodecName } from './codecs.ts'
import { frameCount, frameSlot, FRAMES_PER_SECOND } from './frame-schedule.ts'
import { CHANNELS, mixNarration, SAMPLE_RATE, type MixOptions } from './mix.ts'

/** Encoder settings the benchmark varies; the defaults are what the measurements chose (docs/measurements.md). */
export type EncoderTuning = {
  /** 'realtime' lets Chromium's encoders drop frames to hold the bitrate; an export wants every frame. */
  latencyMode: 'quality' | 'realtime'
  /** Bits per second per pixel-per-frame scale: bitrate = pixels x fps x this. */
  bitsPerPixel: number
  keyFrameIntervalSec: number
  /** How many canvases the frames are drawn on in turn (canvas-pool.ts). */
  canvases: number
}

export const DEFAULT_TUNING: EncoderTuning = { latencyMode: 'quality', bitsPerPixel: 0.1, keyFrameIntervalSec: 2, canvases: 3 }

/**
 * Where an export's main-thread time went, for the benchmark: painting a frame (recording the
 * drawing), capturing it (the VideoFrame, where the canvas really rasterizes), and waiting for the
 * encoder or muxer to take more.
 */
export type ExportTimings = { frames: number; drawMs: number; captureMs: number; waitMs: number }

export type ExportVideoOptions = {
  scenes: readonly PlayerScene[]
  /** The painter's input: the same timeline, posters and caption style the player draws with. */
  content: FrameContent
  format: ExportFormat
  size: Size
  signal: AbortSignal
  /** Frames encoded so far, out of the total. */
  onProgress?: (done: number, total: number) => void
  tuning?: Partial<EncoderTuning>
  /** Filled in as the frames go, when given. */
  timings?: ExportTimings
  /** More sound in the mix beside the narration: the background music (mix.ts). */
  extraSources?: MixOptions['extraSources']
}

export type ExportOutcome =
  | { kind: 'done'; blob: Blob; extension: string; video: string; audio: string; missingAudio: number }
  | { kind: 'cancelled' }
  | ExportFailure

const AUDIO_BITRATE = 128_000

/**
 * The posters as bitmaps at the largest size a frame draws them: an SVG image is rasterized again
 * on every drawImage, which at 1080p cost more than the encoder (docs/measurements.md).
 */
const rasterizePosters = async (content: FrameContent, size: Size): Promise<{ content: FrameContent; release: () => void }> => {
  if (typeof createImageBitmap !== 'function') return { content, release: () => {} }
  const bitmaps = await Promise.all(
    content.scenes.map(async (scene, index) => {
      const poster = content.posterFor(index)
      if (!poster || scene.posterWidth <= 0 || scene.posterHeight <= 0) return null
      const largest = placeImage({ width: scene.posterWidth, height: scene.posterHeight }, size, { scale: ZOOM_TO, shiftX: 0, shiftY: 0 })
      // A poster that cannot be rasterized is still drawn as it is, only slower.
      return createImageBitmap(poster as ImageBitmapSource, {
        resizeWidth: Math.ceil(largest.width),
        resizeHeight: Math.ceil(largest.height),
        resizeQuality: 'high',
      }).catch(() => poster)
    }),
  )
  return {
    content: { ...content, posterFor: (index) => bitmaps[index] ?? null },
    release: () =>
      bitmaps.forEach((bitmap) => {
        bitmap instanceof ImageBitmap && bitmap.close()
      }),
  }
}

export const exportVideo = async (options: ExportVideoOptions): Promise<ExportOutcome> => {
  const { size } = options
  const codecs = await chooseCodecs(options.format, {
    canEncodeVideo: (codec) => canEncodeVideo(codec, { width: size.width, height: size.height, frameRate: FRAMES_PER_SECOND }),
    canEncodeAudio: (codec) => canEncodeAudio(codec, { numberOfChannels: CHANNELS, sampleRate: SAMPLE_RATE, bitrate: AUDIO_BITRATE }),
  })
  if ('problem' in codecs) return { kind: 'error', ...codecs }
  const pool = createCanvasPool(size, { ...DEFAULT_TUNING, ...options.tuning }.canvases)
  if (!pool) return { kind: 'error', problem: 'no-canvas' }

  const { content, release } = await rasterizePosters(options.content, size)
  try {
    return await encode(options, content, codecs, pool)
  } finally {
    release()
  }
}

const encode = async (
  options: ExportVideoOptions,
  content: FrameContent,
  codecs: { video: VideoCodecName; audio: AudioCodecName },
  pool: CanvasPool,
): Promise<ExportOutcome> => {
  const { signal, size } = options
  const tuning = { ...DEFAULT_TUNING, ...options.tuning }
  const totalSec = content.timeline.totalSec
  let mix: Awaited<ReturnType<typeof mixNarration>>
  try {
    mix = await mixNarration({
      clips: narrationClips(options.scenes, content.timeline.startsSec),
      totalSec,
      signal,
      extraSources: options.extraSources,
    })
  } catch (error) {
    if (signal.aborted) return { kind: 'cancelled' }
    return { kind: 'error', problem: 'mix', detail: describeError(error) }
  }
  if (signal.aborted) return { kind: 'cancelled' }

  const container = containerOf(options.format)
  const output = new Output({
    // 'in-memory' fast start: the index (moov) goes before the media, so the file plays while it downloads.
    format: options.format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  })
  const video = new VideoSampleSource({
    codec: codecs.video,
    quality: new Quality({ bitrate: Math.round(size.width * size.height * FRAMES_PER_SECOND * tuning.bitsPerPixel) }),
    keyFrameInterval: tuning.keyFrameIntervalSec,
    latencyMode: tuning.latencyMode,
  })
  const audio = new AudioBufferSource({ codec: codecs.audio, quality: new Quality({ bitrate: AUDIO_BITRATE }) })
  output.addVideoTrack(video, { frameRate: FRAMES_PER_SECOND })
  output.addAudioTrack(audio)

  const frames = frameCount(totalSec)
  const timings = options.timings
  try {
    await output.start()
    // Not awaited before the frames: the muxer interleaves by time, so audio and video go in together.
    const audioDone = audio.add(mix.buffer).then(() => audio.close())
    for (let index = 0; index < frames; index++) {
      if (signal.aborted) {
        await output.cancel()
        return { kind: 'cancelled' }
      }
      const slot = frameSlot(index)
      const surface = pool.next()
      const started = timings ? performance.now() : 0
      drawFrame(surface.context, content, slot.timeSec, size)
      const drawn = timings ? performance.now() : 0
      const sample = new VideoSample(surface.canvas, { timestamp: slot.timeSec, duration: slot.durationSec })
      const captured = timings ? performance.now() : 0
      try {
        // Resolves when the encoder and the muxer can take more (mediabunny's backpressure).
        await video.add(sample)
      } finally {
        sample.close()
      }
      if (timings) {
        const now = performance.now()
        timings.frames++
        timings.drawMs += drawn - started
        timings.captureMs += captured - drawn
        timings.waitMs += now - captured
      }
      options.onProgress?.(index + 1, frames)
    }
    video.close()
    await audioDone
    await output.finalize()
  } catch (error) {
    if (output.state !== 'canceled' && output.state !== 'finalized') await output.cancel().catch(() => {})
    if (signal.aborted) return { kind: 'cancelled' }
    return { kind: 'error', problem: 'encode', detail: describeError(error) }
  }
  const buffer = (output.target as BufferTarget).buffer
  if (!buffer) return { kind: 'error', problem: 'no-file' }
  return {
    kind: 'done',
    blob: new Blob([buffer], { type: container.mimeType }),
    extension: container.extension,
    video: codecs.video,
    audio: codecs.audio,
    missingAudio: mix.missing.length,
  }
}
