/**
 * Process entry: `reelsmith [command]`. Operator commands (create-admin, grant-admin) run and exit
 * before anything binds a port; with no command the server starts (server/cli/serve.ts).
 */
import { runCli } from './cli/index.ts'
import { processIo } from './cli/io.ts'

// Every file a command creates (database, WAL, lock, backups, clips) is for this user alone:
// the database holds every account's password hash.
process.umask(0o077)

// exitCode, not exit(): process.exit() can cut off output still in a pipe. A running server keeps
// the process alive past this line; its shutdown ends the process.
process.exitCode = await runCli(process.argv.slice(2), processIo())
