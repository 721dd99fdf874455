/** wrk (Debian package `wrk`) as the load generator of the HTTP benchmarks: one run, parsed. */

export type LoadResult = { requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number }

export type LoadOptions = {
  url: string
  /** Sent as `Accept-Encoding`; absent, wrk sends none (what the peer harness does). */
  acceptEncoding?: string
  seconds: number
  connections: number
  threads: number
}

/** wrk prints durations as `812.00us`, `1.23ms`, `2.01s`. */
const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? Number.NaN)

export const parseWrkOutput = (output: string): LoadResult => {
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output)
    if (!match) throw new Error(`wrk output has no ${percent}% latency (was --latency passed?):\n${output}`)
    return toMs(match[1]!, match[2]!)
  }
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output)
  if (!rps) throw new Error(`wrk output has no Requests/sec:\n${output}`)
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const socketErrors = socket ? socket.slice(1).reduce((total, count) => total + Number(count), 0) : 0
  return { requestsPerSec: Number(rps[1]), p50Ms: latency('50'), p99Ms: latency('99'), errors: Number(non2xx?.[1] ?? 0) + socketErrors }
}

export const runWrk = async (wrk: string, options: LoadOptions): Promise<LoadResult> => {
  const cmd = [wrk, `-t${options.threads}`, `-c${options.connections}`, `-d${options.seconds}s`, '--latency']
  if (options.acceptEncoding) cmd.push('-H', `Accept-Encoding: ${options.acceptEncoding}`)
  const proc = Bun.spawn({ cmd: [...cmd, options.url], stdout: 'pipe', stderr: 'pipe', timeout: (options.seconds + 30) * 1000 })
  const [output, errors, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  if (code !== 0) throw new Error(`wrk exited with ${code}: ${errors}`)
  return parseWrkOutput(output)
}

/** What Chromium sends on http://127.0.0.1 (brotli included: loopback counts as trustworthy). */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

/** A body exactly as sent (not decompressed), and its Content-Encoding. */
export const fetchBytes = async (url: string, acceptEncoding: string) => {
  const response = await fetch(url, { headers: { 'Accept-Encoding': acceptEncoding }, decompress: false })
  if (response.status !== 200) throw new Error(`GET ${url} (${acceptEncoding}): ${response.status}`)
  return { bytes: new Uint8Array(await response.arrayBuffer()), encoding: response.headers.get('content-encoding') ?? 'identity' }
}

export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index])
