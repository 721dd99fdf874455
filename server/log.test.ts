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

  test('the same line whichever way it is built: plain fields concatenated, an Error or a clashing key through objects', () => {
    const lines: string[] = []
    const logger = createLogger({ sink: (line) => lines.push(line) }).child({ component: 'web' })
    logger.info('request', { path: '/a"b', status: 200, bytes: null, skipped: undefined })
    logger.info('empty')
    logger.info('override', { component: 'other', msg: 'not the message' })
    const [request, empty, override] = lines.map((text) => JSON.parse(text))
    expect(Object.keys(request)).toEqual(['time', 'level', 'msg', 'component', 'path', 'status', 'bytes'])
    expect(request).toMatchObject({ level: 'info', msg: 'request', component: 'web', path: '/a"b', status: 200, bytes: null })
    expect(Object.keys(empty)).toEqual(['time', 'level', 'msg', 'component'])
    expect(override).toMatchObject({ component: 'other', msg: 'not the message' })
  })

  test('errors keep their message and stack', () => {
    const lines: string[] = []
    createLogger({ sink: (line) => lines.push(line) }).error('failed', { error: new Error('boom') })
    expect(JSON.parse(lines[0]!).error).toMatchObject({ name: 'Error', message: 'boom', stack: expect.stringContaining('boom') })
  })
})

describe('createBufferedStdoutSink', () => {
  test('gathers the lines of one interval into one write, in order', () => {
    const writes: string[] = []
    const pending: (() => void)[] = []
    const sink = createBufferedStdoutSink({ write: (chunk) => writes.push(chunk), schedule: (flush) => pending.push(flush) })
    sink('a')
    sink('b')
    expect(writes).toEqual([])
    expect(pending).toHaveLength(1)
    pending.shift()!()
    expect(writes).toEqual(['a\nb\n'])
    sink('c')
    expect(pending).toHaveLength(1)
  })

  test('by default the write follows within the interval, without holding the process open', async () => {
    const writes: string[] = []
    const sink = createBufferedStdoutSink({ intervalMs: 1, write: (chunk) => writes.push(chunk) })
    sink('a')
    for (let waited = 0; !writes.length && waited < 2000; waited++) await Bun.sleep(1)
    expect(writes).toEqual(['a\n'])
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
