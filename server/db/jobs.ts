import type { Database, Query } from './types.ts'
import { randomId } from './ids.ts'
import type { Clock, GenerationJob, JobStatus } from './model.ts'
import { toJob, toNumber, type DbInteger, type JobRow } from './rows.ts'

/**
 * The generation queue, as rows. A job's state is also what a reconnecting progress stream
 * resumes from. The video's status follows its job inside the same transaction (queued ->
 * generating -> failed / queued again), so a page never sees the two disagree; `ready` is set by
 * videos.saveStoryboard together with the scenes.
 */

/** Inserts a queued job; shared with videos.create, which queues the first job with the video. */
export const insertQueuedJob = async (tx: Query, videoId: string, at: number): Promise<GenerationJob> => {
  const [row] = await tx<JobRow>`
    INSERT INTO generation_jobs (id, video_id, status, step, progress, error, attempts, created_at, updated_at, started_at, finished_at)
    VALUES (${randomId()}, ${videoId}, 'queued', 'queued', 0, NULL, 0, ${at}, ${at}, NULL, NULL)
    RETURNING *`
  return toJob(row!)
}

export interface RequeueOptions {
  /** A job claimed this many times is failed instead of requeued. @default 3 */
  maxAttempts?: number
}

export const createJobRepo = (db: Database, options: { now?: Clock } = {}) => {
  const now = options.now ?? Date.now

  return {
    /** Queues a (re)generation of an existing video; its status goes back to 'queued'. */
    create: (videoId: string): Promise<GenerationJob> =>
      db.transaction(async (tx) => {
        const at = now()
        const job = await insertQueuedJob(tx, videoId, at)
        await tx`UPDATE videos SET status = 'queued', updated_at = ${at} WHERE id = ${videoId}`
        return job
      }),

    /**
     * Takes the oldest queued job for this worker, or null when none is queued. Atomic: the
     * UPDATE only matches a row still 'queued', so two workers (two replicas on Postgres) never
     * get the same job; with SKIP LOCKED the loser of a race gets the next job instead of none.
     */
    claimNext: (): Promise<GenerationJob | null> =>
      db.transaction(async (tx) => {
        const at = now()
        const [row] = await tx<JobRow>`
          UPDATE generation_jobs
          SET status = 'running', step = 'started', attempts = attempts + 1, started_at = ${at}, updated_at = ${at}
          WHERE status = 'queued' AND id = (
            SELECT id FROM generation_jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 ${db.clauses.skipLocked()}
          )
          RETURNING *`
        if (!row) return null
        await tx`UPDATE videos SET status = 'generating', updated_at = ${at} WHERE id = ${row.video_id} AND status = 'queued'`
        return toJob(row)
      }),

    /**
     * Records progress; also the worker's heartbeat (requeueStale looks at updated_at).
     * @returns false when the job is no longer running (requeued or failed meanwhile): the worker should stop
     */
    async updateProgress(id: string, step: string, progress: number): Promise<boolean> {
      const rows = await db.query`
        UPDATE generation_jobs SET step = ${step}, progress = ${Math.min(1, Math.max(0, progress))}, updated_at = ${now()}
        WHERE id = ${id} AND status = 'running' RETURNING id`
      return rows.length > 0
    },

    /** @returns false when the job was not running */
    async finish(id: string): Promise<boolean> {
      const at = now()
      const rows = await db.query`
        UPDATE generation_jobs SET status = 'done', step = 'done', progress = 1, updated_at = ${at}, finished_at = ${at}
        WHERE id = ${id} AND status = 'running' RETURNING id`
      return rows.length > 0
    },

    /** Marks the job and its video failed, keeping the step it failed at. @returns false when the job had already ended */
    fail: (id: string, reason: string): Promise<boolean> =>
      db.transaction(async (tx) => {
        const at = now()
        const [row] = await tx<Pick<JobRow, 'video_id'>>`
          UPDATE generation_jobs SET status = 'failed', error = ${reason}, updated_at = ${at}, finished_at = ${at}
          WHERE id = ${id} AND status IN ('queued', 'running') RETURNING video_id`
        if (!row) return false
        await tx`UPDATE videos SET status = 'failed', updated_at = ${at} WHERE id = ${row.video_id} AND status IN ('queued', 'generating')`
        return true
      }),

    /** Puts the video's failed job back in the queue. @returns the queued job, or null when its latest job has not failed */
    retry: (videoId: string): Promise<GenerationJob | null> =>
      db.transaction(async (tx) => {
        const at = now()
        const [row] = await tx<JobRow>`
          UPDATE generation_jobs
          SET status = 'queued', step = 'queued', progress = 0, error = NULL, updated_at = ${at}, started_at = NULL, finished_at = NULL
          WHERE status = 'failed' AND id = (
            SELECT id FROM generation_jobs WHERE video_id = ${videoId} ORDER BY created_at DESC, id DESC LIMIT 1
          )
          RETURNING *`
        if (!row) return null
        await tx`UPDATE videos SET status = 'queued', updated_at = ${at} WHERE id = ${videoId} AND status = 'failed'`
        return toJob(row)
      }),

    /**
     * Hands a running job back to the queue on a graceful stop, so another replica or the next
     * start takes it at once instead of after stale recovery. Its step and progress stay (narrated
     * clips are stored, so the next run does not speak them again), and the claim is not counted:
     * a restart is not the job's failure. @returns false when the job was no longer running
     */
    release: (id: string): Promise<boolean> =>
      db.transaction(async (tx) => {
        const at = now()
        const [row] = await tx<Pick<JobRow, 'video_id'>>`
          UPDATE generation_jobs SET status = 'queued', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, started_at = NULL, updated_at = ${at}
          WHERE id = ${id} AND status = 'running' RETURNING video_id`
        if (!row) return false
        await tx`UPDATE videos SET status = 'queued', updated_at = ${at} WHERE id = ${row.video_id} AND status = 'generating'`
        return true
      }),

    /** How many jobs are in each state, for the monitoring gauges. */
    async countByStatus(): Promise<Record<JobStatus, number>> {
      const rows = await db.query<{ status: JobStatus; n: DbInteger }>`SELECT status, COUNT(*) AS n FROM generation_jobs GROUP BY status`
      const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 }
      for (const row of rows) counts[row.status] = toNumber(row.n)
      return counts
    },

    async findLatestForVideo(videoId: string): Promise<GenerationJob | null> {
      const [row] = await db.query<JobRow>`
        SELECT * FROM generation_jobs WHERE video_id = ${videoId} ORDER BY created_at DESC, id DESC LIMIT 1`
      return row ? toJob(row) : null
    },

    /**
     * Crash recovery: running jobs with no progress for `olderThanMs` (their worker died) go back
     * to the queue, or fail once they have been claimed `maxAttempts` times.
     */
    requeueStale: (olderThanMs: number, options: RequeueOptions = {}): Promise<{ requeued: number; failed: number }> =>
      db.transaction(async (tx) => {
        const at = now()
        const cutoff = at - olderThanMs
        const maxAttempts = options.maxAttempts ?? 3
        const failed = await tx<Pick<JobRow, 'video_id'>>`
          UPDATE generation_jobs
          SET status = 'failed', error = ${`The generator stopped responding ${maxAttempts} times; please try again.`},
              updated_at = ${at}, finished_at = ${at}
          WHERE status = 'running' AND updated_at < ${cutoff} AND attempts >= ${maxAttempts}
          RETURNING video_id`
        const requeued = await tx<Pick<JobRow, 'video_id'>>`
          UPDATE generation_jobs SET status = 'queued', step = 'queued', progress = 0, updated_at = ${at}
          WHERE status = 'running' AND updated_at < ${cutoff}
          RETURNING video_id`
        for (const { video_id } of failed) {
          await tx`UPDATE videos SET status = 'failed', updated_at = ${at} WHERE id = ${video_id} AND status = 'generating'`
        }
        for (const { video_id } of requeued) {
          await tx`UPDATE videos SET status = 'queued', updated_at = ${at} WHERE id = ${video_id} AND status = 'generating'`
        }
        return { requeued: requeued.length, failed: failed.length }
      }),
  }
}

export type JobRepo = ReturnType<typeof createJobRepo>
