/**
 * Micro-benchmark timing shared by the bench scripts. CPU time (user + system), not wall time:
 * this machine is shared, and another process's load would otherwise count against us.
 */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Runs `op` in batches for `ms` of CPU time after a warm-up; the best of three runs, in ops/s. */
export const opsPerCpuSecond = (op: (i: number) => unknown, ms = 300, warmUp = 100_000): number => {
  for (let i = 0; i < warmUp; i++) op(i)
  let best = 0
  for (let run = 0; run < 3; run++) {
    let done = 0
    const started = cpuMs()
    let elapsed = 0
    do {
      for (let j = 0; j < 10_000; j++) op(done++)
      elapsed = cpuMs() - started
    } while (elapsed < ms)
    best = Math.max(best, done / (elapsed / 1000))
  }
  return best
}
