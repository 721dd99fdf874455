import { afterAll, afterEach, beforeAll, describe, expect, test } from 'bun:test'
import type { VideoRequest } from '../ai/storyboard.ts'
import type { Database } from './types.ts'
import { createJobRepo } from './jobs.ts'
import { testBackends } from './test-backends.ts'
import { createUserRepo } from './users.ts'
import { createVideoRepo } from './videos.ts'

const request: VideoRequest = {
  prompt: 'a lighthouse keeper learns to dance',
  style: 'dreamy',
  durationSec: 20,
  aspect: '9:16',
  language: 'en',
}
const MINUTE = 60_000

describe.each(testBackends())('job repo on $name', (backend) => {
  beforeAll(() => backend.start())
  afterEach(() => backend.closeAll())
  afterAll(() => backend.stop())

  /** A user and a clock that only moves when the test moves it. */
  const setup = async (db?: Database) => {
    db ??= await backend.openFresh()
    const clock = { now: 1_700_000_000_000 }
    const now = () => clock.now
    const user = (await createUserRepo(db).create({ email: 'alice@example.com', passwordHash: 'h', language: 'en' }))!
    const videos = createVideoRepo(db, { now })
    /** Creates a video (which queues its first job) one millisecond after the previous one. */
    const queueVideo = async () => {
      clock.now += 1
      return (await videos.create(user.id, request)).video
    }
    return { db, clock, videos, jobs: createJobRepo(db, { now }), queueVideo }
  }

  test('countByStatus counts the jobs in each state, zero for the empty ones', async () => {
    const { jobs, queueVideo } = await setup()
    expect(await jobs.countByStatus()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 })
    await queueVideo()
    await queueVideo()
    const claimed = (await jobs.claimNext())!
    await jobs.fail(claimed.id, 'boom')
    await queueVideo()
    await jobs.claimNext()
    expect(await jobs.countByStatus()).toEqual({ queued: 1, running: 1, done: 0, failed: 1 })
  })

  test('claimNext returns null on an empty queue', async () => {
    const { jobs } = await setup()
    expect(await jobs.claimNext()).toBeNull()
  })

  test('claimNext takes the oldest queued job, marks it running and the video generating', async () => {
    const { jobs, videos, clock, queueVideo } = await setup()
    const first = await queueVideo()
    const second = await queueVideo()
    clock.now += 5
    const claimed = await jobs.claimNext()
    expect(claimed).toMatchObject({
      videoId: first.id,
      status: 'running',
      step: 'started',
      attempts: 1,
      startedAt: clock.now,
      finishedAt: null,
    })
    expect((await videos.findById(first.id))?.status).toBe('generating')
    expect((await videos.findById(second.id))?.status).toBe('queued')
    expect((await jobs.claimNext())?.videoId).toBe(second.id)
    expect(await jobs.claimNext()).toBeNull()
  })

  test('progress is recorded while running (clamped to 0..1) and refused once the job has ended', async () => {
    const { jobs, queueVideo, clock } = await setup()
    const video = await queueVideo()
    const job = (await jobs.claimNext())!
    clock.now += 100
    expect(await jobs.updateProgress(job.id, 'scene 2 of 6', 0.4)).toBe(true)
    expect(await jobs.findLatestForVideo(video.id)).toMatchObject({ step: 'scene 2 of 6', progress: 0.4, updatedAt: clock.now })
    await jobs.updateProgress(job.id, 'posters', 1.7)
    expect((await jobs.findLatestForVideo(video.id))?.progress).toBe(1)

    expect(await jobs.finish(job.id)).toBe(true)
    expect(await jobs.findLatestForVideo(video.id)).toMatchObject({ status: 'done', step: 'done', progress: 1, finishedAt: clock.now })
    expect(await jobs.finish(job.id)).toBe(false)
    expect(await jobs.updateProgress(job.id, 'late', 0.5)).toBe(false)
  })

  test('fail records the reason, fails the video too, and happens once', async () => {
    const { jobs, videos, queueVideo } = await setup()
    const video = await queueVideo()
    const job = (await jobs.claimNext())!
    await jobs.updateProgress(job.id, 'writing script', 0.2)
    expect(await jobs.fail(job.id, 'The AI returned invalid JSON twice')).toBe(true)
    expect(await jobs.findLatestForVideo(video.id)).toMatchObject({
      status: 'failed',
      step: 'writing script',
      error: 'The AI returned invalid JSON twice',
    })
    expect((await videos.findById(video.id))?.status).toBe('failed')
    expect(await jobs.fail(job.id, 'again')).toBe(false)
    expect(await jobs.finish(job.id)).toBe(false)
  })

  test('release hands a running job back to the queue with its step and progress, not counting the claim', async () => {
    const { jobs, videos, queueVideo, clock } = await setup()
    const video = await queueVideo()
    const job = (await jobs.claimNext())!
    await jobs.updateProgress(job.id, 'scene 3 of 5', 0.5)
    clock.now += 10
    expect(await jobs.release(job.id)).toBe(true)
    expect(await jobs.findLatestForVideo(video.id)).toMatchObject({
      status: 'queued',
      step: 'scene 3 of 5',
      progress: 0.5,
      attempts: 0,
      startedAt: null,
      updatedAt: clock.now,
    })
    expect((await videos.findById(video.id))?.status).toBe('queued')
    expect(await jobs.release(job.id)).toBe(false)
    // Taken again at once, by whichever worker asks first.
    expect(await jobs.claimNext()).toMatchObject({ id: job.id, status: 'running', attempts: 1, progress: 0.5 })
    expect(await jobs.finish(job.id)).toBe(true)
    expect(await jobs.release(job.id)).toBe(false)
  })

  test('retry re-queues a failed job (attempts keep counting) and nothing else', async () => {
    const { jobs, videos, queueVideo } = await setup()
    const video = await queueVideo()
    expect(await jobs.retry(video.id)).toBeNull() // queued, not failed
    const job = (await jobs.claimNext())!
    await jobs.fail(job.id, 'timeout')

    const retried = await jobs.retry(video.id)
    expect(retried).toMatchObject({
      id: job.id,
      status: 'queued',
      step: 'queued',
      progress: 0,
      error: null,
      startedAt: null,
      finishedAt: null,
    })
    expect((await videos.findById(video.id))?.status).toBe('queued')
    expect(await jobs.retry(video.id)).toBeNull()
    expect(await jobs.claimNext()).toMatchObject({ id: job.id, attempts: 2 })
    expect(await jobs.retry('no-such-video')).toBeNull()
  })

  test('create queues another job for a video; findLatestForVideo returns the newest', async () => {
    const { jobs, videos, queueVideo, clock } = await setup()
    const video = await queueVideo()
    const first = (await jobs.claimNext())!
    await jobs.finish(first.id)
    clock.now += 10
    const again = await jobs.create(video.id)
    expect(again).toMatchObject({ videoId: video.id, status: 'queued', attempts: 0 })
    expect(again.id).not.toBe(first.id)
    expect((await jobs.findLatestForVideo(video.id))?.id).toBe(again.id)
    expect((await videos.findById(video.id))?.status).toBe('queued')
    expect(await jobs.findLatestForVideo('none')).toBeNull()
  })

  test('claimNext hands each job to exactly one worker, even with many workers on two replicas', async () => {
    const url = await backend.freshUrl()
    const replicaA = await backend.open(url)
    const replicaB = backend.name === 'postgres' ? await backend.open(url) : replicaA
    const { queueVideo } = await setup(replicaA)
    const queued = new Set<string>()
    for (let i = 0; i < 24; i++) queued.add((await queueVideo()).id)

    const worker = async (db: Database) => {
      const jobs = createJobRepo(db)
      const mine: string[] = []
      for (let job = await jobs.claimNext(); job; job = await jobs.claimNext()) mine.push(job.videoId)
      return mine
    }
    const claimedPerWorker = await Promise.all(Array.from({ length: 8 }, (_, i) => worker(i % 2 ? replicaA : replicaB)))
    const claimed = claimedPerWorker.flat()
    expect(claimed.toSorted()).toEqual([...queued].toSorted()) // every job once: no duplicates, none missed
    if (backend.name === 'postgres') expect(claimedPerWorker.filter((mine) => mine.length > 0).length).toBeGreaterThan(1)
  })

  test('requeueStale puts silent running jobs back in the queue and gives up after maxAttempts', async () => {
    const { jobs, videos, clock, queueVideo } = await setup()
    const stale = await queueVideo()
    const lively = await queueVideo()
    const staleJob = (await jobs.claimNext())!
    const livelyJob = (await jobs.claimNext())!
    clock.now += 4 * MINUTE
    await jobs.updateProgress(livelyJob.id, 'scene 3 of 5', 0.5) // heartbeat
    clock.now += 2 * MINUTE

    expect(await jobs.requeueStale(5 * MINUTE)).toEqual({ requeued: 1, failed: 0 })
    expect(await jobs.findLatestForVideo(stale.id)).toMatchObject({ status: 'queued', step: 'queued', progress: 0 })
    expect((await videos.findById(stale.id))?.status).toBe('queued')
    expect((await jobs.findLatestForVideo(lively.id))?.status).toBe('running')
    expect(await jobs.updateProgress(staleJob.id, 'too late', 0.9)).toBe(false) // the old worker learns it lost the job

    // claimed and abandoned twice more: the third silence fails it for good
    for (let attempt = 2; attempt <= 3; attempt++) {
      expect(await jobs.claimNext()).toMatchObject({ id: staleJob.id, attempts: attempt })
      clock.now += 10 * MINUTE
      await jobs.updateProgress(livelyJob.id, 'still going', 0.6)
      const result = await jobs.requeueStale(5 * MINUTE, { maxAttempts: 3 })
      expect(result).toEqual(attempt < 3 ? { requeued: 1, failed: 0 } : { requeued: 0, failed: 1 })
    }
    expect(await jobs.findLatestForVideo(stale.id)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('stopped responding'),
    })
    expect((await videos.findById(stale.id))?.status).toBe('failed')
    expect(await jobs.retry(stale.id)).not.toBeNull() // a person can still try again
  })
})
