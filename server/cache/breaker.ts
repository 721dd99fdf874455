/**
 * A circuit breaker for a dependency we can live without (Redis, the L2 cache).
 *
 * - `closed`: calls go through; `failureThreshold` failures in a row open it.
 * - `open`: calls are refused at once (no waiting on a dead server) until `cooldownMs` passed.
 * - `half-open`: exactly one probe call goes through; its success closes the breaker, its failure
 *   opens it again for another cooldown. A probe that never reports back is replaced after a
 *   cooldown, so a lost promise cannot wedge the breaker half-open.
 */

export type BreakerState = 'closed' | 'open' | 'half-open'

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. @default 3 */
  failureThreshold?: number
  /** How long an open breaker refuses calls before it lets a probe through. @default 1000 */
  cooldownMs?: number
  /** Injected clock (ms). @default Date.now */
  now?: () => number
  /** Told about every transition (for logs and metrics). */
  onStateChange?: (to: BreakerState, from: BreakerState) => void
}

export class CircuitBreaker {
  readonly failureThreshold: number
  readonly cooldownMs: number
  #now: () => number
  #onStateChange?: (to: BreakerState, from: BreakerState) => void
  #state: BreakerState = 'closed'
  #failures = 0
  /** When the breaker opened, or when the current probe started. */
  #since = 0

  constructor(options: CircuitBreakerOptions = {}) {
    const { failureThreshold = 3, cooldownMs = 1000 } = options
    if (!Number.isInteger(failureThreshold) || failureThreshold < 1) {
      throw new TypeError('failureThreshold must be a positive integer')
    }
    if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
      throw new TypeError('cooldownMs must be a non-negative number')
    }
    this.failureThreshold = failureThreshold
    this.cooldownMs = cooldownMs
    this.#now = options.now ?? Date.now
    this.#onStateChange = options.onStateChange
  }

  get state(): BreakerState {
    return this.#state
  }

  /**
   * May a call go through now? In `open` state after the cooldown this moves to `half-open` and
   * answers true once: the caller holding that `true` is the probe and must report its outcome.
   */
  allowRequest(): boolean {
    if (this.#state === 'closed') return true
    const now = this.#now()
    if (now - this.#since < this.cooldownMs) return false
    this.#since = now
    this.#transition('half-open')
    return true
  }

  recordSuccess(): void {
    this.#failures = 0
    if (this.#state !== 'closed') this.#transition('closed')
  }

  recordFailure(): void {
    this.#failures++
    if (this.#state === 'half-open' || (this.#state === 'closed' && this.#failures >= this.failureThreshold)) {
      this.#since = this.#now()
      this.#transition('open')
    }
  }

  #transition(to: BreakerState) {
    const from = this.#state
    if (from === to) return
    this.#state = to
    this.#onStateChange?.(to, from)
  }
}
