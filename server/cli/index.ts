import packageJson from '../../package.json' with { type: 'json' }
import { EXIT, type Command, type CommandIo, type ExitCode } from './io.ts'

/** `reelsmith 1.2.3 (build …, schema 4)`: the build id names the embedded assets, the schema what the database may be at most. */
const versionLine = async () => {
  const [{ MIGRATIONS }, { manifest }] = await Promise.all([import('../db/migrations.ts'), import('../../build/asset-table.ts')])
  return `reelsmith ${packageJson.version} (build ${manifest.buildId}, schema ${MIGRATIONS.at(-1)?.version ?? 0})`
}

/** Each command's module loads only when it runs: an admin command never loads the server. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'run the server (the default)', load: async () => (await import('./serve.ts')).serveCommand },
  'create-admin': {
    summary: 'create an admin account (password generated, or --password-stdin)',
    load: async () => (await import('./create-admin.ts')).createAdminCommand,
  },
  'grant-admin': { summary: 'make an existing account an admin', load: async () => (await import('./grant-admin.ts')).grantAdminCommand },
  migrate: { summary: 'apply the database migrations and exit', load: async () => (await import('./migrate.ts')).migrateCommand },
  backup: {
    summary: 'write a consistent copy of the database to FILE (online)',
    load: async () => (await import('./backup.ts')).backupCommand,
  },
  restore: {
    summary: 'replace the database with a backup (server stopped)',
    load: async () => (await import('./restore.ts')).restoreCommand,
  },
  check: { summary: 'check configuration, database, Redis and endpoints', load: async () => (await import('./check.ts')).checkCommand },
}

const USAGE = `Usage: reelsmith [command] [--help] | --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(14)} ${summary}`)
  .join('\n')}

Without a command, it serves. \`reelsmith COMMAND --help\` describes one command.`

/**
 * `reelsmith [command] [args]`: picks the command (serve when there is none) and runs it. Exit codes
 * for every command: 0 success, 1 failure, 2 usage error.
 */
export const runCli = async (argv: string[], io: CommandIo): Promise<ExitCode> => {
  const [first, ...rest] = argv
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(USAGE)
    return EXIT.ok
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.out(await versionLine())
    return EXIT.ok
  }
  // Options without a command are the server's (`reelsmith --help` was handled above).
  const name = first === undefined || first.startsWith('-') ? 'serve' : first
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) {
    io.err(`Unknown command: ${name}\n\n${USAGE}`)
    return EXIT.usage
  }
  return (await entry.load()).run(name === first ? rest : argv, io)
}
