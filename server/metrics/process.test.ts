import { describe, expect, test } from 'bun:test'
import { createLogger } from '../log.ts'
import { waitUntil } from '../testing/wait.ts'
import { renderExposition } from './exposition.ts'
import { createMemoryAlert } from './memory-alert.ts'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createProcessMetrics, readProcessMemory, readProcessResources } from './process.ts'
import { createRegistry } from './registry.ts'

const MB = 1024 * 1024

/** Fake time and a scheduler that runs the pending timer when the test says so. */
const harness = () => {
  const clock = { wall: 1_700_000_000_000, mono: 0 }
  let pending: { callback: () => void; ms: number } | undefined
  let memory = { rss: 100 * MB, heapUsed: 20 * MB }
  const lines: Record<string, unknown>[] = []
  const registry = createRegistry()
  const memoryAlert = createMemoryAlert({
    limitBytes: 400 * MB,
    logger: createLogger({ sink: (line) => lines.push(JSON.parse(line)) }),
    now: () => clock.wall,
  })
  const metrics = createProcessMetrics(registry, {
    version: '1.2.3',
    build: 'build-a',
    readMemory: () => memory,
    readResources: () => ({ cpuSeconds: 1.5, openFds: 17, maxFds: 1024 }),
    now: () => clock.wall,
    monotonic: () => clock.mono,
    schedule: (callback, ms) => {
      pending = { callback, ms }
      return () => (pending = undefined)
    },
    memoryAlert,
  })
  /** The loop was busy `lateMs` past the 1 s timer; then the timer fires. */
  const fireAfter = (lateMs: number) => {
    const timer = pending!
    clock.mono += timer.ms + lateMs
    clock.wall += timer.ms + lateMs
    pending = undefined
    timer.callback()
  }
  return {
    registry,
    metrics,
    fireAfter,
    lines,
    setMemory: (next: typeof memory) => (memory = next),
    hasPending: () => pending !== undefined,
  }
}

describe('process metrics', () => {
  test('the real reader sees this process: CPU time grows and the open descriptors include stdio', () => {
    const before = readProcessResources()
    // Busy until the process has used 20 ms more CPU (a condition, however slow the machine).
    while (readProcessResources().cpuSeconds < before.cpuSeconds + 0.02);
    const after = readProcessResources()
    expect(after.cpuSeconds).toBeGreaterThan(before.cpuSeconds)
    if (process.platform === 'linux') {
      expect(after.openFds).toBeGreaterThanOrEqual(3)
      expect(after.maxFds).toBeGreaterThanOrEqual(after.openFds!)
    }
  })

  test('event-loop lag is how late the 1 s timer fired', () => {
    const { metrics, fireAfter, registry } = harness()
    metrics.start()
    fireAfter(0)
    expect(metrics.readings.eventLoopLagMs).toBe(0)
    fireAfter(250)
    expect(metrics.readings.eventLoopLagMs).toBe(250)
    fireAfter(3)
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_event_loop_lag_seconds')).toBe(0.003)
    // Every sample is kept in the histogram, so the 250 ms spike survives a later scrape.
    expect(parsed.value('reelsmith_event_loop_lag_sample_seconds_count')).toBe(3)
    expect(parsed.value('reelsmith_event_loop_lag_sample_seconds_bucket', { le: '0.1' })).toBe(2)
    expect(parsed.value('reelsmith_event_loop_lag_sample_seconds_bucket', { le: '0.25' })).toBe(3)
  })

  test('memory, CPU, file descriptors, start time and version are exposed under their standard names', () => {
    const { metrics, fireAfter, registry, setMemory } = harness()
    metrics.start()
    setMemory({ rss: 123 * MB, heapUsed: 45 * MB })
    fireAfter(0)
    fireAfter(0)
    const parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('process_resident_memory_bytes')).toBe(123 * MB)
    expect(parsed.value('reelsmith_heap_used_bytes')).toBe(45 * MB)
    expect(parsed.value('process_cpu_seconds_total')).toBe(1.5)
    expect(parsed.value('process_open_fds')).toBe(17)
    expect(parsed.value('process_max_fds')).toBe(1024)
    expect(parsed.value('process_start_time_seconds')).toBe(1_700_000_000)
    expect(parsed.value('reelsmith_build_info', { version: '1.2.3', build: 'build-a' })).toBe(1)
    // No label changes from one start to the next: a restart continues the same series.
    expect(parsed.families.get('reelsmith_build_info')?.samples[0]?.labels).toEqual({ version: '1.2.3', build: 'build-a' })
    expect(parsed.value('reelsmith_memory_alert_limit_bytes')).toBe(400 * MB)
    expect(metrics.readings).toMatchObject({ rssBytes: 123 * MB, heapUsedBytes: 45 * MB, uptimeSec: 2, memory: 'ok' })
  })

  test('the memory alert fires from the sampled RSS, is rate-limited, and clears', () => {
    const { metrics, fireAfter, registry, setMemory, lines } = harness()
    metrics.start()
    setMemory({ rss: 450 * MB, heapUsed: 20 * MB })
    for (let second = 0; second < 90; second++) fireAfter(0)
    expect(metrics.readings.memory).toBe('high')
    expect(parseExposition(renderExposition(registry)).value('reelsmith_memory_high')).toBe(1)
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(2) // at 0 s and 60 s of 90 s
    setMemory({ rss: 200 * MB, heapUsed: 20 * MB })
    fireAfter(0)
    expect(metrics.readings.memory).toBe('ok')
    expect(parseExposition(renderExposition(registry)).value('reelsmith_memory_high')).toBe(0)
  })

  test('start reads memory at once; stop cancels the timer; start twice is one sampler', () => {
    const { metrics, hasPending } = harness()
    metrics.start()
    metrics.start()
    expect(metrics.readings.rssBytes).toBe(100 * MB)
    expect(hasPending()).toBe(true)
    metrics.stop()
    expect(hasPending()).toBe(false)
  })

  test('the real reader and timer work on this runtime', async () => {
    const reading = readProcessMemory()
    expect(reading.rss).toBeGreaterThan(1 * MB)
    expect(reading.heapUsed).toBeGreaterThan(0)
    const registry = createRegistry()
    const metrics = createProcessMetrics(registry, { version: 'test', intervalMs: 10 })
    const samples = () => parseExposition(renderExposition(registry)).value('reelsmith_event_loop_lag_sample_seconds_count') ?? 0
    metrics.start()
    // A few real timer ticks; how late each fired is the reading, so it is only checked for sense.
    await waitUntil(() => samples() >= 3, { what: 'three event-loop samples' })
    metrics.stop()
    expect(Number.isFinite(metrics.readings.eventLoopLagMs)).toBe(true)
    expect(metrics.readings.eventLoopLagMs).toBeGreaterThanOrEqual(0)
    expect(metrics.readings.rssBytes).toBeGreaterThan(1 * MB)
  })
})
