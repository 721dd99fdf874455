import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** The system Chromium (Debian's `chromium` package). We never download a browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Flags for a quiet, deterministic headless run: no GPU, no sandbox (CI containers run as root),
 * and none of the background traffic (updates, sync, QUIC probes) that would show up among the
 * requests a test records or reach for a network this machine does not have.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

type Env = Record<string, string | undefined>

/** CHROMIUM_PATH if set, else the Debian path. */
export const chromiumPath = (env: Env = process.env): string => env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH

/**
 * The policy every browser test follows: in CI (CI=true) a missing Chromium is an error, because
 * a skipped suite would look green; elsewhere it is a skip with a message saying why.
 * @returns the executable to launch, or null when the caller should skip
 * @example
 * const chromiumExecutable = chromiumForTests()
 * describe.skipIf(!chromiumExecutable)('home page in a browser', () => { … })
 */
export const chromiumForTests = (env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null => {
  const path = chromiumPath(env)
  if (exists(path)) return path
  const message = `Chromium not found at ${path}`
  if (env.CI === 'true') throw new Error(`${message}. CI must run the browser tests: install chromium or set CHROMIUM_PATH.`)
  console.warn(`Skipping browser tests: ${message} (install chromium or set CHROMIUM_PATH).`)
  return null
}

/**
 * Launches the system Chromium headless. Close it in afterAll (`browser.close()`); Playwright also
 * kills it if the test process exits first.
 * @param [options.timeoutMs=30000] bound on the launch (Playwright's own default is 3 minutes)
 */
export const launchBrowser = (options: { executablePath?: string; timeoutMs?: number } = {}): Promise<Browser> =>
  chromium.launch({
    executablePath: options.executablePath ?? chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: options.timeoutMs ?? 30_000,
  })
