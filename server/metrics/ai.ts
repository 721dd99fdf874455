/**
 * AI metrics: calls to the provider, their latency, tokens in and out, errors by code, calls the
 * cache saved. (Generation jobs: jobs.ts.)
 *
 * `instrumentAiProvider` wraps a provider so every real call is counted where it happens; calls
 * the cache answers never reach it, which is exactly why "saved" is read from the cache's `ai`
 * namespace instead (one source of truth for what the cache answered).
 */
import { isAiError, type AiProvider, type AiResult } from '../ai/provider.ts'
import type { MetricRegistry } from './registry.ts'

/** Provider latency in ms: a local provider answers in ms, a remote model in seconds. */
export const AI_DURATION_BUCKETS_MS = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 20000, 30000, 60000] as const

export interface AiMetricsOptions {
  /** Calls the cache answered for the AI namespace, cumulative (`cacheMetrics.totals().ai.answered`). */
  savedCalls?: () => number
  /** The configured provider (`ai.name`): the label of the saved-calls series. */
  provider: string
  /** @default performance.now */
  now?: () => number
}

export type AiMetrics = ReturnType<typeof createAiMetrics>

/**
 * @example
 * const aiMetrics = createAiMetrics(registry, { provider: ai.name, savedCalls: () => cacheMetrics.totals().ai?.answered ?? 0 })
 * const ai = instrumentAiProvider(createAiProvider(config), aiMetrics)
 */
export const createAiMetrics = (registry: MetricRegistry, options: AiMetricsOptions) => {
  const now = options.now ?? (() => performance.now())
  const calls = registry.counter({
    name: 'reelsmith_ai_calls_total',
    help: 'Calls to the AI provider, by outcome.',
    labelNames: ['provider', 'operation', 'outcome'],
    maxSeries: 32,
  })
  const errors = registry.counter({
    name: 'reelsmith_ai_errors_total',
    help: 'Failed AI calls by error code.',
    labelNames: ['provider', 'code'],
    maxSeries: 32,
  })
  const tokens = registry.counter({
    name: 'reelsmith_ai_tokens_total',
    help: 'Tokens sent (in) and received (out).',
    labelNames: ['provider', 'direction'],
    maxSeries: 8,
  })
  const duration = registry.histogram({
    name: 'reelsmith_ai_call_duration_seconds',
    help: 'Latency of calls to the AI provider.',
    labelNames: ['provider', 'operation'],
    maxSeries: 16,
    buckets: AI_DURATION_BUCKETS_MS,
    unitsPerExposed: 1000,
  })
  const saved = registry.counter({
    name: 'reelsmith_ai_calls_saved_total',
    help: 'AI calls answered by the cache instead of the provider.',
    labelNames: ['provider'],
    maxSeries: 4,
  })
  const savedCalls = options.savedCalls
  if (savedCalls) {
    const child = saved.labels(options.provider)
    registry.onCollect(() => (child.value = savedCalls()))
  }

  return {
    calls,
    errors,
    tokens,
    duration,
    /** One finished provider call. */
    record(
      provider: string,
      operation: string,
      durationMs: number,
      outcome: { usage: AiResult<unknown>['usage'] } | { error: unknown },
    ): void {
      duration.labels(provider, operation).observe(durationMs)
      if ('usage' in outcome) {
        calls.labels(provider, operation, 'ok').inc()
        tokens.labels(provider, 'in').inc(outcome.usage.promptTokens)
        tokens.labels(provider, 'out').inc(outcome.usage.completionTokens)
      } else {
        calls.labels(provider, operation, 'error').inc()
        errors.labels(provider, isAiError(outcome.error) ? outcome.error.code : 'other').inc()
      }
    },
    now,
  }
}

/** The same provider, with every call timed and counted. */
export const instrumentAiProvider = (provider: AiProvider, metrics: AiMetrics): AiProvider => {
  const timed = async <T>(operation: string, call: () => Promise<AiResult<T>>): Promise<AiResult<T>> => {
    const startedAt = metrics.now()
    try {
      const result = await call()
      metrics.record(provider.name, operation, metrics.now() - startedAt, { usage: result.usage })
      return result
    } catch (error) {
      metrics.record(provider.name, operation, metrics.now() - startedAt, { error })
      throw error
    }
  }
  return {
    name: provider.name,
    model: provider.model,
    generateStoryboard: (request, options) => timed('storyboard', () => provider.generateStoryboard(request, options)),
    regenerateScene: (input, options) => timed('scene', () => provider.regenerateScene(input, options)),
    answerQuestion: (input, options) => timed('answer', () => provider.answerQuestion(input, options)),
  }
}
