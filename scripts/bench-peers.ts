/**
 * Reelsmith against its peers on the peer harness's page contract (24 cards and a Counter island,
 * scripts/bench/peers/), side by side in ONE run:
 *   rendered  the benchmark build's /bench/gallery (no page cache, every middleware, access log on)
 *             against the naive peer (Hono + preact-render-to-string per request), no Accept-Encoding
 *   cached    its /bench/gallery-cached (a page-cache hit, the front door) against a raw Bun.serve
 *             answering the very same bytes, br and identity
 * wrk -t2 -c50, a warm-up per target, then interleaved rounds (every target once per round, so a
 * slow phase of the machine hits all alike); best req/s with its p50/p99, and the min-max over rounds.
 * The last line reads `rendered/naive R cached/raw C` (C: the lower of br and identity).
 *
 *   bun scripts/bench-peers.ts [--seconds 5] [--rounds 3] [--binary <benchmark build>]
 *
 * Without --binary it builds the benchmark variant first (scripts/bench/peers/variant.ts, ~15 s).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startBinary, startServerProcess, type RunningServer } from '../e2e/harness/index.ts'
import { buildBenchVariant } from './bench/peers/variant.ts'
import { BROWSER_ACCEPT_ENCODING, fetchBytes, runWrk, sameBytes, type LoadResult } from './bench/wrk.ts'

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    binary: { type: 'string' },
    /** Only one comparison, for quick iterations; the ratio line then names only that one. */
    only: { type: 'string' },
  },
})
const seconds = Number(values.seconds)
const rounds = Number(values.rounds)
const warmup = Number(values.warmup)
for (const [name, value] of Object.entries({ seconds, rounds, warmup })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`)
}
if (values.only && values.only !== 'rendered' && values.only !== 'cached') throw new Error('--only must be rendered or cached')
const wrk = Bun.which('wrk')
if (!wrk) throw new Error('wrk is not installed (apt-get install wrk)')

/** What the contract's page must hold, whoever serves it (the harness's tools/inspect.mjs checks the same). */
const checkContract = (name: string, html: string) => {
  const cards = html.match(/<li class="card">/g)?.length ?? 0
  const images = new Set([...html.matchAll(/<img loading="lazy" src="(\/img\/\d+\.svg)" width="\d+" height="\d+"/g)].map((m) => m[1]))
  if (cards !== 24 || images.size !== 24 || !html.includes('<button type="button" class="counter">Clicked 0 times</button>')) {
    throw new Error(`${name} does not serve the page contract (${cards} cards, ${images.size} distinct images)`)
  }
}

type Target = { name: string; url: string; pid: number; acceptEncoding?: string; rendered?: boolean }

const fmtRps = (value: number) => Math.round(value).toLocaleString('en-US')
const fmtMs = (value: number) => value.toFixed(2)

const started: RunningServer[] = []
const scratch = await mkdtemp(join(tmpdir(), 'reelsmith-peers-'))
let variant: Awaited<ReturnType<typeof buildBenchVariant>> | undefined
try {
  let binary = values.binary
  if (!binary) {
    console.log('building the benchmark variant …')
    variant = await buildBenchVariant()
    binary = variant.binary
  }
  // Access log on, as shipped: the lines are read from the pipe, as a log shipper would.
  const subject = await startBinary({ binary, env: { LOG_LEVEL: 'info' }, maxLogLines: 100 })
  started.push(subject)
  const naive = await startServerProcess({
    cmd: [process.execPath, join(import.meta.dir, 'bench', 'peers', 'naive-server.tsx')],
    cwd: join(import.meta.dir, '..'),
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
  })
  started.push(naive)

  const rendered = `${subject.url}/bench/gallery`
  const cached = `${subject.url}/bench/gallery-cached`
  checkContract('reelsmith /bench/gallery', new TextDecoder().decode((await fetchBytes(rendered, 'identity')).bytes))
  checkContract('naive peer', new TextDecoder().decode((await fetchBytes(`${naive.url}/`, 'identity')).bytes))

  // The raw peer answers exactly the bytes of the subject's cached page.
  const identity = await fetchBytes(cached, 'identity')
  const br = await fetchBytes(cached, BROWSER_ACCEPT_ENCODING)
  if (br.encoding !== 'br') throw new Error(`the cached page answered ${BROWSER_ACCEPT_ENCODING} with ${br.encoding}, not br`)
  await writeFile(join(scratch, 'page.html'), identity.bytes)
  await writeFile(join(scratch, 'page.html.br'), br.bytes)
  // Bun adds its own Date and Content-Length.
  const headerList = (headers: Headers) => JSON.stringify([...headers].filter(([name]) => name !== 'date' && name !== 'content-length'))
  await writeFile(join(scratch, 'page.html.headers.json'), headerList(identity.headers))
  await writeFile(join(scratch, 'page.html.br.headers.json'), headerList(br.headers))
  const raw = await startServerProcess({
    cmd: [process.execPath, join(import.meta.dir, 'bench', 'raw-server.ts'), scratch],
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '' },
  })
  started.push(raw)
  const rawWithHeaders = await startServerProcess({
    cmd: [process.execPath, join(import.meta.dir, 'bench', 'raw-server.ts'), scratch, '--headers'],
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '' },
  })
  started.push(rawWithHeaders)
  for (const [label, expected, header] of [
    ['identity', identity, 'identity'],
    ['br', br, BROWSER_ACCEPT_ENCODING],
  ] as const) {
    const got = await fetchBytes(`${raw.url}/`, header)
    const again = await fetchBytes(cached, header)
    if (!sameBytes(got.bytes, expected.bytes) || !sameBytes(again.bytes, expected.bytes)) throw new Error(`the ${label} bytes differ`)
  }

  const allTargets: Target[] = [
    { name: 'reelsmith rendered', url: rendered, pid: subject.pid, rendered: true },
    { name: 'naive hono+prts', url: `${naive.url}/`, pid: naive.pid, rendered: true },
    { name: 'reelsmith cached br', url: cached, pid: subject.pid, acceptEncoding: BROWSER_ACCEPT_ENCODING },
    { name: 'raw Bun.serve br', url: `${raw.url}/`, pid: raw.pid, acceptEncoding: BROWSER_ACCEPT_ENCODING },
    { name: 'raw, our headers br', url: `${rawWithHeaders.url}/`, pid: rawWithHeaders.pid, acceptEncoding: BROWSER_ACCEPT_ENCODING },
    { name: 'reelsmith cached identity', url: cached, pid: subject.pid, acceptEncoding: 'identity' },
    { name: 'raw Bun.serve identity', url: `${raw.url}/`, pid: raw.pid, acceptEncoding: 'identity' },
    { name: 'raw, our headers identity', url: `${rawWithHeaders.url}/`, pid: rawWithHeaders.pid, acceptEncoding: 'identity' },
  ]
  const targets = allTargets.filter((target) => !values.only || (values.only === 'rendered') === !!target.rendered)
  const load = (target: Target, secs: number) =>
    runWrk(wrk, {
      url: target.url,
      acceptEncoding: target.acceptEncoding,
      seconds: secs,
      connections: 50,
      threads: 2,
      serverPid: target.pid,
    })

  console.log(
    `page contract: ${identity.bytes.byteLength} B identity, ${br.bytes.byteLength} B br (cached); wrk -t2 -c50 -d${seconds}s --latency, ` +
      `warm-up ${warmup}s per target, ${rounds} interleaved rounds; load average before: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
  )
  for (const target of targets) await load(target, warmup)
  const results = new Map<string, LoadResult[]>(targets.map((target) => [target.name, []]))
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const result = await load(target, seconds)
      results.get(target.name)!.push(result)
      if (result.errors) console.warn(`  ! ${target.name} round ${round}: ${result.errors} errors or non-2xx responses`)
    }
    console.log(`round ${round} done, load average ${loadavg()[0]!.toFixed(2)}`)
  }

  const best = (name: string) => results.get(name)!.reduce((a, b) => (b.requestsPerSec > a.requestsPerSec ? b : a))
  const rps = (name: string) => results.get(name)!.map((result) => result.requestsPerSec)
  /** Server CPU time per request, the least over rounds: what the machine's neighbours cannot add to. */
  const cpu = (name: string) => Math.min(...results.get(name)!.map((result) => result.cpuUsPerRequest ?? Number.NaN))
  console.log('\n| target | best req/s | min-max req/s | p50 ms | p99 ms | server CPU µs/req |\n|---|--:|--:|--:|--:|--:|')
  for (const { name } of targets) {
    const b = best(name)
    console.log(
      `| ${name} | ${fmtRps(b.requestsPerSec)} | ${fmtRps(Math.min(...rps(name)))}-${fmtRps(Math.max(...rps(name)))} | ${fmtMs(b.p50Ms)} | ${fmtMs(b.p99Ms)} | ${cpu(name).toFixed(1)} |`,
    )
  }
  const ratio = (a: string, b: string) => best(a).requestsPerSec / best(b).requestsPerSec
  /** The same ratio round by round (both ran within seconds of each other): its spread. */
  const perRound = (a: string, b: string) =>
    rps(a)
      .map((value, i) => (value / rps(b)[i]!).toFixed(2))
      .join(' ')
  const loadAfter = loadavg()
  console.log(`\nload average after: ${loadAfter.map((v) => v.toFixed(2)).join(' ')}`)
  const summary: string[] = []
  if (values.only !== 'cached') {
    const [subject, peer] = ['reelsmith rendered', 'naive hono+prts']
    console.log(
      `rendered/naive ${ratio(subject, peer).toFixed(2)} (rounds: ${perRound(subject, peer)}), p99 ${fmtMs(best(subject).p99Ms)} vs ${fmtMs(best(peer).p99Ms)} ms`,
    )
    summary.push(`rendered/naive ${ratio(subject, peer).toFixed(2)}`)
  }
  if (values.only !== 'rendered') {
    const worst = Math.min(
      ...['br', 'identity'].map((encoding) => {
        const [subject, peer] = [`reelsmith cached ${encoding}`, `raw Bun.serve ${encoding}`]
        console.log(
          `cached/raw ${encoding} ${ratio(subject, peer).toFixed(2)} (rounds: ${perRound(subject, peer)}), CPU per request raw/ours ${(cpu(peer) / cpu(subject)).toFixed(2)}`,
        )
        const control = `raw, our headers ${encoding}`
        console.log(
          `  the same raw Bun.serve sending our headers too: ${fmtRps(best(control).requestsPerSec)} req/s, ours/it ${ratio(subject, control).toFixed(2)}, CPU per request it/ours ${(cpu(control) / cpu(subject)).toFixed(2)}`,
        )
        return ratio(subject, peer)
      }),
    )
    summary.push(`cached/raw ${worst.toFixed(2)}`)
  }
  console.log(summary.join(' '))
} finally {
  for (const server of started.reverse()) await server.stop()
  await rm(scratch, { recursive: true, force: true })
  await variant?.remove()
}
