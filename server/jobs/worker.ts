import { isAiError, type AiProvider, type AiResult } from '../ai/provider.ts'
import { aiRequestKey } from '../ai/request-key.ts'
import type { Storyboard, VideoRequest } from '../ai/storyboard.ts'
import { storyboardFromSource } from '../ai/text/index.ts'
import type { Repositories } from '../db/index.ts'
import type { GenerationJob, Video } from '../db/model.ts'
import type { Logger } from '../log.ts'
import { posterHash, renderPosterSvg } from '../posters/svg.ts'
import type { Narrator } from '../tts/index.ts'
import { narrateVideo } from './narrate-video.ts'
import type { ProgressBus, ProgressEvent } from './progress.ts'
import { labelForNarration, STEP_LABELS, stepFor } from './steps.ts'

/** Runs `origin` through the AI cache; says whether the value came from the cache. */
export type CachedAiCall = <T>(key: string, origin: () => Promise<T>) => Promise<{ value: T; cached: boolean }>

export type WorkerOptions = {
  repos: Pick<Repositories, 'videos' | 'jobs' | 'usage'>
  ai: AiProvider
  cachedAi: CachedAiCall
  /** Speaks each sentence (content-addressed: a sentence already spoken in this voice costs nothing). */
  narrator: Narrator
  bus: ProgressBus
  logger: Logger
  now?: () => number
  /** Jobs run at once in this process. */
  concurrency?: number
  /** How often an idle worker looks for jobs queued by other replicas. */
  pollMs?: number
  /** A running job untouched this long belonged to a crashed process and is queued again. */
  staleAfterMs?: number
  /** The video's status or content changed (claimed, written, failed): caches must let go of it. */
  onVideoChanged?: (video: { id: string; userId: string }) => unknown
}

/** Why a job stopped early: another replica took it over, or this process is shutting down. */
class JobLost extends Error {}

/**
 * The in-process generation worker: claims queued jobs (exactly once, even across replicas, thanks to
 * the repository's atomic claim), asks the AI for the storyboard through the cache, narrates it
 * sentence by sentence, fits the timeline to the length asked for, renders the posters, saves
 * everything in one transaction and publishes progress at every step.
 */
export class GenerationWorker {
  #options: Required<Omit<WorkerOptions, 'now'>> & { now: () => number }
  #running = false
  #loops: Promise<void>[] = []
  #waiters = new Set<() => void>()
  #inFlight = new Map<string, AbortController>()
  #staleTimer: Timer | undefined

  constructor(options: WorkerOptions) {
    this.#options = { concurrency: 2, pollMs: 1000, staleAfterMs: 5 * 60_000, now: Date.now, onVideoChanged: () => {}, ...options }
  }

  start() {
    if (this.#running) return
    this.#running = true
    this.#recoverStale()
    this.#staleTimer = setInterval(() => this.#recoverStale(), 60_000)
    this.#staleTimer.unref?.()
    for (let i = 0; i < this.#options.concurrency; i++) this.#loops.push(this.#loop())
  }

  /** A job was queued here: look now rather than at the next poll. */
  notify() {
    for (const wake of [...this.#waiters]) wake()
  }

  /** Stops claiming, cancels what runs (it is requeued by the next start), and waits for the loops. */
  async stop() {
    this.#running = false
    clearInterval(this.#staleTimer)
    for (const controller of this.#inFlight.values()) controller.abort(new JobLost('shutting down'))
    this.notify()
    await Promise.all(this.#loops)
    this.#loops = []
  }

  get activeJobs() {
    return this.#inFlight.size
  }

  async #loop() {
    while (this.#running) {
      let job: GenerationJob | null = null
      try {
        job = await this.#options.repos.jobs.claimNext()
      } catch (error) {
        this.#options.logger.error('claiming a job failed', { error })
      }
      if (job) await this.#run(job)
      else await this.#idle()
    }
  }

  /**
   * Waits for a notify() or the next poll, whichever comes first; not at all once stopped (a loop
   * that was mid-claim when stop() ran would otherwise wait a whole poll before it noticed).
   */
  #idle() {
    if (!this.#running) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        this.#waiters.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, this.#options.pollMs)
      this.#waiters.add(wake)
    })
  }

  async #recoverStale() {
    try {
      const result = await this.#options.repos.jobs.requeueStale(this.#options.staleAfterMs)
      if (result.requeued || result.failed) this.#options.logger.warn('recovered stale jobs', result)
    } catch (error) {
      this.#options.logger.error('recovering stale jobs failed', { error })
    }
  }

  async #run(job: GenerationJob) {
    const { repos, logger, now } = this.#options
    const controller = new AbortController()
    this.#inFlight.set(job.id, controller)
    const log = logger.child({ jobId: job.id, videoId: job.videoId })
    const publish = (event: Omit<ProgressEvent, 'videoId' | 'jobId' | 'at'>) =>
      this.#options.bus.publish({ videoId: job.videoId, jobId: job.id, at: now(), ...event })
    const step = async (
      stored: string,
      progress: number,
      event: Omit<ProgressEvent, 'videoId' | 'jobId' | 'at' | 'progress' | 'status'>,
    ) => {
      if (controller.signal.aborted || !(await repos.jobs.updateProgress(job.id, stored, progress))) throw new JobLost('job taken over')
      publish({ status: 'running', progress, ...event })
    }
    let owner: { id: string; userId: string } | undefined
    try {
      const video = await repos.videos.findById(job.videoId)
      if (!video) throw new JobLost('video deleted')
      owner = { id: video.id, userId: video.userId }
      await this.#options.onVideoChanged(owner)
      await step(stepFor.script, 0.05, { step: 'script', label: STEP_LABELS.script })
      const storyboard = await this.#writeStoryboard(video, controller.signal)
      const total = storyboard.scenes.length
      const hashes: string[] = []
      const narrated = await narrateVideo(storyboard, video, {
        narrator: this.#options.narrator,
        signal: controller.signal,
        // The person's own script is said as written: its length follows the words, none sped up or dropped.
        lengthFollowsSpeech: video.source.kind === 'script',
        onScene: (index, statuses, pass) => {
          const [from, to] = pass === 1 ? [0.1, 0.75] : [0.75, 0.9]
          return step(stepFor.narration(index + 1, statuses), from + ((to - from) * index) / total, {
            step: 'narration',
            label: labelForNarration(index + 1, total),
            scene: { index: index + 1, total },
            narration: [...statuses],
          })
        },
        onSceneError: (index, error) => log.warn('scene narration failed', { scene: index, error }),
        // Poster k renders on this thread while scene k's clips synthesize in the speech workers.
        whileSpeaking: (index) => {
          if (hashes.length === index)
            hashes.push(
              posterHash(renderPosterSvg(storyboard.scenes[index]!, { aspect: video.aspect, index, total, title: storyboard.title })),
            )
        },
      })
      await step(stepFor.posters, 0.95, { step: 'posters', label: STEP_LABELS.posters })
      if (!(await repos.videos.saveStoryboard(video.id, narrated.storyboard, hashes, narrated.narrations)))
        throw new JobLost('video deleted')
      log.info('narration fitted', {
        targetSec: video.durationSec,
        totalSec: narrated.fit.totalSec,
        withinTolerance: narrated.fit.withinTolerance,
        rate: narrated.rate,
      })
      await repos.jobs.finish(job.id)
      await this.#options.onVideoChanged(owner)
      publish({ status: 'done', step: 'done', label: STEP_LABELS.done, progress: 1 })
      log.info('video generated', { scenes: total })
    } catch (error) {
      if (error instanceof JobLost) {
        log.info('job stopped', { reason: error.message })
        return
      }
      const reason = isAiError(error) ? error.message : 'Something went wrong while writing the video. Try again.'
      if (!isAiError(error)) log.error('generation failed', { error })
      else log.warn('generation failed', { code: error.code, reason })
      await repos.jobs.fail(job.id, reason).catch((failError) => log.error('marking the job failed failed', { error: failError }))
      if (owner) await this.#options.onVideoChanged(owner)
      publish({ status: 'failed', step: 'failed', label: 'Failed', progress: job.progress, error: reason })
    } finally {
      this.#inFlight.delete(job.id)
    }
  }

  async #writeStoryboard(video: Video, signal: AbortSignal): Promise<Storyboard> {
    const { ai, cachedAi, repos } = this.#options
    // A script or an article is the person's words, laid out without the AI (deterministic, so not cached).
    if (video.source.kind !== 'idea') return storyboardFromSource(video.source, video)
    const request: VideoRequest = {
      prompt: video.prompt,
      style: video.style,
      durationSec: video.durationSec,
      aspect: video.aspect,
      language: video.language,
    }
    const key = aiRequestKey(ai, { kind: 'storyboard', request })
    const { value, cached } = await cachedAi<AiResult<Storyboard>>(key, () => ai.generateStoryboard(request, { signal }))
    await repos.usage.record(
      video.userId,
      cached ? { cacheHits: 1 } : { aiCalls: 1, tokensIn: value.usage.promptTokens, tokensOut: value.usage.completionTokens },
    )
    return value.value
  }
}
