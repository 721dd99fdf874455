/**
 * Where a request's time went: a per-request recorder of phases (`db`, `ai`, `render`, …) written
 * as a `Server-Timing` header (devtools' Network → Timing tab shows it), plus one structured
 * `slow request` log line for every request over `SLOW_REQUEST_MS`.
 *
 * Not `hono/timing`: that keeps only finished header strings, and the slow log needs the phase
 * durations as numbers; it also warns on `console` and builds a Map per request.
 *
 * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
 */
import type { Context } from 'hono'
import type { Logger } from '../log.ts'

/** A Server-Timing metric name is an HTTP token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
/** Names already checked: a regex per phase per request would be waste. */
const checkedNames = new Set<string>(['cache', 'db', 'ai', 'render'])

const checkName = (name: string) => {
  if (checkedNames.has(name)) return
  if (name === 'total') throw new TypeError('"total" is written by the middleware itself')
  if (!TOKEN.test(name)) throw new TypeError(`Server-Timing name must be an HTTP token, got "${name}"`)
  checkedNames.add(name)
}

/** A description as a token when it is one, else a quoted-string with `"` and `\` escaped. */
const description = (text: string) => (TOKEN.test(text) ? text : `"${text.replace(/[\\"]/g, '\\$&')}"`)

const round = (ms: number) => Math.round(ms * 100) / 100

interface Phase {
  readonly name: string
  ms: number
  /** Set while the phase runs. */
  startedAt: number | undefined
  /** Calls of this phase running at once (two queries in parallel): the phase ends with the last. */
  running: number
  description: string | undefined
}

/** A finished phase has a duration; a description-only one (`cache;desc=hit`) does not. */
const hasDuration = (phase: Phase) => phase.startedAt === undefined && (phase.description === undefined || phase.ms > 0)

/**
 * The phases of one request. Durations of a phase add up (two DB queries make one `db`), so a
 * phase is "time spent in", not "one call". Phases may overlap (a `db` inside `render`).
 *
 * Made per request, so it allocates nothing until a phase is recorded: a cache hit that records
 * none costs one small object.
 */
export class RequestTiming {
  #phases: Phase[] | undefined
  #now: () => number

  constructor(now: () => number = () => performance.now()) {
    this.#now = now
  }

  /** Starts phase `name`; starting it while it runs counts its time once (parallel calls overlap). */
  start(name: string): void {
    const phase = this.#phase(name)
    if (phase.running++ === 0) phase.startedAt = this.#now()
  }

  /** Ends a phase started with `start`; ending one that is not running does nothing. */
  end(name: string): void {
    const phase = this.#phases?.find((candidate) => candidate.name === name)
    if (phase?.startedAt === undefined || --phase.running > 0) return
    phase.ms += this.#now() - phase.startedAt
    phase.startedAt = undefined
  }

  /** Times `work` (sync or async) as phase `name`, even when it throws or rejects. */
  measure<T>(name: string, work: () => T): T {
    this.start(name)
    let result: T
    try {
      result = work()
    } catch (error) {
      this.end(name)
      throw error
    }
    if (result instanceof Promise) return result.finally(() => this.end(name)) as T
    this.end(name)
    return result
  }

  /** Adds a duration measured elsewhere (a worker, a callback). */
  add(name: string, ms: number): void {
    this.#phase(name).ms += ms
  }

  /** A phase without a duration, such as `cache;desc=hit`. */
  describe(name: string, text: string): void {
    this.#phase(name).description = text
  }

  /** Durations in ms (rounded to 0.01), for logs. Phases still running are left out. */
  durations(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const phase of this.#phases ?? []) if (hasDuration(phase)) out[phase.name] = round(phase.ms)
    return out
  }

  descriptions(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const phase of this.#phases ?? []) if (phase.description !== undefined) out[phase.name] = phase.description
    return out
  }

  /** The header value: every phase in the order first seen, then `total`. */
  header(totalMs: number): string {
    let header = ''
    for (const phase of this.#phases ?? []) {
      header += phase.name
      if (phase.description !== undefined) header += `;desc=${description(phase.description)}`
      if (hasDuration(phase)) header += `;dur=${round(phase.ms)}`
      header += ', '
    }
    return `${header}total;dur=${round(totalMs)}`
  }

  #phase(name: string): Phase {
    const phases = (this.#phases ??= [])
    let phase = phases.find((candidate) => candidate.name === name)
    if (phase === undefined) {
      checkName(name)
      phases.push((phase = { name, ms: 0, startedAt: undefined, running: 0, description: undefined }))
    }
    return phase
  }
}

/** Add to the app's `Variables` so handlers can `c.get('timing')`. */
export type TimingVariables = { timing: RequestTiming }

/**
 * The request's recorder, or a throwaway one when the middleware is not mounted (a unit test of a
 * handler), so callers never branch on it.
 */
export const timingOf = (c: Context): RequestTiming => {
  let timing = c.get('timing') as RequestTiming | undefined
  if (timing === undefined) c.set('timing', (timing = new RequestTiming()))
  return timing
}

/** The per-request end of Server-Timing: the header, and the slow-request line when it is one. */
export const finishTiming = (
  c: Context,
  timing: RequestTiming,
  totalMs: number,
  options: { logger: Logger; slowRequestMs: number; skipHeader?: (c: Context) => boolean },
  route: () => string,
): void => {
  if (!options.skipHeader?.(c)) c.res.headers.append('Server-Timing', timing.header(totalMs))
  if (totalMs < options.slowRequestMs) return
  options.logger.warn('slow request', {
    requestId: c.get('requestId'),
    method: c.req.method,
    route: route(),
    status: c.res.status,
    durationMs: round(totalMs),
    thresholdMs: options.slowRequestMs,
    ...phaseFields(timing),
  })
}

/** `{ dbMs: 12.5, renderMs: 3, cache: 'hit' }`: flat fields, as the logger wants them. */
const phaseFields = (timing: RequestTiming) => {
  const fields: Record<string, number | string> = {}
  for (const [name, ms] of Object.entries(timing.durations())) fields[`${name}Ms`] = ms
  for (const [name, text] of Object.entries(timing.descriptions())) fields[name] = text
  return fields
}
