/**
 * Reads a child's output stream line by line until it ends. The child must never block on a full
 * pipe, so every stream we open is drained to the end, whether or not anyone wants the lines.
 */
export const readLines = async (stream: ReadableStream<Uint8Array>, onLine: (line: string) => void): Promise<void> => {
  const decoder = new TextDecoder()
  let pending = ''
  for await (const chunk of stream) {
    pending += decoder.decode(chunk, { stream: true })
    const lines = pending.split('\n')
    pending = lines.pop()!
    for (const line of lines) onLine(line)
  }
  pending += decoder.decode()
  if (pending) onLine(pending)
}

/** A structured log line of the server (see server/log.ts), or null for anything else. */
export const parseLogLine = (line: string): { msg: string; [field: string]: unknown } | null => {
  if (!line.startsWith('{')) return null
  try {
    const value: unknown = JSON.parse(line)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
    const record = value as Record<string, unknown>
    return typeof record.msg === 'string' ? { ...record, msg: record.msg } : null
  } catch {
    return null
  }
}

/**
 * Keeps (at least) the newest `max` lines and never more than twice that: a load test writes one
 * access-log line per request, and the lines a test asks about (the shutdown, the last requests)
 * are the recent ones.
 */
export const createLineBuffer = (max: number) => {
  const lines: string[] = []
  return {
    lines,
    push(line: string) {
      lines.push(line)
      // Trimming in batches keeps push O(1) amortised.
      if (lines.length > max * 2) lines.splice(0, lines.length - max)
    },
  }
}
