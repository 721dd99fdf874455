import { DIST_BINARY } from '../../scripts/build/paths.ts'

export type CommandResult = { exitCode: number | null; stdout: string; stderr: string }

/**
 * Runs the compiled binary as a one-shot command (`reelsmith create-admin …`) and waits for it to
 * exit. The environment is exactly `env` plus PATH; `stdin` is piped in. A command still running
 * after `timeoutMs` is killed by its PID and the call throws.
 */
export const runBinaryCommand = async (
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; cwd?: string; timeoutMs?: number; binary?: string } = {},
): Promise<CommandResult> => {
  const timeoutMs = options.timeoutMs ?? 15_000
  const proc = Bun.spawn({
    cmd: [options.binary ?? DIST_BINARY, ...args],
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'UTC', ...options.env },
    stdin: options.stdin === undefined ? 'ignore' : new TextEncoder().encode(options.stdin),
    stdout: 'pipe',
    stderr: 'pipe',
  })
  let timer: Timer | undefined
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')))
  const outcome = await Promise.race([proc.exited, timedOut])
  clearTimeout(timer)
  if (outcome === 'timeout') {
    proc.kill('SIGKILL')
    await proc.exited
    throw new Error(`reelsmith ${args.join(' ')} still running after ${timeoutMs} ms`)
  }
  const [stdout, stderr] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text()])
  return { exitCode: proc.exitCode, stdout, stderr }
}
