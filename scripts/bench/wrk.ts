/** wrk (Debian package `wrk`) as the load generator of the HTTP benchmarks: one run, parsed. */

export type LoadResult = {
  requestsPerSec: number
  p50Ms: number
  p99Ms: number
  errors: number
  /** Completed requests over the run. */
  requests: number
  /** With `serverPid`: the server's CPU time (user + system) per request, in µs. */
  cpuUsPerRequest?: number
}

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
  const requests = /^\s*(\d+) requests in/m.exec(output)
  return {
    requestsPerSec: Number(rps[1]),
    p50Ms: latency('50'),
    p99Ms: latency('99'),
    errors: Number(non2xx?.[1] ?? 0) + socketErrors,
    requests: Number(requests?.[1] ?? Number.NaN),
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux kernel that Bun runs on). */
const USER_HZ = 100

/**
 * A process's CPU time so far, in µs, from /proc (Linux): unlike req/s, CPU time per request does
 * not move when neighbours on a shared machine take the cores, so it separates the servers' own cost
 * from the machine's noise.
 */
export const cpuTimeUs = async (pid: number): Promise<number> => {
  const stat = await Bun.file(`/proc/${pid}/stat`).text()
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) / USER_HZ) * 1e6
}

export const runWrk = async (wrk: string, options: LoadOptions & { serverPid?: number }): Promise<LoadResult> => {
  const cpuBefore = options.serverPid ? await cpuTimeUs(options.serverPid) : 0
  const cmd = [wrk, `-t${options.threads}`, `-c${options.connections}`, `-d${options.seconds}s`, '--latency']
  if (options.acceptEncoding) cmd.push('-H', `Accept-Encoding: ${options.acceptEncoding}`)
  const proc = Bun.spawn({ cmd: [...cmd, options.url], stdout: 'pipe', stderr: 'pipe', timeout: (options.seconds + 30) * 1000 })
  const [output, errors, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  if (code !== 0) throw new Error(`wrk exited with ${code}: ${errors}`)
  const result = parseWrkOutput(output)
  if (options.serverPid) result.cpuUsPerRequest = ((await cpuTimeUs(options.serverPid)) - cpuBefore) / result.requests
  return result
}

/** What Chromium sends on http://127.0.0.1 (brotli included: loopback counts as trustworthy). */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

/** A body exactly as sent (not decompressed), and its Content-Encoding. */
export const fetchBytes = async (url: string, acceptEncoding: string) => {
  const response = await fetch(url, { headers: { 'Accept-Encoding': acceptEncoding }, decompress: false })
  if (response.status !== 200) throw new Error(`GET ${url} (${acceptEncoding}): ${response.status}`)
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    encoding: response.headers.get('content-encoding') ?? 'identity',
    headers: response.headers,
  }
}

export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index])
