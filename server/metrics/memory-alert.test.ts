import { describe, expect, test } from 'bun:test'
import { createLogger } from '../log.ts'
import { createMemoryAlert, defaultMemoryAlertMb } from './memory-alert.ts'

const MB = 1024 * 1024

const setup = () => {
  const lines: Record<string, unknown>[] = []
  let clock = 0
  const alert = createMemoryAlert({
    limitBytes: 500 * MB,
    logger: createLogger({ level: 'debug', sink: (line) => lines.push(JSON.parse(line)) }),
    now: () => clock,
  })
  /** One reading per second, as the process sampler feeds it. */
  const feed = (mbPerSecond: number[]) => mbPerSecond.map((mb) => ((clock += 1000), alert.check(mb * MB)))
  return { alert, lines, feed }
}

describe('memory alert', () => {
  test('fires when RSS passes the limit, with one warning', () => {
    const { alert, lines, feed } = setup()
    expect(feed([100, 400, 499, 500])).toEqual(['ok', 'ok', 'ok', 'ok']) // "passes" means above
    expect(lines).toEqual([])
    expect(feed([501])).toEqual(['high'])
    expect(alert.state).toBe('high')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 'warn', msg: 'memory above the alert limit', rssMb: 501, limitMb: 500, highForSec: 0 })
  })

  test('while it stays high, warns at most once a minute', () => {
    const { lines, feed } = setup()
    feed(Array.from({ length: 150 }, () => 600)) // two and a half minutes high
    expect(lines.map((line) => line.highForSec)).toEqual([0, 60, 120])
  })

  test('clears when RSS drops, with one info line, and fires again later', () => {
    const { alert, lines, feed } = setup()
    feed([600, 600])
    expect(feed([300])).toEqual(['ok'])
    expect(alert.state).toBe('ok')
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['warn', 'memory above the alert limit'],
      ['info', 'memory back under the alert limit'],
    ])
    feed(Array.from({ length: 60 }, () => 300))
    expect(feed([700])).toEqual(['high'])
    expect(lines).toHaveLength(3)
  })

  test('hovering at the line neither flips the state every second nor floods the log', () => {
    const { lines, feed } = setup()
    const states = feed([501, 499, 501, 498, 502, 490, 503])
    expect(states).toEqual(['high', 'high', 'high', 'high', 'high', 'high', 'high']) // clears only at <= 95 %
    expect(lines).toHaveLength(1)
    expect(feed([475])).toEqual(['ok'])
  })

  test('the default limit grows with the cache budget', () => {
    expect(defaultMemoryAlertMb(64)).toBe(384)
    expect(defaultMemoryAlertMb(1024)).toBeGreaterThan(2 * 1024)
  })

  test('a limit that is not positive is refused', () => {
    expect(() => createMemoryAlert({ limitBytes: 0, logger: createLogger({ level: 'silent' }) })).toThrow('limitBytes must be > 0')
  })
})
