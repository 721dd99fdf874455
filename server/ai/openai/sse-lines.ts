/**
 * The `data:` payloads of a Server-Sent Events body, in order, as they arrive. Chat Completions
 * streams use nothing else of the format (no `event:`, `id:` or `retry:` fields worth reading), so
 * the other fields and comments are skipped; a multi-line data field is joined with `\n` as the
 * format says. Ends at the end of the body.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder()
  let buffer = ''
  let data: string[] = []
  const lines = function* (final: boolean) {
    let newline = buffer.search(/\r\n|\r|\n/)
    while (newline >= 0) {
      // A lone \r at the very end may be the first half of \r\n still on its way.
      if (!final && buffer[newline] === '\r' && newline === buffer.length - 1) break
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1))
      yield line
      newline = buffer.search(/\r\n|\r|\n/)
    }
  }
  const take = function* (line: string) {
    if (line === '') {
      if (data.length > 0) yield data.join('\n')
      data = []
    } else if (line.startsWith('data:')) data.push(line.slice(line[5] === ' ' ? 6 : 5))
  }
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true })
    for (const line of lines(false)) yield* take(line)
  }
  buffer += decoder.decode()
  for (const line of lines(true)) yield* take(line)
  if (buffer !== '') yield* take(buffer)
  yield* take('')
}
