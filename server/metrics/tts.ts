/**
 * Narration metrics: sentences synthesized, sentences answered from storage instead (the
 * narrator's never-twice rule at work), seconds of audio produced, synthesis latency and errors,
 * by provider. `createTtsMetrics` returns the narrator's observer.
 */
import { isTtsError } from '../tts/errors.ts'
import type { NarrationObserver } from '../tts/narrator.ts'
import type { MetricRegistry } from './registry.ts'

/** Synthesis latency in ms: eSpeak takes tens of ms per sentence, a remote model seconds. */
export const TTS_DURATION_BUCKETS_MS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000] as const

export type TtsMetrics = ReturnType<typeof createTtsMetrics>

export const createTtsMetrics = (registry: MetricRegistry) => {
  const syntheses = registry.counter({
    name: 'reelsmith_tts_syntheses_total',
    help: 'Sentences synthesized by the speech provider.',
    labelNames: ['provider'],
    maxSeries: 4,
  })
  const saved = registry.counter({
    name: 'reelsmith_tts_syntheses_saved_total',
    help: 'Sentences answered from stored clips (or a synthesis already running) instead of the provider.',
    labelNames: ['provider'],
    maxSeries: 4,
  })
  const audioSeconds = registry.counter({
    name: 'reelsmith_tts_audio_seconds_total',
    help: 'Seconds of narration synthesized.',
    labelNames: ['provider'],
    maxSeries: 4,
  })
  const errors = registry.counter({
    name: 'reelsmith_tts_errors_total',
    help: 'Failed syntheses by error code.',
    labelNames: ['provider', 'code'],
    maxSeries: 32,
  })
  const duration = registry.histogram({
    name: 'reelsmith_tts_synthesis_duration_seconds',
    help: 'Time to synthesize one sentence, queueing included.',
    labelNames: ['provider'],
    maxSeries: 4,
    buckets: TTS_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const observer: NarrationObserver = {
    synthesized(provider, audioSec, elapsedMs) {
      syntheses.labels(provider).inc()
      audioSeconds.labels(provider).inc(audioSec)
      duration.labels(provider).observe(elapsedMs)
    },
    saved: (provider) => saved.labels(provider).inc(),
    failed: (provider, error) => errors.labels(provider, isTtsError(error) ? error.code : 'other').inc(),
  }
  return { syntheses, saved, audioSeconds, errors, duration, observer }
}
