/**
 * "Export video": plays the storyboard from the start in real time while MediaRecorder records the
 * canvas. Real time because MediaRecorder timestamps frames by the wall clock: a faster-than-real
 * render would produce a video that plays too fast.
 */
import type { ExportProblem } from '../../shared/player-messages.ts'
import type { PlayerEngine } from './engine.ts'
import { describeError, type ExportFailure } from './export-failure.ts'
import { chooseMimeType } from './mime-type.ts'

export type RecordOutcome =
  | { kind: 'done'; blob: Blob; mimeType: string }
  | { kind: 'cancelled' }
  /** Said to the person next to the button, in the page's language. */
  | ExportFailure

/** The parts of the MediaRecorder constructor used here, so tests can pass a fake. */
export type RecorderConstructor = {
  new (stream: MediaStream, options: MediaRecorderOptions): Pick<MediaRecorder, 'start' | 'stop' | 'state' | 'addEventListener'>
  isTypeSupported(mimeType: string): boolean
}

export type RecordOptions = {
  canvas: Pick<HTMLCanvasElement, 'captureStream'>
  engine: Pick<PlayerEngine, 'totalSec' | 'play' | 'pause' | 'seek' | 'subscribe' | 'preloadAll'>
  /** Aborting stops the recording and discards it. */
  signal: AbortSignal
  /** 0 to 1, as the recording advances. */
  onProgress?: (fraction: number) => void
  /** @default globalThis.MediaRecorder */
  MediaRecorder?: RecorderConstructor
  /** @default 30 */
  framesPerSecond?: number
  /** 5 Mbit/s keeps small on-screen text sharp at 720p; the browser default (~2.5) smears it. @default 5_000_000 */
  videoBitsPerSecond?: number
}

const fail = (problem: ExportProblem, detail?: string): RecordOutcome => ({
  kind: 'error',
  problem,
  ...(detail !== undefined && { detail }),
})

export const recordStoryboard = async (options: RecordOptions): Promise<RecordOutcome> => {
  const Recorder = options.MediaRecorder ?? (globalThis as { MediaRecorder?: RecorderConstructor }).MediaRecorder
  if (typeof Recorder !== 'function') return fail('no-recorder')
  if (typeof options.canvas.captureStream !== 'function') return fail('no-capture')
  const mimeType = chooseMimeType((type) => Recorder.isTypeSupported(type))
  if (!mimeType) return fail('no-webm')
  const { engine, signal } = options
  const framesPerSecond = options.framesPerSecond ?? 30

  await engine.preloadAll()
  if (signal.aborted) return { kind: 'cancelled' }

  let stream: MediaStream | undefined
  let recorder: InstanceType<RecorderConstructor>
  const stopTracks = () =>
    stream?.getTracks().forEach((track) => {
      track.stop()
    })
  try {
    // Throws SecurityError when a cross-origin image has tainted the canvas.
    stream = options.canvas.captureStream(framesPerSecond)
    recorder = new Recorder(stream, { mimeType, videoBitsPerSecond: options.videoBitsPerSecond ?? 5_000_000 })
  } catch (error) {
    stopTracks()
    return fail('record-start', describeError(error))
  }

  // Rewind before listening: a player sitting at the end would otherwise report "ended" at once.
  engine.pause()
  engine.seek(0)

  const chunks: Blob[] = []
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data)
  })
  let unsubscribe = () => {}
  const finished = new Promise<'ended' | 'cancelled' | Error>((resolve) => {
    recorder.addEventListener('error', (event) => {
      const { error, message } = event as ErrorEvent
      resolve(new Error((error instanceof Error && error.message) || message || 'the recorder failed'))
    })
    // We stop the recorder only after this promise settles, so an earlier stop is the browser's doing.
    recorder.addEventListener('stop', () => resolve(new Error('the recorder stopped early')), { once: true })
    signal.addEventListener('abort', () => resolve('cancelled'), { once: true })
    unsubscribe = engine.subscribe(({ timeSec, playing }) => {
      options.onProgress?.(engine.totalSec > 0 ? timeSec / engine.totalSec : 1)
      if (!playing && timeSec >= engine.totalSec) resolve('ended')
    })
  })
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }))

  try {
    // Timeslices keep the encoder's output flowing into chunks instead of one buffer at the end.
    recorder.start(1000)
  } catch (error) {
    unsubscribe()
    stopTracks()
    return fail('record-start', describeError(error))
  }
  engine.play()
  const result = await finished
  unsubscribe()
  // Hold the last frame for one capture interval so the video does not end a frame short.
  if (result === 'ended') await new Promise((resolve) => setTimeout(resolve, 1000 / framesPerSecond))
  engine.pause()
  if (recorder.state !== 'inactive') recorder.stop()
  await stopped
  stopTracks()

  if (result === 'cancelled') return { kind: 'cancelled' }
  if (result instanceof Error) return fail('record', result.message)
  if (chunks.length === 0) return fail('record-empty')
  // The file's type without codec parameters: `video/webm`.
  const blobType = mimeType.split(';')[0]!
  return { kind: 'done', blob: new Blob(chunks, { type: blobType }), mimeType }
}
