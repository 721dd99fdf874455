import { DEFAULT_KEY_PREFIX } from './cache/redis-channel.ts'
import { z } from 'zod'
import { parseProxyTrust } from './http/proxy-trust.ts'
import { LOG_LEVELS } from './log.ts'

/** Every environment variable the server reads, with its default. The one source of truth. */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^(postgres(ql)?|sqlite):\/\//, 'must start with postgres://, postgresql:// or sqlite://')
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    // Two deployments sharing one Redis each set their own (keys, channels, limits, leases).
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w.:-]{1,64}$/, 'letters, digits and _ . : - only, at most 64')
      .default(DEFAULT_KEY_PREFIX),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    CACHE_MEMORY_MB: z.coerce.number().int().min(1).max(65536).default(64),
    AI_PROVIDER: z.enum(['local', 'openai']).default('local'),
    AI_BASE_URL: z.url().default('https://api.openai.com/v1'),
    AI_API_KEY: z.string().optional(),
    AI_MODEL: z.string().min(1).default('gpt-4o-mini'),
    AI_TIMEOUT_MS: z.coerce.number().int().min(100).default(30000),
    /** Narration: `local` (eSpeak NG, offline) or `openai` (any `POST /v1/audio/speech` endpoint). */
    TTS_PROVIDER: z.enum(['local', 'openai']).default('local'),
    TTS_BASE_URL: z.url().optional(),
    TTS_API_KEY: z.string().optional(),
    TTS_MODEL: z.string().min(1).default('tts-1'),
    TTS_VOICE: z.string().min(1).default('alloy'),
    /** Per sentence: the local engine's worker or the endpoint's answer. */
    TTS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
    /** Local synthesis threads (RSS +130 MB for the first, docs/measurements.md); 1 leaves a core for requests. */
    TTS_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
    /** What each person's uploaded images (scene pictures, logos, AI pictures made for them) may take in the database. */
    UPLOAD_QUOTA_MB: z.coerce.number().int().min(1).default(200),
    /** Pictures for new videos' scenes: `none` (the rendered posters) or `openai` (any `POST /v1/images/generations`). */
    IMAGE_PROVIDER: z.enum(['none', 'openai']).default('none'),
    IMAGE_BASE_URL: z.url().optional(),
    IMAGE_API_KEY: z.string().optional(),
    IMAGE_MODEL: z.string().min(1).default('gpt-image-1'),
    IMAGE_SIZE: z
      .string()
      .regex(/^\d{2,4}x\d{2,4}$/, 'WIDTHxHEIGHT, e.g. 1536x1024')
      .default('1536x1024'),
    /** Per picture; a picture that takes longer is given up and the scene keeps its poster. */
    IMAGE_TIMEOUT_MS: z.coerce.number().int().min(100).default(60000),
    SLOW_REQUEST_MS: z.coerce.number().int().min(1).default(500),
    MEMORY_ALERT_MB: z.coerce.number().int().min(16).optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Removed: whoever signed up first with a listed address became an admin. Set, it stops the start with the way out. */
    ADMIN_EMAILS: z
      .undefined({
        error:
          'no longer read: admins are stored in the database. Unset it and run `reelsmith grant-admin EMAIL` (or `reelsmith create-admin EMAIL`)',
      })
      .optional(),
    RUM_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
    /** `false` turns the request metrics off (scripts/bench-http.ts measures what they cost). */
    METRICS_ENABLED: z.stringbool().default(true),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
    /** /readyz answers 503 with less free space than this under DATA_DIR (a full disk fails writes, not reads). */
    MIN_FREE_DISK_MB: z.coerce.number().int().min(0).default(100),
    /**
     * Set when a TLS-terminating proxy is in front: cookies get `Secure`, and X-Forwarded-For entries
     * appended by trusted hops count (`true` = one hop, a hop count, or proxy addresses/CIDRs).
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((value, ctx) => {
        try {
          return parseProxyTrust(value)
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) })
          return z.NEVER
        }
      }),
    /** Behind TLS (TRUST_PROXY): HSTS also covers every subdomain. Only if all of them serve HTTPS. */
    HSTS_INCLUDE_SUBDOMAINS: z.stringbool().default(false),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    /** `true`: the operator promises this is the only process on DATABASE_URL (see the refinement below). */
    SINGLE_INSTANCE: z.stringbool().default(false),
  })
  // Each process caches sessions, database reads and pages in memory; only Redis tells the others
  // about a write. Replicas on one Postgres without it would serve a video made private, or a
  // signed-out session, from their caches for up to 2 h. SQLite gets a lock file instead (main.ts).
  .superRefine((config, context) => {
    if (config.DATABASE_URL?.startsWith('postgres') && !config.REDIS_URL && !config.SINGLE_INSTANCE) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message:
          'Postgres without REDIS_URL: replicas could not invalidate each other’s caches; set REDIS_URL, or SINGLE_INSTANCE=true if this is the only process',
      })
    }
  })

export type Config = z.infer<typeof configSchema>

/** Rules across variables, one message each naming the variable to set. */
const crossFieldProblems = (config: Config): string[] => {
  const problems: string[] = []
  if (config.TTS_PROVIDER === 'openai') {
    if (!config.TTS_BASE_URL) problems.push('TTS_BASE_URL: required when TTS_PROVIDER=openai (e.g. https://api.openai.com/v1)')
    else if (new URL(config.TTS_BASE_URL).hostname === 'api.openai.com' && !config.TTS_API_KEY) {
      problems.push('TTS_API_KEY: required for api.openai.com')
    }
  }
  if (config.IMAGE_PROVIDER === 'openai') {
    if (!config.IMAGE_BASE_URL) problems.push('IMAGE_BASE_URL: required when IMAGE_PROVIDER=openai (e.g. https://api.openai.com/v1)')
    else if (new URL(config.IMAGE_BASE_URL).hostname === 'api.openai.com' && !config.IMAGE_API_KEY) {
      problems.push('IMAGE_API_KEY: required for api.openai.com')
    }
  }
  return problems
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Under systemd, `StateDirectory=` hands the service its directory in STATE_DIRECTORY (a list split
 * by `:` when several are named; the first is ours): the default DATA_DIR there rather than ./data.
 */
const defaultDataDir = (env: Record<string, string | undefined>) => env.STATE_DIRECTORY?.split(':')[0] || undefined

/** Parses the environment; a bad value throws one message naming each offending variable. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  // An empty variable means "unset" (as in `REDIS_URL= ./reelsmith`), not "the empty string".
  const present: Record<string, string | undefined> = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  present.DATA_DIR ??= defaultDataDir(present)
  const result = configSchema.safeParse(present)
  const problems = result.success
    ? crossFieldProblems(result.data)
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  if (result.success && !problems.length) return result.data
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
}

/** Names the server reads beside the schema's: set by the platform, not the operator. */
const PLATFORM_VARIABLES = new Set(['STATE_DIRECTORY'])
/** Our variables start with these; another one starting so is a typo or a removed option. */
const OWN_PREFIXES = [
  'AI_',
  'TTS_',
  'IMAGE_',
  'UPLOAD_',
  'REDIS_',
  'CACHE_',
  'DATABASE_',
  'METRICS_',
  'LOG_',
  'SHUTDOWN_',
  'TRUST_',
  'HSTS_',
  'RUM_',
  'MEMORY_',
  'SLOW_',
  'DATA_',
  'ADMIN_',
  'MIN_FREE_',
]

/** Edit distance; the names are short and this runs once per start, so the plain table is enough. */
const distance = (a: string, b: string) => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

/**
 * Variables that look meant for us but are not read: one of our prefixes, or one or two letters off a
 * known name (PORTT, DATA_DlR). Each comes with the closest known name. A warning, not an error: the
 * environment is shared with everything else the machine runs.
 */
export const unknownVariables = (env: Record<string, string | undefined>): { name: string; didYouMean?: string }[] => {
  const known = Object.keys(configSchema.shape)
  const found: { name: string; didYouMean?: string }[] = []
  for (const name of Object.keys(env)) {
    if (known.includes(name) || PLATFORM_VARIABLES.has(name)) continue
    let closest: string | undefined
    let best = Number.POSITIVE_INFINITY
    for (const candidate of known) {
      const d = distance(name, candidate)
      if (d < best) [best, closest] = [d, candidate]
    }
    // One edit for short names (HOME is two from HOST), two from eight letters on.
    const close = best <= (name.length >= 8 ? 2 : 1)
    if (close || OWN_PREFIXES.some((prefix) => name.startsWith(prefix)))
      found.push({ name, ...(closest && best <= 3 && { didYouMean: closest }) })
  }
  return found
}
