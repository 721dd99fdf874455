/** What browser and binary tests import: `import { startBinary, launchBrowser } from './harness/index.ts'`. */
export { startBinary, type RunningBinary, type StartBinaryOptions } from './binary.ts'
export { CHROMIUM_ARGS, chromiumForTests, chromiumPath, DEFAULT_CHROMIUM_PATH, launchBrowser } from './browser.ts'
export { parseLogLine, readLines } from './lines.ts'
export { collectPageErrors, recordRequests } from './page-watch.ts'
export { runBinaryCommand, type CommandResult } from './run-command.ts'
export {
  ServerStartError,
  startServerProcess,
  type RunningServer,
  type StartServerProcessOptions,
  type StopResult,
} from './server-process.ts'
export { waitForText } from './wait.ts'
