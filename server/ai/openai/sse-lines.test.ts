import { describe, expect, test } from 'bun:test'
import { sseData } from './sse-lines.ts'

const bodyOf = (pieces: string[]) => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece))
      controller.close()
    },
  })
}
const collect = async (pieces: string[]) => {
  const out: string[] = []
  for await (const data of sseData(bodyOf(pieces))) out.push(data)
  return out
}

describe('sseData', () => {
  test('data payloads in order; comments and other fields skipped; multi-line data joined', async () => {
    const text = ': hello\n\ndata: {"a":1}\n\nevent: x\nid: 3\ndata: one\ndata:two\n\ndata: [DONE]\n\n'
    expect(await collect([text])).toEqual(['{"a":1}', 'one\ntwo', '[DONE]'])
  })

  test('CRLF, CR and LF line ends, split anywhere (even inside \\r\\n or a UTF-8 character)', async () => {
    const text = 'data: é1\r\n\r\ndata: 2\r\rdata: 3\n\n'
    const bytes = new TextEncoder().encode(text)
    for (let cut = 1; cut < bytes.length; cut++) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, cut))
          controller.enqueue(bytes.slice(cut))
          controller.close()
        },
      })
      const out: string[] = []
      for await (const data of sseData(body)) out.push(data)
      expect(out).toEqual(['é1', '2', '3'])
    }
  })

  test('a last event without its blank line still counts', async () => {
    expect(await collect(['data: a\n\ndata: b'])).toEqual(['a', 'b'])
  })
})
