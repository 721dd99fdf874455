/** Identifiers and secrets. Random ids need no coordination between replicas and cannot be enumerated. */

/** `bytes` random bytes as base64url: 16 bytes (the default) = 128 bits = 22 URL-safe characters. */
export const randomId = (bytes = 16): string => Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64url')

/** Hex SHA-256. Session rows are keyed by the hash of the cookie token, so a leaked table holds no live cookie. */
export const sha256Hex = (text: string): string => new Bun.CryptoHasher('sha256').update(text).digest('hex')
