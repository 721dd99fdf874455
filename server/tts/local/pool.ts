import { TtsError } from '../errors.ts'
import type { EspeakJob } from './espeak.ts'
import type { SynthesisReply, SynthesisRequest } from './messages.ts'

export interface WorkerPoolOptions {
  /** Worker threads; each holds one compiled eSpeak (memory: docs/measurements.md). */
  size: number
  /** Sentences allowed to wait beyond the ones being spoken; more are refused with `overloaded`. */
  queueLimit: number
  /** Per sentence, from the moment a worker takes it; a worker that overruns is replaced. */
  timeoutMs: number
  /** The worker entry; tests point it at a worker that misbehaves. */
  workerUrl?: URL | string
}

interface Job {
  request: SynthesisRequest
  resolve: (wav: Uint8Array) => void
  reject: (error: unknown) => void
  signal: AbortSignal | undefined
  onAbort: (() => void) | undefined
}

interface Slot {
  worker: Worker
  job: Job | null
  timer: ReturnType<typeof setTimeout> | null
}

export interface WorkerPool {
  run(job: EspeakJob, signal?: AbortSignal): Promise<Uint8Array>
  /** Sentences being spoken and waiting, for tests and metrics. */
  readonly pending: number
  close(): Promise<void>
}

/**
 * From source, the worker sits beside this file. In a compiled binary every module is bundled into
 * one file at the root of Bun's embedded filesystem, and the worker (an entry point of its own) keeps
 * its path below the build's `--root`, server/ (scripts/build/paths.ts).
 */
const DEFAULT_WORKER_URL = import.meta.url.startsWith('file:///$bunfs/')
  ? new URL('./tts/local/worker.ts', import.meta.url)
  : new URL('./worker.ts', import.meta.url)

/**
 * A bounded pool of synthesis workers with a bounded FIFO queue. Workers start on first use (the
 * binary's start-up stays fast) and stay up. A sentence that overruns `timeoutMs`, or a worker
 * that crashes, rejects its caller and the worker is replaced; the rest of the queue carries on.
 */
export const createWorkerPool = (options: WorkerPoolOptions): WorkerPool => {
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl ?? DEFAULT_WORKER_URL, { type: 'module' })
    // An idle pool must not keep a script or test process alive; close() ends the workers.
    ;(worker as Worker & { unref(): void }).unref()
    const slot: Slot = { worker, job: null, timer: null }
    worker.onmessage = (event: MessageEvent<SynthesisReply>) => {
      const job = slot.job
      if (!job || job.request.id !== event.data.id) return
      finish(slot)
      if (event.data.ok) job.resolve(event.data.wav)
      else job.reject(new TtsError('engine', `eSpeak NG failed: ${event.data.message}`))
      dispatch()
    }
    worker.onerror = (event) => {
      const job = slot.job
      replace(slot)
      job?.reject(new TtsError('engine', `The synthesis worker crashed: ${event.message}`))
      dispatch()
    }
    return slot
  }

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const job = slot.job
    slot.job = null
    if (job?.onAbort) job.signal?.removeEventListener('abort', job.onAbort)
  }

  /** A worker stuck in synchronous wasm cannot be interrupted, only terminated. */
  const replace = (slot: Slot) => {
    finish(slot)
    slot.worker.terminate()
    const index = slots.indexOf(slot)
    if (index >= 0) slots.splice(index, 1)
  }

  const dispatch = () => {
    while (!closed && queue.length) {
      let slot = slots.find((candidate) => !candidate.job)
      if (!slot && slots.length < options.size) slots.push((slot = spawn()))
      if (!slot) return
      const job = queue.shift()!
      slot.job = job
      const running = slot
      slot.timer = setTimeout(() => {
        replace(running)
        job.reject(new TtsError('timeout', `Synthesis took longer than ${options.timeoutMs} ms`))
        dispatch()
      }, options.timeoutMs)
      slot.worker.postMessage(job.request)
    }
  }

  return {
    run(espeakJob, signal) {
      if (closed) return Promise.reject(new TtsError('closed', 'The speech engine is shut down'))
      if (signal?.aborted) return Promise.reject(signal.reason)
      const busy = slots.filter((slot) => slot.job).length
      if (queue.length >= options.queueLimit && busy >= options.size) {
        return Promise.reject(new TtsError('overloaded', `The speech queue is full (${options.queueLimit} sentences waiting)`))
      }
      return new Promise<Uint8Array>((resolve, reject) => {
        const job: Job = { request: { id: nextId++, ...espeakJob }, resolve, reject, signal, onAbort: undefined }
        if (signal) {
          job.onAbort = () => {
            const waiting = queue.indexOf(job)
            if (waiting >= 0) queue.splice(waiting, 1)
            // A sentence already being spoken finishes in its worker; its result is dropped.
            const slot = slots.find((candidate) => candidate.job === job)
            if (slot) {
              finish(slot)
              dispatch()
            }
            reject(signal.reason)
          }
          signal.addEventListener('abort', job.onAbort, { once: true })
        }
        queue.push(job)
        dispatch()
      })
    },
    get pending() {
      return queue.length + slots.filter((slot) => slot.job).length
    },
    async close() {
      if (closed) return
      closed = true
      const error = new TtsError('closed', 'The speech engine is shut down')
      for (const job of queue.splice(0)) job.reject(error)
      for (const slot of slots.splice(0)) {
        const job = slot.job
        finish(slot)
        slot.worker.terminate()
        job?.reject(error)
      }
    },
  }
}
