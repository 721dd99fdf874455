import { afterEach, describe, expect, test } from 'bun:test'
import { parseExposition } from '../testing/exposition-parse.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { waitUntil } from '../testing/wait.ts'
import { renderExposition } from './exposition.ts'
import { createJobMetrics } from './jobs.ts'
import { createRegistry } from './registry.ts'

describe('job metrics', () => {
  test('claims and ends feed the queue wait, the duration by outcome and the running gauge', () => {
    const registry = createRegistry()
    const { observer } = createJobMetrics(registry)
    observer.claimed(40)
    observer.claimed(7000)
    let parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_jobs_running')).toBe(2)
    expect(parsed.value('reelsmith_job_queue_wait_seconds_bucket', { le: '0.05' })).toBe(1)
    expect(parsed.value('reelsmith_job_queue_wait_seconds_count')).toBe(2)
    observer.ended('done', 3000)
    observer.ended('failed', 500)
    parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_jobs_running')).toBe(0)
    expect(parsed.value('reelsmith_jobs_finished_total', { outcome: 'done' })).toBe(1)
    expect(parsed.value('reelsmith_jobs_finished_total', { outcome: 'failed' })).toBe(1)
    expect(parsed.value('reelsmith_job_duration_seconds_sum', { outcome: 'done' })).toBe(3)
  })

  test('the cluster gauge is exported only while this replica holds the lease', () => {
    const registry = createRegistry()
    const metrics = createJobMetrics(registry)
    metrics.setClusterCounts({ queued: 2, running: 1, failed: 5 })
    let parsed = parseExposition(renderExposition(registry))
    expect(parsed.value('reelsmith_jobs', { state: 'queued' })).toBe(2)
    expect(parsed.value('reelsmith_jobs', { state: 'failed' })).toBe(5)
    metrics.setClusterCounts(undefined)
    parsed = parseExposition(renderExposition(registry))
    expect(parsed.families.get('reelsmith_jobs')?.samples ?? []).toEqual([])
  })
})

describe('job and database metrics on the real wiring', () => {
  let testApp: TestApp | undefined
  afterEach(async () => {
    await testApp?.close()
    testApp = undefined
  })

  test('a generated video is one claimed and finished job, and its repository calls are counted', async () => {
    testApp = await createTestApp()
    const { repos, monitoring } = testApp
    const user = (await repos.users.create({ email: 'metrics@example.com', passwordHash: 'x', language: 'en' }))!
    const { video } = await repos.videos.create(user.id, {
      prompt: 'A 15-second ad for a bicycle repair shop, warm and funny',
      style: 'playful',
      durationSec: 15,
      aspect: '16:9',
      language: 'en',
    })
    testApp.worker.notify()
    await waitUntil(async () => (await repos.videos.findById(video.id))?.status === 'ready', { what: 'the video is ready' })
    await waitUntil(() => (parseExposition(monitoring.exposition()).value('reelsmith_jobs_running') ?? 1) === 0, {
      what: 'the job has ended',
    })
    const parsed = parseExposition(monitoring.exposition())
    expect(parsed.value('reelsmith_jobs_finished_total', { outcome: 'done' })).toBe(1)
    expect(parsed.value('reelsmith_job_queue_wait_seconds_count')).toBe(1)
    expect(parsed.value('reelsmith_job_duration_seconds_count', { outcome: 'done' })).toBe(1)
    expect(parsed.value('reelsmith_db_operations_total', { operation: 'jobs.claimNext', outcome: 'ok' })).toBeGreaterThanOrEqual(1)
    expect(parsed.value('reelsmith_db_operations_total', { operation: 'videos.saveStoryboard', outcome: 'ok' })).toBe(1)
    expect(parsed.value('reelsmith_db_operation_duration_seconds_count', { operation: 'videos.saveStoryboard' })).toBe(1)
    expect(parsed.value('reelsmith_db_pool_max_connections', { dialect: 'sqlite' })).toBe(1)
    expect(parsed.value('reelsmith_db_operations_in_flight')).toBe(0)
  })
})
