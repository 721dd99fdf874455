/** Small tools shared by the cache tests: a fake clock, a log recorder, a promise we settle by hand. */
import { createLogger, type Logger } from '../log.ts'

export const fakeClock = (start = 1_700_000_000_000) => {
  let time = start
  return { now: () => time, advance: (ms: number) => void (time += ms) }
}

export const recordingLogger = (): { logger: Logger; lines: () => Array<Record<string, unknown>> } => {
  const lines: string[] = []
  return {
    logger: createLogger({ level: 'debug', sink: (line) => lines.push(line) }),
    lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  }
}

export const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

/** Lets queued promise callbacks and timers of 0 ms run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Polls `check` until it returns true or `timeoutMs` passes; returns the last answer. */
export const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000, everyMs = 20): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return check()
}
