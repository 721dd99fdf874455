/**
 * Process metrics: the standard Prometheus process collectors' series (`process_cpu_seconds_total`,
 * `process_resident_memory_bytes`, `process_open_fds`, `process_max_fds`, `process_start_time_seconds`)
 * plus the JS heap, event-loop lag and version under `reelsmith_`, and the memory alert fed from them.
 * No per-start label: Prometheus tells replicas apart by their scrape target (`instance`), and a
 * label that changes on every restart would start a new series each time.
 *
 * Event-loop lag is timer drift: a timer asked for in `intervalMs` fires late by as long as the
 * loop was busy with something else. It is sampled once per `intervalMs` (1 s), which also reads
 * memory once and feeds the alert, so nothing here runs per request or per scrape.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { MemoryAlert, MemoryState } from './memory-alert.ts'
import type { MetricRegistry } from './registry.ts'

export interface MemoryReading {
  rss: number
  heapUsed: number
}
export type MemoryReader = () => MemoryReading

/** CPU time used so far (user + system), and the open / allowed file descriptors (absent where unknown). */
export interface ResourceReading {
  cpuSeconds: number
  openFds?: number
  maxFds?: number
}
export type ResourceReader = () => ResourceReading

/** `/proc/self/fd` and `/proc/self/limits` exist on Linux only; elsewhere the fd series stay empty. */
const openFileDescriptors = (): number | undefined => {
  try {
    return readdirSync('/proc/self/fd').length
  } catch {
    return undefined
  }
}

const maxFileDescriptors = (): number | undefined => {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').match(/^Max open files\s+(\d+)/m)
    return line ? Number(line[1]) : undefined
  } catch {
    return undefined
  }
}

/** The real reader, run at scrape time only (a readdir of a few dozen entries). */
export const readProcessResources: ResourceReader = () => {
  const cpu = process.cpuUsage()
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, openFds: openFileDescriptors(), maxFds: maxFileDescriptors() }
}

/** The real reader. `process.memoryUsage()` works on Bun (RSS from the OS, heap from JSC). */
export const readProcessMemory: MemoryReader = () => {
  const usage = process.memoryUsage()
  return { rss: usage.rss, heapUsed: usage.heapUsed }
}

/** Starts `callback` in `ms`; returns a cancel. Injected so tests drive the sampler by hand. */
export type Schedule = (callback: () => void, ms: number) => () => void

/** The real `Schedule`: a timer that never keeps the process alive on its own. */
export const unrefTimeout: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms)
  timer.unref?.()
  return () => clearTimeout(timer)
}

/** Event-loop lag buckets in ms: a healthy loop stays under 10, a blocked one goes to seconds. */
export const EVENT_LOOP_LAG_BUCKETS_MS = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] as const

export interface ProcessMetricsOptions {
  version: string
  /** The build id (asset manifest): two builds of one version tell apart. */
  build?: string
  /** @default readProcessMemory */
  readMemory?: MemoryReader
  /** Read on every scrape. @default readProcessResources */
  readResources?: ResourceReader
  /** Epoch ms, for uptime. @default Date.now */
  now?: () => number
  /** Epoch ms when the process started. @default now() at creation */
  startedAt?: number
  /** Monotonic ms, for drift. @default performance.now */
  monotonic?: () => number
  /** @default 1000 */
  intervalMs?: number
  /** @default setTimeout, unref'd */
  schedule?: Schedule
  /** Fed every RSS reading. Without it, memory is always `ok`. */
  memoryAlert?: MemoryAlert
}

/** The latest sample, the same object updated in place each second. */
export interface ProcessReadings {
  rssBytes: number
  heapUsedBytes: number
  eventLoopLagMs: number
  uptimeSec: number
  memory: MemoryState
}

export type ProcessMetrics = ReturnType<typeof createProcessMetrics>

/**
 * @example
 * const processMetrics = createProcessMetrics(registry, { version, build: manifest.buildId, memoryAlert })
 * processMetrics.start() // on boot; processMetrics.stop() on shutdown
 * app.get('/healthz', (c) => c.json({ …, memory: processMetrics.readings.memory }))
 */
export const createProcessMetrics = (registry: MetricRegistry, options: ProcessMetricsOptions) => {
  const readMemory = options.readMemory ?? readProcessMemory
  const readResources = options.readResources ?? readProcessResources
  const now = options.now ?? Date.now
  const monotonic = options.monotonic ?? (() => performance.now())
  const schedule = options.schedule ?? unrefTimeout
  const intervalMs = options.intervalMs ?? 1000
  const startedAt = options.startedAt ?? now()
  const alert = options.memoryAlert

  const rss = registry
    .gauge({ name: 'process_resident_memory_bytes', help: 'Resident set size: memory the OS gives the process.' })
    .labels()
  const heapUsed = registry.gauge({ name: 'reelsmith_heap_used_bytes', help: 'JavaScript heap in use.' }).labels()
  const lag = registry
    .gauge({ name: 'reelsmith_event_loop_lag_seconds', help: 'Event-loop lag of the last sample: how late a 1 s timer fired.' })
    .labels()
  const lagHistogram = registry
    .histogram({
      name: 'reelsmith_event_loop_lag_sample_seconds',
      help: 'Every 1 s event-loop lag sample: spikes between scrapes are not lost.',
      buckets: EVENT_LOOP_LAG_BUCKETS_MS,
      unitsPerExposed: 1000,
    })
    .labels()
  registry
    .gauge({ name: 'process_start_time_seconds', help: 'Start time of the process since the Unix epoch.' })
    .labels()
    .set(startedAt / 1000)
  const cpu = registry.counter({ name: 'process_cpu_seconds_total', help: 'User and system CPU time spent, in seconds.' }).labels()
  const openFds = registry.gauge({ name: 'process_open_fds', help: 'Open file descriptors.' }).labels()
  const maxFds = registry.gauge({ name: 'process_max_fds', help: 'The limit on open file descriptors.' }).labels()
  registry
    .gauge({
      name: 'reelsmith_build_info',
      help: 'Always 1; the labels say which version and build run.',
      labelNames: ['version', 'build'],
      maxSeries: 1,
    })
    .labels(options.version, options.build ?? '')
    .set(1)
  const limit = registry
    .gauge({ name: 'reelsmith_memory_alert_limit_bytes', help: 'RSS above which the memory alert fires (MEMORY_ALERT_MB).' })
    .labels()
  const high = registry.gauge({ name: 'reelsmith_memory_high', help: '1 while the memory alert is on.' }).labels()
  limit.set(alert?.limitBytes ?? 0)
  registry.onCollect(() => {
    const resources = readResources()
    cpu.value = resources.cpuSeconds
    if (resources.openFds !== undefined) openFds.set(resources.openFds)
    if (resources.maxFds !== undefined) maxFds.set(resources.maxFds)
  })

  const readings: ProcessReadings = { rssBytes: 0, heapUsedBytes: 0, eventLoopLagMs: 0, uptimeSec: 0, memory: 'ok' }
  let expectedAt = 0
  let cancel: (() => void) | undefined

  const readNow = () => {
    const memory = readMemory()
    readings.rssBytes = memory.rss
    readings.heapUsedBytes = memory.heapUsed
    readings.uptimeSec = (now() - startedAt) / 1000
    readings.memory = alert ? alert.check(memory.rss) : 'ok'
    rss.set(memory.rss)
    heapUsed.set(memory.heapUsed)
    high.set(readings.memory === 'high' ? 1 : 0)
  }

  /** One sample: drift of the timer that just fired, memory, alert. Reschedules itself. */
  const tick = () => {
    const at = monotonic()
    const drift = Math.max(0, at - expectedAt)
    readings.eventLoopLagMs = drift
    lag.set(drift / 1000)
    lagHistogram.observe(drift)
    readNow()
    expectedAt = at + intervalMs
    cancel = schedule(tick, intervalMs)
  }

  return {
    /** Updated in place every second; read it, don't keep a copy. */
    readings: readings as Readonly<ProcessReadings>,
    /** Takes a first memory reading now, then samples every `intervalMs`. Idempotent. */
    start(): void {
      if (cancel) return
      readNow()
      expectedAt = monotonic() + intervalMs
      cancel = schedule(tick, intervalMs)
    },
    stop(): void {
      cancel?.()
      cancel = undefined
    },
  }
}
