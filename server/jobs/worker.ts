import { isAiError, type AiProvider, type AiResult, type StoryboardCallOptions } from '../ai/provider.ts'
import { aiRequestKey } from '../ai/request-key.ts'
import type { Scene, Storyboard } from '../ai/storyboard.ts'
import { storyboardFromSource } from '../ai/text/index.ts'
import { targetSceneCount } from '../ai/timing.ts'
import type { Repositories } from '../db/index.ts'
import type { GenerationJob, Video, VideoWithScenes } from '../db/model.ts'
import type { Logger } from '../log.ts'
import type { FailureCode } from '../../shared/failure.ts'
import { en } from '../i18n/en.ts'
import { posterHash, renderPosterSvg } from '../posters/svg.ts'
import { splitSentences, type Narrator } from '../tts/index.ts'
import { aiRequestOf, usageOf } from './ai-request.ts'
import { createEarlyNarration, type EarlyNarration } from './early-narration.ts'
import { narrateVideo, secondPassRate } from './narrate-video.ts'
import type { ProgressBus, ProgressEvent } from './progress.ts'
import { labelForNarration, labelForSceneEvent, STEP_LABELS, stepFor, type SceneEventStep } from './steps.ts'

/** Runs `origin` through the AI cache; says whether the value came from the cache. */
export type CachedAiCall = <T>(key: string, origin: () => Promise<T>) => Promise<{ value: T; cached: boolean }>

/** How a job ended on this replica: written, failed, or stopped (handed back, taken over, video deleted). */
export type JobOutcome = 'done' | 'failed' | 'stopped'

/** Told about every job this worker claims and ends (the job metrics). */
export interface JobObserver {
  /** `waitMs`: from queued to claimed. */
  claimed(waitMs: number): void
  ended(outcome: JobOutcome, durationMs: number): void
}

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
  observer?: JobObserver
  /**
   * AI pictures for the saved scenes (IMAGE_PROVIDER, server/images/): run in the posters step,
   * after the save, so a picture that fails leaves its scene on its poster and the video ready.
   * @returns how many scenes got one
   */
  pictures?: (video: VideoWithScenes, signal: AbortSignal) => Promise<number>
}

/** Why a job stopped early: another replica took it over, or this process is shutting down. */
class JobLost extends Error {}
const SHUTTING_DOWN = 'shutting down'

/**
 * The in-process generation worker: claims queued jobs (exactly once, even across replicas, thanks to
 * the repository's atomic claim), asks the AI for the storyboard through the cache, narrates it
 * sentence by sentence (each scene as soon as the AI has written it), fits the timeline to the length asked for, renders the posters, saves
 * everything in one transaction and publishes progress at every step.
 */
export class GenerationWorker {
  #options: Required<Omit<WorkerOptions, 'now' | 'observer' | 'pictures'>> &
    Pick<WorkerOptions, 'observer' | 'pictures'> & { now: () => number }
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

  /**
   * Stops claiming, cancels what runs and hands it back to the queue (another replica or the next
   * start resumes it at once), and waits for the loops.
   */
  async stop() {
    this.#running = false
    clearInterval(this.#staleTimer)
    for (const controller of this.#inFlight.values()) controller.abort(new JobLost(SHUTTING_DOWN))
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
      if (job) await this.#observed(job)
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

  async #observed(job: GenerationJob) {
    const { observer, now } = this.#options
    if (!observer) return void (await this.#run(job))
    const claimedAt = now()
    observer.claimed(claimedAt - job.createdAt)
    observer.ended(await this.#run(job), now() - claimedAt)
  }

  async #run(job: GenerationJob): Promise<JobOutcome> {
    const { repos, logger, now } = this.#options
    const controller = new AbortController()
    this.#inFlight.set(job.id, controller)
    const log = logger.child({ jobId: job.id, videoId: job.videoId })
    const publish = (event: Omit<ProgressEvent, 'videoId' | 'jobId' | 'at'>) =>
      this.#options.bus.publish({ videoId: job.videoId, jobId: job.id, at: now(), ...event })
    // Never backwards: scenes narrated while the script was written put the bar ahead of the narration step's own count.
    let lastProgress = 0
    // How far the job got, for a hand-back on shutdown.
    let reached = job.progress
    const step = async (
      stored: string,
      progress: number,
      event: Omit<ProgressEvent, 'videoId' | 'jobId' | 'at' | 'progress' | 'status'>,
    ) => {
      lastProgress = Math.max(lastProgress, progress)
      if (controller.signal.aborted || !(await repos.jobs.updateProgress(job.id, stored, lastProgress))) throw new JobLost('job taken over')
      reached = lastProgress
      publish({ status: 'running', progress: lastProgress, ...event })
    }
    let owner: { id: string; userId: string } | undefined
    try {
      const video = await repos.videos.findById(job.videoId)
      if (!video) throw new JobLost('video deleted')
      owner = { id: video.id, userId: video.userId }
      await this.#options.onVideoChanged(owner)
      await step(stepFor.script, 0.05, { step: 'script', label: STEP_LABELS.script })
      const { storyboard, early } = await this.#writeAndNarrate(video, controller, step, log)
      const total = storyboard.scenes.length
      const hashes: string[] = []
      const narrated = await narrateVideo(storyboard, video, {
        narrator: this.#options.narrator,
        signal: controller.signal,
        early: (texts, rate) => early.speechFor(texts, rate),
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
              posterHash(
                renderPosterSvg(storyboard.scenes[index]!, { aspect: video.aspect, language: video.language, style: video.style }),
              ),
            )
        },
      })
      await step(stepFor.posters, 0.95, { step: 'posters', label: STEP_LABELS.posters })
      const saved = await repos.videos.saveStoryboard(video.id, narrated.storyboard, hashes, narrated.narrations)
      if (!saved) throw new JobLost('video deleted')
      if (this.#options.pictures)
        log.info('scene pictures', { painted: await this.#options.pictures(saved, controller.signal), scenes: total })
      log.info('narration fitted', {
        targetSec: video.durationSec,
        totalSec: narrated.fit.totalSec,
        withinTolerance: narrated.fit.withinTolerance,
        rate: narrated.rate,
        // How much of the speech started while the script was written held: scenes reused, and scenes the faster pass redid.
        scenesWritten: early.statuses.length,
        scenesReused: narrated.reusedScenes,
        scenesRedoneFaster: narrated.secondPassScenes,
      })
      await repos.jobs.finish(job.id)
      await this.#options.onVideoChanged(owner)
      publish({ status: 'done', step: 'done', label: STEP_LABELS.done, progress: 1 })
      log.info('video generated', { scenes: total })
      return 'done'
    } catch (error) {
      // Once aborted, whatever the step threw (an AbortError, a provider's timeout) is the abort's doing.
      const lost = controller.signal.aborted ? controller.signal.reason : error
      if (lost instanceof JobLost) {
        log.info('job stopped', { reason: lost.message })
        if (lost.message === SHUTTING_DOWN && (await repos.jobs.release(job.id).catch(() => false))) {
          if (owner) await this.#options.onVideoChanged(owner)
          publish({ status: 'queued', step: 'queued', label: STEP_LABELS.queued, progress: reached })
        }
        return 'stopped'
      }
      // The row keeps the code only: the AI's message names its endpoint and the parser's complaint, for the log.
      const failure: FailureCode = isAiError(error) ? error.code : 'internal'
      if (!isAiError(error)) log.error('generation failed', { failure, error })
      else log.warn('generation failed', { failure, reason: error.message, ...error.details })
      await repos.jobs.fail(job.id, failure).catch((failError) => log.error('marking the job failed failed', { error: failError }))
      if (owner) await this.#options.onVideoChanged(owner)
      publish({ status: 'failed', step: 'failed', label: 'Failed', progress: job.progress, failure, error: en.failures[failure] })
      return 'failed'
    } finally {
      // Scenes still queued for narration (the AI failed mid-storyboard) are not spoken for nothing.
      controller.abort(new JobLost('job ended'))
      this.#inFlight.delete(job.id)
    }
  }

  /**
   * Writes the storyboard and, as each scene arrives, starts narrating it and says so on the progress
   * stream (`scene-written`, then `scene-narrated` or `scene-failed`). A storyboard from the AI cache
   * arrives whole: its scenes are announced and queued at once. Per-scene events stop when the
   * storyboard is final: from there the narration step reports every scene.
   */
  async #writeAndNarrate(
    video: Video,
    controller: AbortController,
    step: (
      stored: string,
      progress: number,
      event: Omit<ProgressEvent, 'videoId' | 'jobId' | 'at' | 'progress' | 'status'>,
    ) => Promise<void>,
    log: Logger,
  ): Promise<{ storyboard: Storyboard; early: EarlyNarration }> {
    const expected = targetSceneCount(video.durationSec)
    let writing = true
    let narratedCount = 0
    // Events leave in the order things happened, one database write at a time.
    let events: Promise<void> = Promise.resolve()
    const sceneEvent = (kind: SceneEventStep, index: number) => {
      if (!writing) return
      const statuses = [...early.statuses]
      const share = (statuses.length + narratedCount) / (2 * Math.max(expected, statuses.length))
      events = events
        .then(() =>
          step(stepFor.sceneEvent(kind, index + 1, statuses), 0.05 + 0.45 * share, {
            step: kind,
            label: labelForSceneEvent(kind, index + 1),
            sceneIndex: index + 1,
            narration: statuses,
          }),
        )
        .catch((error: unknown) => {
          if (!controller.signal.aborted) controller.abort(error instanceof JobLost ? error : new JobLost('progress not saved'))
        })
    }
    const early = createEarlyNarration({
      narrator: this.#options.narrator,
      voice: { language: video.language, rate: video.voiceRate, pitch: video.voicePitch },
      language: video.language,
      signal: controller.signal,
      onNarrated: (index, status) => {
        narratedCount++
        sceneEvent(status === 'ready' ? 'scene-narrated' : 'scene-failed', index)
      },
      onSceneError: (index, error) => log.warn('scene narration failed', { scene: index, error }),
      // A script is said as written (no faster pass); otherwise the narration step's own rule.
      secondPassRate: (speeches) => (video.source.kind === 'script' ? video.voiceRate : secondPassRate(speeches, video)),
    })
    const onScene = (scene: Scene, index: number) => {
      early.written(scene, index)
      sceneEvent('scene-written', index)
    }
    let streamed = 0
    let storyboard: Storyboard
    try {
      storyboard = await this.#writeStoryboard(video, controller.signal, {
        onScene: (scene, index) => {
          streamed++
          onScene(scene, index)
        },
        onScenesDone: (count) => early.allWritten(count),
      })
      if (streamed === 0) {
        for (const [index, scene] of storyboard.scenes.entries()) onScene(scene, index)
        early.allWritten(storyboard.scenes.length)
      }
    } finally {
      writing = false
    }
    await events
    controller.signal.throwIfAborted()
    early.keepOnly(storyboard.scenes.map((scene) => splitSentences(scene.narration, video.language)))
    return { storyboard, early }
  }

  async #writeStoryboard(
    video: Video,
    signal: AbortSignal,
    hooks: Pick<StoryboardCallOptions, 'onScene' | 'onScenesDone'>,
  ): Promise<Storyboard> {
    const { ai, cachedAi, repos } = this.#options
    // A script or an article is the person's words, laid out without the AI (deterministic, so not cached).
    if (video.source.kind !== 'idea') return storyboardFromSource(video.source, video)
    const request = aiRequestOf(video)
    const key = aiRequestKey(ai, { kind: 'storyboard', request })
    const { value, cached } = await cachedAi<AiResult<Storyboard>>(key, () => ai.generateStoryboard(request, { signal, ...hooks }))
    await repos.usage.record(video.userId, usageOf(value, cached))
    return value.value
  }
}
