import { emailArgument } from './email-argument.ts'
import { EXIT, type Command } from './io.ts'
import { withAccounts } from './open-accounts.ts'
import { parseOneArgument } from './parse-args.ts'

const USAGE = `Usage: reelsmith grant-admin EMAIL

Makes an existing account an admin (it may open /admin/metrics), in the database the server uses
(DATA_DIR or DATABASE_URL). It counts at once, also for sessions already signed in.

Exit codes: 0 granted (or already an admin), 1 failed (no such account, database), 2 usage error.`

export const grantAdminCommand: Command = {
  async run(args, io) {
    const argument = parseOneArgument(args, 'EMAIL', USAGE, io)
    if (argument === 'help') return EXIT.ok
    const email = argument === undefined ? undefined : emailArgument(argument, USAGE, io)
    if (!email) return EXIT.usage
    return withAccounts(io, async (accounts) => {
      const result = await accounts.grantAdmin(email)
      if (!result.ok) {
        io.err(`No account has the address ${email}; create one with: reelsmith create-admin ${email}`)
        return EXIT.failure
      }
      io.out(`Admin granted: ${result.user.email}`)
      return EXIT.ok
    })
  },
}
