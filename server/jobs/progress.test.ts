import { describe, expect, test } from 'bun:test'
import { ProgressBus, type ProgressEvent, type ProgressListener, type ProgressTransport } from './progress.ts'

const event = (videoId: string, progress = 0.5): ProgressEvent => ({
  videoId,
  jobId: 'j1',
  status: 'running',
  step: 'scene',
  label: 'Scene 1 of 2',
  progress,
  at: 1,
})

describe('ProgressBus', () => {
  test('delivers a video’s events to its subscribers only, until they unsubscribe', () => {
    const bus = new ProgressBus()
    const a: ProgressEvent[] = []
    const b: ProgressEvent[] = []
    const stopA = bus.subscribe('v1', (e) => a.push(e))
    bus.subscribe('v2', (e) => b.push(e))
    bus.publish(event('v1'))
    expect(a).toHaveLength(1)
    expect(b).toHaveLength(0)
    stopA()
    bus.publish(event('v1'))
    expect(a).toHaveLength(1)
    expect(bus.watchedVideos).toBe(1)
  })

  test('a listener that unsubscribes while being called does not skip the others', () => {
    const bus = new ProgressBus()
    const seen: string[] = []
    const stop = bus.subscribe('v', () => {
      seen.push('first')
      stop()
    })
    bus.subscribe('v', () => seen.push('second'))
    bus.publish(event('v'))
    expect(seen).toEqual(['first', 'second'])
  })

  test('events travel to another replica through the transport and reach its subscribers', () => {
    // Two buses joined by an in-memory stand-in for Redis pub/sub.
    const wires: ProgressListener[] = []
    const transport = (): ProgressTransport => {
      let own: ProgressListener | undefined
      return {
        publish: (e) =>
          wires
            .filter((wire) => wire !== own)
            .forEach((wire) => {
              wire(e)
            }),
        onMessage: (listener) => wires.push((own = listener)),
      }
    }
    const replicaA = new ProgressBus({ transport: transport() })
    const replicaB = new ProgressBus({ transport: transport() })
    const seenOnB: number[] = []
    const seenOnA: number[] = []
    replicaB.subscribe('v', (e) => seenOnB.push(e.progress))
    replicaA.subscribe('v', (e) => seenOnA.push(e.progress))
    replicaA.publish(event('v', 0.25))
    expect(seenOnB).toEqual([0.25])
    expect(seenOnA).toEqual([0.25])
  })
})
