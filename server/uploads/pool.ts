import { UploadRejected } from './errors.ts'
import type { TranscodeReply, TranscodeRequest } from './messages.ts'
import type { Transcoded } from './transcode.ts'

export interface ImagePoolOptions {
  /** Workers; each holds the codecs and, while it works, one decoded image (up to 144 MB). */
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
 * A bounded queue in front of at most `size` workers. A worker lives for one image only when that
 * image fails (a decoder that threw or ran out of memory may be left in any state); otherwise it
 * stays for the next. Idle workers are unref'd so they never keep the process alive.
 */
export const createImagePool = (options: ImagePoolOptions): ImagePool => {
  const idle: Worker[] = []
  const busy = new Set<Slot>()
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  const spawn = () => {
    const worker = new Worker(options.workerUrl ?? DEFAULT_WORKER_URL, { type: 'module' })
    ;(worker as Worker & { unref(): void }).unref()
    return worker
  }

  const settle = (slot: Slot, keepWorker: boolean) => {
    clearTimeout(slot.timer)
    busy.delete(slot)
    slot.worker.onmessage = null
    slot.worker.onerror = null
    if (keepWorker && !closed) idle.push(slot.worker)
    else slot.worker.terminate()
    dispatch()
  }

  const dispatch = () => {
    while (!closed && queue.length && busy.size < options.size) {
      const job = queue.shift()!
      const worker = idle.pop() ?? spawn()
      const slot: Slot = {
        worker,
        job,
        timer: setTimeout(() => {
          settle(slot, false)
          job.reject(undecodable(`it took longer than ${options.timeoutMs / 1000} s`))
        }, options.timeoutMs),
      }
      busy.add(slot)
      worker.onmessage = (event: MessageEvent<TranscodeReply>) => {
        const reply = event.data
        if (reply.id !== job.request.id) return
        settle(slot, reply.ok)
        if (reply.ok) job.resolve({ bytes: reply.bytes, contentType: reply.contentType, width: reply.width, height: reply.height })
        else job.reject(undecodable(reply.message))
      }
      worker.onerror = (event) => {
        settle(slot, false)
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
        settle(slot, false)
        slot.job.reject(error)
      }
      for (const worker of idle.splice(0)) worker.terminate()
    },
  }
}
