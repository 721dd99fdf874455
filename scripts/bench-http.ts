/**
 * How close does the app come to a bare Bun.serve? Starts the compiled binary (`dist/reelsmith`,
 * alone in an empty dir) and, in another child process, a raw `Bun.serve` answering the same
 * home-page bytes as constants; loads both with the same generator on 127.0.0.1, alternating
 * (raw, app, raw, app …) so drift on the machine hits both, and reports the medians.
 *
 *   bun scripts/bench-http.ts [--seconds 10] [--rounds 3] [--connections 50] [--threads 2]
 *                             [--generator wrk|fetch]
 *
 * An odd number of rounds makes each median a real run. The load generator is wrk (Debian package
 * `wrk`) when installed, else a small fetch loop in this process, which shares the CPU with the
 * servers and so understates the gap (the output says which one ran). Needs `bun run build` first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startBinary, startServerProcess, type RunningServer } from '../e2e/harness/index.ts'
import { BROWSER_ACCEPT_ENCODING, fetchBytes, runWrk, sameBytes, type LoadOptions, type LoadResult } from './bench/wrk.ts'

const ENCODINGS = [
  { name: 'br', header: BROWSER_ACCEPT_ENCODING },
  { name: 'identity', header: 'identity' },
] as const

type Result = LoadResult

// ---------------------------------------------------------------------------------------------
// Load generators: wrk (scripts/bench/wrk.ts), else a fetch loop.

const percentile = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

/** The fallback: `connections` fetch loops on keep-alive connections, bodies read but not decompressed. */
const runFetchLoad = async (options: LoadOptions): Promise<Result> => {
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + options.seconds * 1000
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      try {
        const response = await fetch(options.url, {
          headers: options.acceptEncoding ? { 'Accept-Encoding': options.acceptEncoding } : {},
          decompress: false,
        })
        await response.arrayBuffer()
        if (response.status !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - started)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: options.connections }, worker))
  const elapsedSec = (performance.now() - started) / 1000
  const sorted = Float64Array.from(latencies).sort()
  return {
    requestsPerSec: latencies.length / elapsedSec,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors,
    requests: latencies.length,
  }
}

// ---------------------------------------------------------------------------------------------
// The benchmark.

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const fmtRps = (value: number) => Math.round(value).toLocaleString('en-US')
const fmtMs = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(2)} ms`
const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')

const bench = async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      threads: { type: 'string', default: '2' },
      generator: { type: 'string' },
    },
  })
  const seconds = Number(values.seconds)
  const rounds = Number(values.rounds)
  const connections = Number(values.connections)
  const threads = Number(values.threads)
  for (const [name, value] of Object.entries({ seconds, rounds, connections, threads })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`)
  }
  if (values.generator && values.generator !== 'wrk' && values.generator !== 'fetch') throw new Error('--generator must be wrk or fetch')
  const wrk = values.generator === 'fetch' ? null : Bun.which('wrk')
  if (values.generator === 'wrk' && !wrk) throw new Error('--generator wrk: wrk is not installed (apt-get install wrk)')

  const generatorName = wrk
    ? `wrk -t${threads} -c${connections} -d${seconds}s --latency`
    : `built-in fetch loop in this process, ${connections} concurrent (${values.generator === 'fetch' ? '--generator fetch' : 'wrk not found'}; it shares the CPU and tops out below the servers, so its ratio understates the gap)`
  const load = (options: LoadOptions) => (wrk ? runWrk(wrk, options) : runFetchLoad(options))

  const started: RunningServer[] = []
  const scratch = await mkdtemp(join(tmpdir(), 'reelsmith-bench-'))
  try {
    // LOG_LEVEL=info, as shipped: one access-log line per request, read from the pipe by this
    // process as a log shipper would read it.
    const app = await startBinary({ env: { LOG_LEVEL: 'info' }, maxLogLines: 100 })
    started.push(app)
    const appUrl = `${app.url}/`
    // The same binary with the request metrics off: what monitoring costs on the hot path.
    const bare = await startBinary({ env: { LOG_LEVEL: 'info', METRICS_ENABLED: 'false' }, maxLogLines: 100 })
    started.push(bare)
    const bareUrl = `${bare.url}/`
    await fetchBytes(bareUrl, BROWSER_ACCEPT_ENCODING)
    const identity = await fetchBytes(appUrl, 'identity')
    const br = await fetchBytes(appUrl, BROWSER_ACCEPT_ENCODING)
    if (br.encoding !== 'br') throw new Error(`the app answered ${BROWSER_ACCEPT_ENCODING} with ${br.encoding}, not br`)
    await writeFile(join(scratch, 'page.html'), identity.bytes)
    await writeFile(join(scratch, 'page.html.br'), br.bytes)

    const raw = await startServerProcess({
      cmd: [process.execPath, join(import.meta.dir, 'bench', 'raw-server.ts'), scratch],
      cwd: scratch,
      env: { PATH: process.env.PATH ?? '' },
    })
    started.push(raw)
    const rawUrl = `${raw.url}/`
    // Both must send the very same bytes, or the comparison is not fair.
    for (const [label, expected, header] of [
      ['identity', identity, 'identity'],
      ['br', br, BROWSER_ACCEPT_ENCODING],
    ] as const) {
      if (!sameBytes((await fetchBytes(rawUrl, header)).bytes, expected.bytes))
        throw new Error(`raw server's ${label} body differs from the app's`)
    }

    console.log(`GET / (home page: ${identity.bytes.byteLength} B identity, ${br.bytes.byteLength} B br) on 127.0.0.1`)
    console.log(`generator: ${generatorName}; app LOG_LEVEL=info (access log on); ${rounds} rounds alternating raw/app, medians reported\n`)

    const warmUp = { seconds: Math.min(2, seconds), connections, threads, acceptEncoding: BROWSER_ACCEPT_ENCODING }
    await load({ ...warmUp, url: rawUrl })
    await load({ ...warmUp, url: appUrl })
    await load({ ...warmUp, url: bareUrl })

    const widths = [16, 10, 10, 10, 8]
    console.log(pad(['run', 'req/s', 'p50', 'p99', 'errors'], widths))
    const summary: string[] = []
    for (const encoding of ENCODINGS) {
      const results = { raw: [] as Result[], app: [] as Result[], 'no-metrics': [] as Result[] }
      for (let round = 1; round <= rounds; round++) {
        for (const [name, url] of [
          ['raw', rawUrl],
          ['app', appUrl],
          ['no-metrics', bareUrl],
        ] as const) {
          const result = await load({ url, acceptEncoding: encoding.header, seconds, connections, threads })
          results[name].push(result)
          console.log(
            pad(
              [
                `${encoding.name} ${name} #${round}`,
                fmtRps(result.requestsPerSec),
                fmtMs(result.p50Ms),
                fmtMs(result.p99Ms),
                String(result.errors),
              ],
              widths,
            ),
          )
          if (result.errors) console.warn(`  ! ${result.errors} errors or non-2xx responses in this run`)
        }
      }
      const med = (name: keyof typeof results, key: 'requestsPerSec' | 'p50Ms' | 'p99Ms') =>
        median(results[name].map((result) => result[key]))
      summary.push(
        pad([`${encoding.name} raw`, fmtRps(med('raw', 'requestsPerSec')), fmtMs(med('raw', 'p50Ms')), fmtMs(med('raw', 'p99Ms'))], widths),
        pad([`${encoding.name} app`, fmtRps(med('app', 'requestsPerSec')), fmtMs(med('app', 'p50Ms')), fmtMs(med('app', 'p99Ms'))], widths),
        pad(
          [
            `${encoding.name} app/raw`,
            `${(med('app', 'requestsPerSec') / med('raw', 'requestsPerSec')).toFixed(2)}x`,
            `${(med('app', 'p50Ms') / med('raw', 'p50Ms')).toFixed(2)}x`,
            `${(med('app', 'p99Ms') / med('raw', 'p99Ms')).toFixed(2)}x`,
          ],
          widths,
        ),
        pad(
          [
            `${encoding.name} no-metrics`,
            fmtRps(med('no-metrics', 'requestsPerSec')),
            fmtMs(med('no-metrics', 'p50Ms')),
            fmtMs(med('no-metrics', 'p99Ms')),
          ],
          widths,
        ),
        pad(
          [
            `${encoding.name} metrics on/off`,
            `${(med('app', 'requestsPerSec') / med('no-metrics', 'requestsPerSec')).toFixed(3)}x`,
            '',
            '',
          ],
          widths,
        ),
        '',
      )
    }
    console.log(`\nmedians (${rounds} runs each)`)
    console.log(pad(['', 'req/s', 'p50', 'p99'], widths))
    console.log(summary.join('\n'))
  } finally {
    for (const server of started.reverse()) await server.stop()
    await rm(scratch, { recursive: true, force: true })
  }
}

if (import.meta.main) await bench()
