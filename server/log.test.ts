import { describe, expect, test } from 'bun:test'
import { createBufferedStdoutSink, createLogger } from './log.ts'

describe('createLogger', () => {
  test('one JSON line per event, with level, message, base fields and event fields', () => {
    const lines: string[] = []
    const logger = createLogger({ level: 'info', sink: (line) => lines.push(line) }).child({ component: 'test' })
    logger.info('hello', { n: 1 })
    logger.debug('dropped below the level')
    const [line] = lines.map((text) => JSON.parse(text))
    expect(lines).toHaveLength(1)
    expect(line).toMatchObject({ level: 'info', msg: 'hello', component: 'test', n: 1 })
    expect(Number.isNaN(Date.parse(line.time))).toBe(false)
  })

  test('errors keep their message and stack', () => {
    const lines: string[] = []
    createLogger({ sink: (line) => lines.push(line) }).error('failed', { error: new Error('boom') })
    expect(JSON.parse(lines[0]!).error).toMatchObject({ name: 'Error', message: 'boom', stack: expect.stringContaining('boom') })
  })
})

describe('createBufferedStdoutSink', () => {
  test('gathers lines of one tick into one write, in order', async () => {
    const writes: string[] = []
    const sink = createBufferedStdoutSink({ write: (chunk) => writes.push(chunk) })
    sink('a')
    sink('b')
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toEqual(['a\nb\n'])
  })

  test('writes at once past the size bound, and flush() empties the rest', () => {
    const writes: string[] = []
    const sink = createBufferedStdoutSink({ maxBytes: 4, write: (chunk) => writes.push(chunk) })
    sink('abcd')
    expect(writes).toEqual(['abcd\n'])
    sink('x')
    sink.flush()
    expect(writes).toEqual(['abcd\n', 'x\n'])
  })
})
