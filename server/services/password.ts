/**
 * Password hashing with Bun.password (argon2id). Costs are options so tests can run cheaply;
 * production uses Bun's defaults (64 MiB, 2 passes: ~50 ms here, slow enough to resist guessing).
 */
export type PasswordHasher = {
  hash(password: string): Promise<string>
  verify(password: string, hash: string): Promise<boolean>
  /** Spends the time of a verify when there is no user, so timing does not reveal which emails exist. */
  verifyNobody(password: string): Promise<false>
}

export const createPasswordHasher = (options: { memoryCost?: number; timeCost?: number } = {}): PasswordHasher => {
  const params = { algorithm: 'argon2id' as const, ...options }
  let dummyHash: Promise<string> | undefined
  return {
    hash: (password) => Bun.password.hash(password, params),
    verify: (password, hash) => Bun.password.verify(password, hash).catch(() => false),
    async verifyNobody(password) {
      dummyHash ??= Bun.password.hash('not-a-real-password', params)
      await Bun.password.verify(password, await dummyHash)
      return false
    },
  }
}
