import { existsSync } from 'node:fs'
import { statfs } from 'node:fs/promises'
import type { Config } from '../config.ts'
import { describeLocation, resolveLocation } from '../db/dialect.ts'
import { openDatabase, schemaVersion } from '../db/index.ts'
import { MIGRATIONS } from '../db/migrations.ts'
import { silentLogger } from '../log.ts'
import { unknownVariables } from '../config.ts'
import { commandConfig, withoutCredentials } from './command-config.ts'
import { EXIT, type Command } from './io.ts'
import { HELP_OPTION, parseCommandArgs } from './parse-args.ts'

const USAGE = `Usage: reelsmith check

Checks what the server would use, one line each: the configuration (and variables that look
meant for it but are not read), DATA_DIR, the database, Redis, the AI endpoint and the speech
endpoint. Changes nothing: no migration, no file created. Each remote check gives up after 5 s.

Exit codes: 0 all usable (warnings allowed), 1 something is not, 2 usage error.`

type Line = { status: 'ok' | 'warn' | 'fail'; what: string; detail: string }
const TIMEOUT_MS = 5000
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

const checkDataDir = async (config: Config): Promise<Line> => {
  if (!existsSync(config.DATA_DIR))
    return { status: 'ok', what: 'data dir', detail: `${config.DATA_DIR} does not exist yet (created 0700 at the first start)` }
  try {
    const stats = await statfs(config.DATA_DIR)
    const freeMb = Math.floor((stats.bavail * stats.bsize) / 1024 / 1024)
    return freeMb >= config.MIN_FREE_DISK_MB
      ? { status: 'ok', what: 'data dir', detail: `${config.DATA_DIR}, ${freeMb} MB free` }
      : {
          status: 'fail',
          what: 'data dir',
          detail: `${config.DATA_DIR}: ${freeMb} MB free, below MIN_FREE_DISK_MB=${config.MIN_FREE_DISK_MB}`,
        }
  } catch (error) {
    return { status: 'fail', what: 'data dir', detail: `${config.DATA_DIR}: ${message(error)}` }
  }
}

const checkDatabase = async (config: Config): Promise<Line> => {
  const location = resolveLocation(config.DATABASE_URL, config.DATA_DIR)
  const where = `${location.dialect} ${describeLocation(location)}`
  if (location.dialect === 'sqlite' && location.filename !== ':memory:' && !existsSync(location.filename)) {
    return { status: 'ok', what: 'database', detail: `${where}: no database yet (created and migrated at the first start)` }
  }
  try {
    const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, logger: silentLogger, migrate: false })
    try {
      const version = await schemaVersion(db)
      const latest = MIGRATIONS.at(-1)?.version ?? 0
      if (version > latest)
        return { status: 'fail', what: 'database', detail: `${where}: schema ${version} is newer than this binary's ${latest}` }
      return {
        status: 'ok',
        what: 'database',
        detail:
          version === latest
            ? `${where}, schema ${version} (current)`
            : `${where}, schema ${version} (the start or \`reelsmith migrate\` brings it to ${latest})`,
      }
    } finally {
      await db.close()
    }
  } catch (error) {
    return { status: 'fail', what: 'database', detail: `${where}: ${message(error)} (check DATABASE_URL)` }
  }
}

const checkRedis = async (config: Config): Promise<Line> => {
  if (!config.REDIS_URL) return { status: 'ok', what: 'redis', detail: 'not configured (in-process cache only)' }
  const where = withoutCredentials(config.REDIS_URL)
  const { Redis } = await import('ioredis')
  const client = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  })
  client.on('error', () => {})
  try {
    await client.connect()
    const pong = await client.ping()
    return { status: 'ok', what: 'redis', detail: `${where}: ${pong}` }
  } catch (error) {
    return { status: 'fail', what: 'redis', detail: `${where}: ${message(error)} (check REDIS_URL)` }
  } finally {
    client.disconnect()
  }
}

/** Any HTTP answer means reachable; only a refused key or no answer at all fails. */
const checkEndpoint = async (what: string, baseUrl: string, apiKey: string | undefined, keyVariable: string): Promise<Line> => {
  const url = `${baseUrl.replace(/\/$/, '')}/models`
  try {
    const response = await fetch(url, {
      headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    })
    await response.body?.cancel()
    if (response.status === 401 || response.status === 403) {
      return { status: 'fail', what, detail: `${url}: HTTP ${response.status}, the key is refused (check ${keyVariable})` }
    }
    return { status: 'ok', what, detail: `${baseUrl} answers (HTTP ${response.status} on /models)` }
  } catch (error) {
    return { status: 'fail', what, detail: `${url}: ${message(error)}` }
  }
}

export const checkCommand: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options: HELP_OPTION, allowPositionals: false, strict: true }, USAGE, io)
    if (!parsed) return EXIT.usage
    if (parsed.values.help) {
      io.out(USAGE)
      return EXIT.ok
    }
    const config = commandConfig(io)
    if (!config) {
      io.out('fail  config     see the message above')
      return EXIT.failure
    }
    const unknown = unknownVariables(io.env)
    const lines: Line[] = [
      unknown.length
        ? {
            status: 'warn',
            what: 'config',
            detail: `valid; not read: ${unknown.map(({ name, didYouMean }) => (didYouMean ? `${name} (did you mean ${didYouMean}?)` : name)).join(', ')}`,
          }
        : { status: 'ok', what: 'config', detail: 'valid' },
      ...(await Promise.all([
        checkDataDir(config),
        checkDatabase(config),
        checkRedis(config),
        config.AI_PROVIDER === 'openai'
          ? config.AI_API_KEY || new URL(config.AI_BASE_URL).hostname !== 'api.openai.com'
            ? checkEndpoint('ai', config.AI_BASE_URL, config.AI_API_KEY, 'AI_API_KEY')
            : Promise.resolve<Line>({ status: 'fail', what: 'ai', detail: 'AI_PROVIDER=openai on api.openai.com needs AI_API_KEY' })
          : Promise.resolve<Line>({ status: 'ok', what: 'ai', detail: 'built-in writer (AI_PROVIDER=local)' }),
        config.TTS_PROVIDER === 'openai' && config.TTS_BASE_URL
          ? checkEndpoint('tts', config.TTS_BASE_URL, config.TTS_API_KEY, 'TTS_API_KEY')
          : Promise.resolve<Line>({ status: 'ok', what: 'tts', detail: 'built-in voice, eSpeak NG (TTS_PROVIDER=local)' }),
      ])),
    ]
    for (const line of lines) io.out(`${line.status.padEnd(5)} ${line.what.padEnd(9)} ${line.detail}`)
    return lines.some((line) => line.status === 'fail') ? EXIT.failure : EXIT.ok
  },
}
