/**
 * Waiting for a condition in a unit test: poll until `check` holds, bounded so a broken test
 * fails instead of hanging. The bound is generous on purpose; a test never asserts how long the
 * wait took (a loaded CI machine may be many times slower than a laptop).
 */
export interface WaitOptions {
  /** What we are waiting for, named in the error. */
  what?: string
  /** Give up after this long. @default 10000 */
  timeoutMs?: number
  /** Pause between checks. @default 10 */
  everyMs?: number
}

/** Resolves once `check()` is true; throws (naming `what`) if it is still false at the bound. */
export const waitUntil = async (check: () => boolean | Promise<boolean>, options: WaitOptions = {}): Promise<void> => {
  const { what = 'condition', timeoutMs = 10_000, everyMs = 10 } = options
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() >= deadline) throw new Error(`waitUntil: ${what} still false after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
