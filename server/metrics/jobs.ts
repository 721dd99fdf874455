/**
 * Generation-job metrics. Per replica (sums over replicas are right): jobs finished by outcome,
 * their duration, how long they waited in the queue, and how many this replica runs now. Cluster
 * wide: `reelsmith_jobs` by state, read from the shared database, so it is exported by ONE replica
 * only (the holder of a lease, server/cache/redis-lease.ts; without Redis there is one replica);
 * every other replica exports no series of it, and a sum over replicas stays the real count.
 */
import type { JobObserver } from '../jobs/worker.ts'
import type { MetricRegistry } from './registry.ts'

/** Job duration in ms: a local storyboard with narration takes seconds, a 10-minute video minutes. */
export const JOB_DURATION_BUCKETS_MS = [1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000] as const
/** Queue wait in ms: an idle worker claims at once; a busy one makes people wait. */
export const QUEUE_WAIT_BUCKETS_MS = [10, 50, 100, 500, 1000, 5000, 10_000, 30_000, 60_000, 300_000] as const
export const JOB_STATES = ['queued', 'running', 'failed'] as const
export type JobCounts = Record<(typeof JOB_STATES)[number], number>

export type JobMetrics = ReturnType<typeof createJobMetrics>

export const createJobMetrics = (registry: MetricRegistry) => {
  const finished = registry.counter({
    name: 'reelsmith_jobs_finished_total',
    help: 'Generation jobs this replica ended, by outcome (stopped: handed back or taken over).',
    labelNames: ['outcome'],
    maxSeries: 3,
  })
  const duration = registry.histogram({
    name: 'reelsmith_job_duration_seconds',
    help: 'From claim to end of a generation job on this replica, by outcome.',
    labelNames: ['outcome'],
    maxSeries: 3,
    buckets: JOB_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const wait = registry
    .histogram({
      name: 'reelsmith_job_queue_wait_seconds',
      help: 'From queued to claimed, for the jobs this replica claimed.',
      buckets: QUEUE_WAIT_BUCKETS_MS,
      unitsPerExposed: 1000,
    })
    .labels()
  const running = registry.gauge({ name: 'reelsmith_jobs_running', help: 'Generation jobs running on this replica.' }).labels()
  const cluster = registry.gauge({
    name: 'reelsmith_jobs',
    help: 'Generation jobs by state across the cluster (the shared database), exported by one replica only.',
    labelNames: ['state'],
    maxSeries: JOB_STATES.length,
  })
  const observer: JobObserver = {
    claimed(waitMs) {
      wait.observe(Math.max(0, waitMs))
      running.inc()
    },
    ended(outcome, durationMs) {
      finished.labels(outcome).inc()
      duration.labels(outcome).observe(durationMs)
      running.dec()
    },
  }
  return {
    observer,
    /** The cluster's counts when this replica holds the lease; undefined: another one exports them. */
    setClusterCounts(counts: JobCounts | undefined): void {
      if (!counts) cluster.clear()
      else for (const state of JOB_STATES) cluster.labels(state).set(counts[state])
    },
  }
}
