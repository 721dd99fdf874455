/**
 * Cold start of the compiled binary: from exec to the first 200 from /healthz, in a fresh empty
 * directory each time (so it includes creating the SQLite file and running the migrations), and
 * again with the directory kept (a restart). Prints min / median / max over N runs.
 * `--against <binary>` (repeatable) runs other builds too, interleaved run by run with this one, and
 * prints each median as a ratio to the first: on a noisy machine only side-by-side figures compare.
 *
 *   bun scripts/bench-startup.ts [--runs 15] [--against /tmp/reelsmith-before]
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DIST_BINARY } from './build/paths.ts'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15

const freePort = () => {
  const probe = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Response() })
  const port = probe.port
  probe.stop(true)
  return port
}

/** Milliseconds from spawn to the first successful /healthz (polled every 1 ms, bounded at 5 s). */
const startOnce = async (dir: string) => {
  const port = freePort()
  const started = performance.now()
  const child = Bun.spawn([join(dir, 'reelsmith')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdout: 'ignore',
    stderr: 'inherit',
  })
  try {
    while (performance.now() - started < 5000) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
        .then((res) => res.ok)
        .catch(() => false)
      if (ok) return performance.now() - started
      await Bun.sleep(1)
    }
    throw new Error('the binary did not answer within 5 s')
  } finally {
    child.kill('SIGTERM')
    await child.exited
  }
}

const summary = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  console.log(`${label.padEnd(28)} min ${sorted[0]!.toFixed(1)} ms   median ${median.toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms`)
}

const binaries = [DIST_BINARY, ...process.argv.flatMap((arg, index) => (process.argv[index - 1] === '--against' ? [arg] : []))]
const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!
const results = binaries.map((binary) => ({ binary, fresh: [] as number[], restart: [] as number[], kept: '' }))
for (const result of results) {
  result.kept = await mkdtemp(join(tmpdir(), 'reelsmith-start-kept-'))
  await cp(result.binary, join(result.kept, 'reelsmith'))
}
for (let i = 0; i < runs; i++) {
  for (const result of results) {
    const dir = await mkdtemp(join(tmpdir(), 'reelsmith-start-'))
    await cp(result.binary, join(dir, 'reelsmith'))
    result.fresh.push(await startOnce(dir))
    await rm(dir, { recursive: true, force: true })
    result.restart.push(await startOnce(result.kept))
  }
}
for (const result of results) await rm(result.kept, { recursive: true, force: true })
const [first] = results
for (const result of results) {
  console.log(`cold start of ${result.binary}, ${runs} runs (spawn -> first 200 from /healthz):`)
  summary('empty directory (first run)', result.fresh)
  summary('existing data (restart)', result.restart)
  if (result !== first)
    console.log(
      `  median / first binary's: empty ${(medianOf(result.fresh) / medianOf(first!.fresh)).toFixed(2)}, restart ${(medianOf(result.restart) / medianOf(first!.restart)).toFixed(2)}`,
    )
}
