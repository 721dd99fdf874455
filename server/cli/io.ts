/** What a command may touch of the process, injected so tests run commands in-process. */
export type CommandIo = {
  env: Record<string, string | undefined>
  /** The whole of standard input, read only by a command that asks for it. */
  readStdin: () => Promise<string>
  out: (line: string) => void
  err: (line: string) => void
}

/** Exit codes, as shells and scripts read them. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A command's own `run`: its arguments (after the command name) in, an exit code out. */
export type Command = {
  run: (args: string[], io: CommandIo) => Promise<ExitCode>
}

export const processIo = (): CommandIo => ({
  env: process.env,
  readStdin: () => Bun.stdin.text(),
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
})
