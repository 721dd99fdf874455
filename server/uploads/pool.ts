import { UploadRejected } from './errors.ts'
import type { TranscodeReply, TranscodeRequest } from './messages.ts'
import type { Transcoded } from './transcode.ts'

export interface ImagePoolOptions {
  /** Workers at once; each holds the codecs and one image's pixels, several times over (copies in and out of WASM). */
  size: number
  /** Uploads allowed to wait beyond the ones being decoded; more are refused as `busy`. */
  queueLimit: number
  /** Per image, from the moment a worker takes it; a worker that overruns is replaced. */
  timeoutMs: number
  workerUrl?: URL | string
}

export interface ImagePool {
  run(request: Omit<TranscodeRequest, 'id'>): Promise<Transcoded>
  readonly pending: number
  close(): void
}

/** From source the worker sits beside this file; in the binary below its `--root`, server/ (see tts/local/pool.ts). */
const DEFAULT_WORKER_URL = import.meta.url.startsWith('file:///$bunfs/')
  ? new URL('./uploads/worker.ts', import.meta.url)
  : new URL('./worker.ts', import.meta.url)

interface Job {
  request: TranscodeRequest
  resolve: (result: Transcoded) => void
  reject: (error: unknown) => void
}

interface Slot {
  worker: Worker
  job: Job
  timer: ReturnType<typeof setTimeout>
}

const undecodable = (detail: string) => new UploadRejected('undecodable', `The image could not be decoded (${detail}).`)

/**
 * A bounded queue in front of at most `size` workers, each of which decodes ONE image and is ended:
 * WASM memory only grows, so a worker kept across a few large images held 830 MB of RSS
 * for good (one at a time: 440 MB for 12 MP) (docs/measurements.md, Uploads); a new one costs ~100 ms of compiling. It also
 * means a decoder that failed in any state is never reused. Workers are unref'd.
 */
export const createImagePool = (options: ImagePoolOptions): ImagePool => {
  const busy = new Set<Slot>()
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  const spawn = () => {
    const worker = new Worker(options.workerUrl ?? DEFAULT_WORKER_URL, { type: 'module' })
    ;(worker as Worker & { unref(): void }).unref()
    return worker
  }

  const settle = (slot: Slot) => {
    clearTimeout(slot.timer)
    busy.delete(slot)
    slot.worker.onmessage = null
    slot.worker.onerror = null
    slot.worker.terminate()
    dispatch()
  }

  const dispatch = () => {
    while (!closed && queue.length && busy.size < options.size) {
      const job = queue.shift()!
      const worker = spawn()
      const slot: Slot = {
        worker,
        job,
        timer: setTimeout(() => {
          settle(slot)
          job.reject(undecodable(`it took longer than ${options.timeoutMs / 1000} s`))
        }, options.timeoutMs),
      }
      busy.add(slot)
      worker.onmessage = (event: MessageEvent<TranscodeReply>) => {
        const reply = event.data
        if (reply.id !== job.request.id) return
        settle(slot)
        if (reply.ok) job.resolve({ bytes: reply.bytes, contentType: reply.contentType, width: reply.width, height: reply.height })
        else job.reject(undecodable(reply.message))
      }
      worker.onerror = (event) => {
        settle(slot)
        job.reject(undecodable(event.message || 'the decoder crashed'))
      }
      worker.postMessage(job.request)
    }
  }

  return {
    run(request) {
      if (closed) return Promise.reject(new UploadRejected('busy', 'The image decoder is shut down.'))
      if (queue.length >= options.queueLimit) {
        return Promise.reject(new UploadRejected('busy', 'Too many images are being processed; try again in a moment.'))
      }
      return new Promise<Transcoded>((resolve, reject) => {
        queue.push({ request: { id: nextId++, ...request }, resolve, reject })
        dispatch()
      })
    },
    get pending() {
      return queue.length + busy.size
    },
    close() {
      closed = true
      const error = new UploadRejected('busy', 'The image decoder is shut down.')
      for (const job of queue.splice(0)) job.reject(error)
      for (const slot of [...busy]) {
        settle(slot)
        slot.job.reject(error)
      }
    },
  }
}
