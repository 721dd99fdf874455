import { newPasswordSchema } from '../services/accounts.ts'
import { emailArgument } from './email-argument.ts'
import { EXIT, type Command } from './io.ts'
import { withAccounts } from './open-accounts.ts'
import { HELP_OPTION, onePositional, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith create-admin EMAIL [--password-stdin]

Creates an account that is an admin (it may open /admin/metrics), in the database the server uses
(DATA_DIR or DATABASE_URL). The password is generated and printed once; with --password-stdin it is
the first line of standard input instead (10 to 200 characters).

Exit codes: 0 created, 1 failed (address taken, password refused, database), 2 usage error.`

/** 24 base64url characters: 144 random bits. */
const generatePassword = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url')

export const createAdminCommand: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      { args, options: { ...HELP_OPTION, 'password-stdin': { type: 'boolean' } }, allowPositionals: true, strict: true },
      USAGE,
      io,
    )
    if (!parsed) return EXIT.usage
    if (parsed.values.help) {
      io.out(USAGE)
      return EXIT.ok
    }
    const argument = onePositional(parsed.positionals, 'EMAIL', USAGE, io)
    const email = argument === undefined ? undefined : emailArgument(argument, USAGE, io)
    if (!email) return EXIT.usage

    const fromStdin = parsed.values['password-stdin'] === true
    const password = fromStdin ? ((await io.readStdin()).split(/\r?\n/, 1)[0] ?? '') : generatePassword()
    const valid = newPasswordSchema.safeParse(password)
    if (!valid.success) {
      io.err(`Password refused: ${valid.error.issues.map((issue) => issue.message).join(' ')}`)
      return EXIT.failure
    }
    return withAccounts(io, async (accounts) => {
      const result = await accounts.createAdmin({ email, password })
      if (!result.ok) {
        io.err(`${email} already has an account; make it an admin with: reelsmith grant-admin ${email}`)
        return EXIT.failure
      }
      io.out(`Admin created: ${result.user.email}`)
      if (!fromStdin) io.out(`Password (shown once; change it on /account): ${password}`)
      return EXIT.ok
    })
  },
}
