import { describe, expect, test } from 'bun:test'
import type { PlayerState } from './engine.ts'
import { recordStoryboard, type RecordOptions, type RecorderConstructor } from './record.ts'

/** A MediaRecorder stand-in: it "encodes" one chunk per start and one at stop, like a real one with a timeslice. */
const fakeRecorderClass = (supported: string[]) => {
  const instances: FakeRecorder[] = []
  class FakeRecorder extends EventTarget {
    static isTypeSupported = (type: string) => supported.includes(type)
    state: RecordingState = 'inactive'
    timeslice: number | undefined
    constructor(
      readonly stream: MediaStream,
      readonly options: MediaRecorderOptions,
    ) {
      super()
      instances.push(this)
    }
    start(timeslice?: number) {
      this.timeslice = timeslice
      this.state = 'recording'
      this.emitData('[header+frames]')
    }
    stop() {
      this.state = 'inactive'
      this.emitData('[last frames]')
      this.dispatchEvent(new Event('stop'))
    }
    emitData(text: string) {
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([text]) }))
    }
    fail(message: string) {
      this.dispatchEvent(Object.assign(new Event('error'), { error: new Error(message) }))
      this.stop()
    }
  }
  return { Recorder: FakeRecorder as unknown as RecorderConstructor, instances }
}

/**
 * An engine that, like the real one, tells its listener about every play, pause and seek, and
 * whose progress while playing the test reports by hand.
 */
const fakeEngine = (totalSec = 3, startSec = 0) => {
  const calls: string[] = []
  let listener: ((state: PlayerState) => void) | undefined
  let timeSec = startSec
  let playing = false
  const report = (at: number, isPlaying: boolean) => {
    timeSec = at
    playing = isPlaying
    listener?.({ timeSec, playing, sceneIndex: 0 })
  }
  const engine: RecordOptions['engine'] = {
    totalSec,
    play: () => (calls.push('play'), report(timeSec, true)),
    pause: () => (calls.push('pause'), report(timeSec, false)),
    seek: (sec) => (calls.push(`seek ${sec}`), report(sec, playing), sec),
    preloadAll: async () => void calls.push('preloadAll'),
    subscribe: (next) => ((listener = next), () => (listener = undefined)),
  }
  return { engine, calls, report }
}

const stoppedTracks: string[] = []
const canvas = {
  captureStream: (fps?: number) => ({ fps, getTracks: () => [{ stop: () => stoppedTracks.push('video') }] }) as unknown as MediaStream,
}
const settle = () => Bun.sleep(0)

describe('recordStoryboard', () => {
  test('records the storyboard from 0 to the end, reporting progress, and returns a WebM blob', async () => {
    const { Recorder, instances } = fakeRecorderClass(['video/webm;codecs=vp9', 'video/webm'])
    const player = fakeEngine(3)
    const progress: number[] = []
    const outcome = recordStoryboard({
      canvas,
      engine: player.engine,
      signal: new AbortController().signal,
      MediaRecorder: Recorder,
      onProgress: (f) => progress.push(f),
    })
    await settle()
    const recorder = instances[0]!
    expect(recorder.options.mimeType).toBe('video/webm;codecs=vp9')
    expect((recorder.stream as unknown as { fps: number }).fps).toBe(30)
    // Posters are ready before the recorder starts, and the storyboard is rewound before it plays.
    expect(player.calls).toEqual(['preloadAll', 'pause', 'seek 0', 'play'])
    expect(recorder.state).toBe('recording')

    player.report(1.5, true)
    player.report(3, false)
    const result = await outcome
    expect(progress).toEqual([0, 0.5, 1])
    expect(recorder.state).toBe('inactive')
    if (result.kind !== 'done') throw new Error(`expected done, got ${JSON.stringify(result)}`)
    expect(result.mimeType).toBe('video/webm;codecs=vp9')
    expect(result.blob.type).toBe('video/webm')
    expect(await result.blob.text()).toBe('[header+frames][last frames]')
    expect(stoppedTracks.length).toBeGreaterThan(0)
  })

  test('a player left at the end is rewound and recorded from the start, not taken as finished', async () => {
    const { Recorder, instances } = fakeRecorderClass(['video/webm'])
    const player = fakeEngine(3, 3)
    const outcome = recordStoryboard({ canvas, engine: player.engine, signal: new AbortController().signal, MediaRecorder: Recorder })
    await settle()
    expect(instances[0]!.state).toBe('recording')
    player.report(3, false)
    expect((await outcome).kind).toBe('done')
  })

  test('a pause before the end (not the end) keeps recording', async () => {
    const { Recorder, instances } = fakeRecorderClass(['video/webm'])
    const player = fakeEngine(3)
    const outcome = recordStoryboard({ canvas, engine: player.engine, signal: new AbortController().signal, MediaRecorder: Recorder })
    await settle()
    player.report(1, false)
    await settle()
    expect(instances[0]!.state).toBe('recording')
    player.report(3, false)
    expect((await outcome).kind).toBe('done')
  })

  test('cancel stops the recorder, pauses the player and discards the recording', async () => {
    const { Recorder, instances } = fakeRecorderClass(['video/webm'])
    const player = fakeEngine()
    const controller = new AbortController()
    const outcome = recordStoryboard({ canvas, engine: player.engine, signal: controller.signal, MediaRecorder: Recorder })
    await settle()
    player.report(1, true)
    controller.abort()
    expect(await outcome).toEqual({ kind: 'cancelled' })
    expect(instances[0]!.state).toBe('inactive')
    expect(player.calls.at(-1)).toBe('pause')
  })

  test('a recorder error is reported as a message, not thrown', async () => {
    const { Recorder, instances } = fakeRecorderClass(['video/webm'])
    const player = fakeEngine()
    const outcome = recordStoryboard({ canvas, engine: player.engine, signal: new AbortController().signal, MediaRecorder: Recorder })
    await settle()
    instances[0]!.fail('out of memory')
    expect(await outcome).toEqual({ kind: 'error', problem: 'record', detail: 'out of memory' })
  })

  test('a recorder that refuses to start is reported, and the capture stream is released', async () => {
    const { Recorder } = fakeRecorderClass(['video/webm'])
    const Refusing = class extends (Recorder as unknown as new (...args: unknown[]) => { start(): void }) {
      override start() {
        throw new Error('NotSupportedError')
      }
    } as unknown as RecorderConstructor
    stoppedTracks.length = 0
    const outcome = await recordStoryboard({
      canvas,
      engine: fakeEngine().engine,
      signal: new AbortController().signal,
      MediaRecorder: Refusing,
    })
    expect(outcome).toEqual({ kind: 'error', problem: 'record-start', detail: 'NotSupportedError' })
    expect(stoppedTracks).toEqual(['video'])
  })

  test('without MediaRecorder it says so and touches nothing', async () => {
    const player = fakeEngine()
    const outcome = await recordStoryboard({
      canvas,
      engine: player.engine,
      signal: new AbortController().signal,
      MediaRecorder: undefined as unknown as RecorderConstructor,
    })
    expect(outcome).toEqual({ kind: 'error', problem: 'no-recorder' })
    expect(player.calls).toEqual([])
  })

  test('without a supported WebM type it says so', async () => {
    const { Recorder } = fakeRecorderClass(['video/mp4'])
    const outcome = await recordStoryboard({
      canvas,
      engine: fakeEngine().engine,
      signal: new AbortController().signal,
      MediaRecorder: Recorder,
    })
    expect(outcome).toEqual({ kind: 'error', problem: 'no-webm' })
  })

  test('without canvas.captureStream it says so', async () => {
    const { Recorder } = fakeRecorderClass(['video/webm'])
    const outcome = await recordStoryboard({
      canvas: {} as RecordOptions['canvas'],
      engine: fakeEngine().engine,
      signal: new AbortController().signal,
      MediaRecorder: Recorder,
    })
    expect(outcome).toEqual({ kind: 'error', problem: 'no-capture' })
  })
})
