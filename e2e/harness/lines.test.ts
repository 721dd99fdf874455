import { describe, expect, test } from 'bun:test'
import { createLineBuffer, parseLogLine, readLines } from './lines.ts'

const streamOf = (...chunks: string[]) => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

describe('readLines', () => {
  test('joins lines split across chunks and keeps a last line without a newline', async () => {
    const lines: string[] = []
    await readLines(streamOf('{"msg":"a"}\n{"ms', 'g":"b"}\nlast'), (line) => lines.push(line))
    expect(lines).toEqual(['{"msg":"a"}', '{"msg":"b"}', 'last'])
  })

  test('decodes a UTF-8 character split between chunks', async () => {
    const bytes = new TextEncoder().encode('→\n')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 1))
        controller.enqueue(bytes.subarray(1))
        controller.close()
      },
    })
    const lines: string[] = []
    await readLines(stream, (line) => lines.push(line))
    expect(lines).toEqual(['→'])
  })
})

describe('parseLogLine', () => {
  test('returns the fields of a structured log line', () => {
    expect(parseLogLine('{"level":"info","msg":"listening","url":"http://127.0.0.1:1/"}')).toEqual({
      level: 'info',
      msg: 'listening',
      url: 'http://127.0.0.1:1/',
    })
  })

  test.each(['Invalid configuration: PORT', '{"level":"info"}', '{"msg":3}', '[1]', '{not json', ''])('returns null for %p', (line) => {
    expect(parseLogLine(line)).toBeNull()
  })
})

describe('createLineBuffer', () => {
  test('keeps the newest lines, at least max and never more than twice as many', () => {
    const buffer = createLineBuffer(3)
    for (let index = 1; index <= 10; index++) {
      buffer.push(String(index))
      expect(buffer.lines.length).toBeLessThanOrEqual(6)
      expect(buffer.lines.at(-1)).toBe(String(index))
    }
    expect(buffer.lines.slice(-3)).toEqual(['8', '9', '10'])
  })
})
