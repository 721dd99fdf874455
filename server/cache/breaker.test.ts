import { describe, expect, test } from 'bun:test'
import { CircuitBreaker, type BreakerState } from './breaker.ts'

const setup = (options: { failureThreshold?: number; cooldownMs?: number } = {}) => {
  let time = 1_000
  const transitions: string[] = []
  const breaker = new CircuitBreaker({
    failureThreshold: 3,
    cooldownMs: 500,
    ...options,
    now: () => time,
    onStateChange: (to: BreakerState, from: BreakerState) => transitions.push(`${from}->${to}`),
  })
  return { breaker, transitions, advance: (ms: number) => (time += ms) }
}

describe('CircuitBreaker', () => {
  test('starts closed and lets calls through', () => {
    const { breaker } = setup()
    expect(breaker.state).toBe('closed')
    expect(breaker.allowRequest()).toBe(true)
  })

  test('opens after failureThreshold consecutive failures, then refuses calls', () => {
    const { breaker, transitions } = setup()
    breaker.recordFailure()
    breaker.recordFailure()
    expect(breaker.state).toBe('closed')
    breaker.recordFailure()
    expect(breaker.state).toBe('open')
    expect(breaker.allowRequest()).toBe(false)
    expect(transitions).toEqual(['closed->open'])
  })

  test('a success resets the count of consecutive failures', () => {
    const { breaker } = setup()
    breaker.recordFailure()
    breaker.recordFailure()
    breaker.recordSuccess()
    breaker.recordFailure()
    breaker.recordFailure()
    expect(breaker.state).toBe('closed')
  })

  test('after the cooldown exactly one probe goes through (half-open)', () => {
    const { breaker, advance } = setup()
    for (let i = 0; i < 3; i++) breaker.recordFailure()
    advance(499)
    expect(breaker.allowRequest()).toBe(false)
    advance(1)
    expect(breaker.allowRequest()).toBe(true)
    expect(breaker.state).toBe('half-open')
    expect(breaker.allowRequest()).toBe(false)
  })

  test('a successful probe closes the breaker', () => {
    const { breaker, advance, transitions } = setup()
    for (let i = 0; i < 3; i++) breaker.recordFailure()
    advance(500)
    breaker.allowRequest()
    breaker.recordSuccess()
    expect(breaker.state).toBe('closed')
    expect(breaker.allowRequest()).toBe(true)
    expect(transitions).toEqual(['closed->open', 'open->half-open', 'half-open->closed'])
  })

  test('a failed probe opens it again for a whole new cooldown', () => {
    const { breaker, advance } = setup()
    for (let i = 0; i < 3; i++) breaker.recordFailure()
    advance(500)
    breaker.allowRequest()
    breaker.recordFailure()
    expect(breaker.state).toBe('open')
    advance(499)
    expect(breaker.allowRequest()).toBe(false)
    advance(1)
    expect(breaker.allowRequest()).toBe(true)
  })

  test('a probe that never reports back is replaced after a cooldown', () => {
    const { breaker, advance } = setup()
    for (let i = 0; i < 3; i++) breaker.recordFailure()
    advance(500)
    expect(breaker.allowRequest()).toBe(true)
    advance(500)
    expect(breaker.allowRequest()).toBe(true)
    expect(breaker.state).toBe('half-open')
  })

  test('rejects options that would make it useless', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0 })).toThrow('failureThreshold must be a positive integer')
    expect(() => new CircuitBreaker({ cooldownMs: -1 })).toThrow('cooldownMs must be a non-negative number')
  })
})
